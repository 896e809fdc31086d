/**
 * Unit tests run with WXT's fake browser, whose i18n API is not implemented: it is given one that reads
 * the locale file and fills placeholders as Chrome and Firefox do, so components read as in a browser.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en_GB/messages.json';
import { fillMessage, type LocaleMessage } from '../../components/i18n';

const all: Record<string, LocaleMessage | undefined> = messages;
(fakeBrowser.i18n as { getMessage: (key: string, subs?: string | string[]) => string }).getMessage = (key, subs) => {
  const entry = all[key];
  return entry ? fillMessage(entry, subs) : '';
};
