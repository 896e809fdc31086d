export const REPO: string;
export function insideRepo(path: string): boolean;
export function refuseKeyInRepo(path: string): void;
export function publicKeyOf(pem: string): string;
export function extensionIdOf(publicKeyBase64: string): string;
export function checkManifestKey(value: string): string;
export function checkUpdateUrl(value: string): string;
export function readPrivateKey(path: string): string;
