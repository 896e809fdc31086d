export const ROOT: string;
export const OWN_HOSTS: string;
export const SHARED_HOSTS: string;
export function sharedHostsPresent(): boolean;
export function todayIso(now?: Date): string;
export function generateSite(options?: { hosts?: string; scenarios?: string; today?: string; out?: string }): string;
export interface GeneratedCase {
  id: string;
  system: 'mosaic' | 'care-assess' | 'lcs';
  title: string;
  personId: string;
  today: string;
  pages: { page: string; url: string; file: string; framedIn?: string }[];
}
export function casesOf(siteDir: string): GeneratedCase[];
export function serveSite(siteDir: string, options?: { hosts?: string }): Promise<{ origin: string; stop: () => Promise<unknown> }>;
