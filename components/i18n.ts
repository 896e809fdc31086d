/**
 * UI strings from _locales (en-GB by default), read through the browser's i18n API. Where
 * that API is missing (unit tests, a page whose extension context has gone), the bundled
 * en-GB message stands in, with placeholders filled the way the browser fills them.
 */
import { browser } from 'wxt/browser';
import messages from '../public/_locales/en_GB/messages.json';

type Messages = typeof messages;
/** A message's key: a typo is a type error. */
export type MessageKey = keyof Messages;
/** Keys whose message has placeholders: these take substitutions. */
export type KeyWithPlaceholders = { [K in MessageKey]: Messages[K] extends { placeholders: object } ? K : never }[MessageKey];

export interface LocaleMessage {
  message: string;
  description: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const BUNDLED: Record<string, LocaleMessage | undefined> = messages;

/**
 * The message with its placeholders filled as Chrome and Firefox fill them: each `$name$`
 * (any case) becomes its placeholder's content, then `$1`–`$9` in that become the
 * substitutions (missing ones: nothing) and `$$` becomes `$`, in one pass, so a `$`
 * inside a substitution stays as typed.
 */
export function fillMessage(entry: LocaleMessage, substitutions: string | string[] = []): string {
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const contents = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const named = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => contents.get(name.toLowerCase()) ?? whole);
  return named.replace(/\$(\$+|[1-9])/g, (_, token: string) => (token.startsWith('$') ? token : (subs[Number(token) - 1] ?? '')));
}

/** The message for `key`, from the browser's locale; the bundled en-GB message where the i18n API is missing. */
export function t(key: Exclude<MessageKey, KeyWithPlaceholders>): string;
export function t(key: KeyWithPlaceholders, substitutions: string | string[]): string;
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    const message = browser.i18n.getMessage(key, substitutions);
    if (message) return message;
  } catch {
    // No i18n API here: the bundled message below.
  }
  const entry = BUNDLED[key];
  return entry ? fillMessage(entry, substitutions) : key;
}
