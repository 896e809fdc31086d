/** The overlay's way into drafting, and putting a saved draft into the host's case-note field. */
import { useState } from 'preact/hooks';
import { t } from './i18n';

export interface InsertTarget {
  /** The host's fields that can take the note, by their labels. */
  fields: string[];
  /** Index of the field the practitioner was last in, if any. */
  lastUsed: number | null;
  insert: (version: 'record' | 'family' | 'child', field: number) => Promise<string>;
}

export function ClosingSummary({ onDraft, target }: { onDraft: () => void; target: InsertTarget | null }) {
  const [version, setVersion] = useState<'record' | 'family' | 'child'>('record');
  const [field, setField] = useState<number | null>(null);
  const [said, setSaid] = useState('');
  const chosen = field ?? target?.lastUsed ?? (target?.fields.length === 1 ? 0 : null);
  return (
    <div class="cc-drafting">
      <button type="button" class="cc-button" onClick={onDraft}>
        {t('draftClosingSummary')}
      </button>
      {target && target.fields.length > 0 && (
        <form
          class="cc-insert"
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen === null) return setSaid(t('chooseFieldFirst'));
            void target.insert(version, chosen).then(setSaid);
          }}
        >
          <label>
            {t('versionLabel')}{' '}
            <select name="version" value={version} onChange={(e) => setVersion((e.currentTarget as HTMLSelectElement).value as typeof version)}>
              <option value="record">{t('versionRecord')}</option>
              <option value="family">{t('versionFamily')}</option>
              <option value="child">{t('versionChild')}</option>
            </select>
          </label>
          {target.fields.length > 1 && (
            <label>
              {t('intoFieldLabel')}{' '}
              <select name="field" value={chosen ?? ''} onChange={(e) => setField(Number((e.currentTarget as HTMLSelectElement).value))}>
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
        </form>
      )}
      <p class="cc-said" role="status">
        {said}
      </p>
    </div>
  );
}
