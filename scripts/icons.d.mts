export const ICON_SIZES: number[];
export const ICON_DIR: string;
export function drawIcon(size: number): Buffer;
export function encodePng(size: number, pixels: Buffer): Buffer;
