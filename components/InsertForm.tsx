/**
 * Putting one of the case's saved drafts into a case-note field of the host page: which draft, which
 * field (when there are several), then the practitioner's click. One of the panel's parts loaded on
 * request (panel-parts.ts): on a page with a case-note field, just after the panel's first drawing
 * (ClosingSummary.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import type { DraftRef } from '../storage/drafts';
import { t } from './i18n';
import { noteInsertTarget, type NoteFields } from './insert-target';

const refValue = (ref: DraftRef) => `${ref.document}/${ref.part}`;

export function InsertForm({ found }: { found: NoteFields }) {
  const target = noteInsertTarget(found);
  const [drafts, setDrafts] = useState<{ ref: DraftRef; label: string }[] | string | null>(null);
  const [chosen, setChosen] = useState('');
  const [field, setField] = useState<number | null>(null);
  const [said, setSaid] = useState('');
  const into = field ?? target.lastUsed ?? (target.fields.length === 1 ? 0 : null);
  // Drafts saved in the drafting view's tab since: listed again when the practitioner comes back here.
  const list = () => void target.drafts().then(setDrafts);
  useEffect(() => {
    list();
    const again = () => document.visibilityState === 'visible' && list();
    document.addEventListener('visibilitychange', again);
    return () => document.removeEventListener('visibilitychange', again);
  }, []);
  const options = Array.isArray(drafts) ? drafts : [];
  const draft = options.find((d) => refValue(d.ref) === chosen) ?? options[0];
  return (
    <form
      class="cc-insert"
      onSubmit={(e) => {
        e.preventDefault();
        if (!draft) return setSaid(typeof drafts === 'string' ? drafts : t('nothingDraftedYet'));
        if (into === null) return setSaid(t('chooseFieldFirst'));
        void target.insert(draft.ref, into).then(setSaid);
      }}
    >
      {options.length > 0 ? (
        <label>
          {t('insertDraftLabel')}{' '}
          <select name="draft" value={draft ? refValue(draft.ref) : ''} onFocus={list} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}>
            {options.map((d) => (
              <option key={refValue(d.ref)} value={refValue(d.ref)}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p class="cc-hint">{typeof drafts === 'string' ? drafts : drafts ? t('nothingDraftedYet') : t('listingDrafts')}</p>
      )}
      {target.fields.length > 1 && (
        <label>
          {t('intoFieldLabel')}{' '}
          <select name="field" value={into ?? ''} onChange={(e) => setField(Number((e.currentTarget as HTMLSelectElement).value))}>
            <option value="" disabled>
              {t('chooseAField')}
            </option>
            {target.fields.map((label, i) => (
              <option key={i} value={i}>
                {label}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" class="cc-button">
        {t('insertIntoCaseNote')}
      </button>
      <p class="cc-said" role="status">
        {said}
      </p>
    </form>
  );
}
