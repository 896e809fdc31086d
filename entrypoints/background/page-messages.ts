/**
 * The messages the overlay is handed with its start (components/i18n.ts, `receiveMessages`): each as the
 * browser's locale has it, asked for here in the service worker rather than on the case page's main
 * thread, with the places of its substitutions marked.
 */
import { browser } from 'wxt/browser';
import messages from '../../public/_locales/en_GB/messages.json';
import { SLOTS } from '../../components/i18n';

let made: Record<string, string> | undefined;

/** Every message of the locale file, once per worker: the locale is the browser's and does not change. */
export function pageMessages(): Record<string, string> {
  if (made) return made;
  made = {};
  for (const key of Object.keys(messages) as (keyof typeof messages)[]) {
    const message = browser.i18n.getMessage(key, SLOTS);
    if (message) made[key] = message;
  }
  return made;
}
