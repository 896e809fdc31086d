/**
 * UI strings from _locales (en-GB by default), read through the browser's i18n API (on a case page,
 * as the service worker handed them over: receiveMessages below). The messages are not bundled into
 * the pages and the overlay script (they would be its largest part): the browser has them. Only what
 * the overlay says when the extension has gone from under the page (and the API may
 * have gone with it) is kept here.
 */
import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en_GB/messages.json';

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

/** Said when the extension's context has gone; a test keeps these the same as the locale file's. */
export const WITHOUT_API: Partial<Record<MessageKey, string>> = {
  extensionRestarted: 'The extension was updated or restarted. Reload this page to see the checklist again.',
  insertRestarted: 'The extension was updated or restarted. Reload this page, then try again.',
  didNotWork: 'That did not work just now. Try again.',
  partNotLoaded: 'This part of the panel could not be loaded. Reload this page, then try again.',
};

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

/**
 * Where a substitution goes in a message handed over (below): a character for private use, which
 * no message of the locale file has (a test holds it so), and the substitution's number.
 */
const SLOT = '\uE000';
/** The substitutions that mark their own places: `$1` becomes SLOT + "1", and so on. */
export const SLOTS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => SLOT + n);

/**
 * The messages, as the browser's locale has them, handed over by the service worker with the
 * overlay's start (messaging/protocol.ts, FrameStart): a case page's first question to the i18n API
 * loads the extension's messages into the page's process, 3–6 ms of its main thread.
 */
let handedOver: Readonly<Record<string, string>> = {};
export function receiveMessages(messages: Readonly<Record<string, string>>): void {
  handedOver = messages;
}

/** The message for `key`, from the browser's locale (the few words above where the i18n API has gone). */
export function t(key: Exclude<MessageKey, KeyWithPlaceholders>): string;
export function t(key: KeyWithPlaceholders, substitutions: string | string[]): string;
export function t(key: MessageKey, substitutions?: string | string[]): string {
  const given = Object.hasOwn(handedOver, key) ? handedOver[key] : undefined;
  if (given !== undefined) {
    if (!given.includes(SLOT)) return given;
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    // One pass: a substitution is put in as it is.
    return given.replace(/\uE000([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  }
  try {
    const message = browser.i18n.getMessage(key, substitutions);
    if (message) return message;
  } catch {
    // The extension's context has gone from under this page.
  }
  return WITHOUT_API[key] ?? key;
}
