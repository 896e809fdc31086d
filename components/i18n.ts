/** UI strings from _locales (en-GB by default), read through the browser's i18n API. */
import { browser } from 'wxt/browser';

export type MessageKey =
  | 'panelHeading'
  | 'groupToDo'
  | 'groupToCheck'
  | 'groupDone'
  | 'groupNotApplicable'
  | 'draftClosingSummary'
  | 'insertIntoCaseNote'
  | 'optionsHeading'
  | 'policyPack'
  | 'setByOrganisation';

/** The message for `key`; the key itself if the locale file lacks it (never a blank label). */
export function t(key: MessageKey): string {
  try {
    return browser.i18n.getMessage(key) || key;
  } catch {
    return key;
  }
}
