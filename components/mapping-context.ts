/**
 * What the mapping control needs from the page it sits on: which of an item's facts this page (or a
 * frame of it) shows, the documents to point into, the proposal checked against the page, and the
 * service worker's preview, save and undo.
 */
import { propose, slotsOf } from '../adapters/mapping';
import { readWith } from '../adapters/reader';
import { ALL_FACT_READERS } from '../adapters/reader/facts/all';
import { detectPage } from '../adapters/reader/detect';
import type { MappingReply, PreviewReply } from '../messaging/protocol';
import { formatDate } from '../record/dates';
import type { PageKind } from '../record/kinds';
import { t } from './i18n';
import type { Mapping } from './MapBox';
import type { MappingSource } from './MapField';
import { pointableDocuments } from './point-at';

function valueInWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return t('mapValueEmpty');
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : `“${value.length > 120 ? `${value.slice(0, 119)}…` : value}”`;
  if (Array.isArray(value)) return t('mapValueRows', String(value.length));
  if (typeof value === 'boolean') return t(value ? 'mapValueYes' : 'mapValueNo');
  return t('mapValueRead');
}

export function mappingFor({ adapter, send }: MappingSource): Mapping {
  const profile = adapter.profile;
  /** The documents showing a page kind here, with their addresses: this page, or a frame of it. */
  const where = (page: PageKind) => pointableDocuments(document).flatMap((doc) => {
    const url = new URL(doc.location.href);
    return detectPage(profile, doc, url)?.page === page ? [{ doc, url }] : [];
  });
  return {
    slotsFor: (verdict) =>
      (verdict.missing ?? []).flatMap(({ fact, lookOn }) => {
        const spec = profile.pages[lookOn]?.facts?.[fact];
        return spec && where(lookOn).length ? slotsOf(fact, spec).map((slot) => ({ page: lookOn, slot })) : [];
      }),
    documentsFor: (page) => where(page).map((w) => w.doc),
    propose: (page, slot, target) => {
      const at = where(page).find((w) => w.doc === target.ownerDocument);
      if (!at) return { ok: false, reason: t('mapWrongPage') };
      return propose(profile, at.doc, at.url, page, slot, target, new Date().toISOString());
    },
    preview: async (proposal, rule) => {
      const at = where(proposal.page)[0];
      if (!at) return undefined;
      const { reading } = readWith(proposal.profile, at.doc, at.url, new Date().toISOString(), ALL_FACT_READERS);
      const answer = await send<PreviewReply>({ type: 'preview-reading', reading });
      return answer?.ok ? answer.verdicts.find((v) => v.rule === rule)?.message : undefined;
    },
    save: async (change) => {
      const answer = await send<MappingReply>({ type: 'save-mapping', change });
      return answer ?? { ok: false, message: t('didNotWork') };
    },
    undo: async (previous) => (await send<MappingReply>({ type: 'undo-mapping', system: profile.system, previous })) ?? { ok: false },
    valueInWords,
  };
}
