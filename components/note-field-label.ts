/**
 * A case-note field's label in the host's own words, for the practitioner to pick the field by in
 * the insert form (one of the panel's parts loaded on request: panel-parts.ts).
 */
import { t } from './i18n';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').replace(/\s*\*\s*$/, '').trim();

/**
 * The field's label in the host's own words, from the first signal that gives one (as a
 * screen reader would): aria-labelledby, a label for it or around it, aria-label, title, the
 * row header or term beside it, the legend of its group.
 */
export function labelOf(el: HTMLElement): string {
  const doc = el.ownerDocument;
  const byIds = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((id) => doc.getElementById(id)?.textContent).join(' ');
  const byFor = el.id ? Array.from(doc.querySelectorAll('label')).find((l) => l.htmlFor === el.id)?.textContent : null;
  const row = el.closest('tr');
  const rowHeader = row && Array.from(row.children).find((c) => c.tagName === 'TH' && !c.contains(el))?.textContent;
  const term = el.closest('dd')?.previousElementSibling;
  const signals = [byIds, byFor, el.closest('label')?.textContent, el.getAttribute('aria-label'), el.getAttribute('title'), rowHeader, term?.tagName === 'DT' ? term.textContent : null, el.closest('fieldset')?.querySelector('legend')?.textContent];
  return signals.map(clean).find(Boolean) ?? (el instanceof HTMLTextAreaElement ? t('unlabelledTextBox') : t('unlabelledTextEditor'));
}

