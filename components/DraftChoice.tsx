/** Which document to draft, and which part of it: a version, a professional, or whose plan. */
import { DOCUMENT_TITLES } from '../drafting/titles';
import { DOCUMENT_IDS, type DocumentId, type Part } from '../drafting/types';
import { t } from './i18n';

interface Props {
  document: DocumentId;
  parts: Part[];
  partIndex: number;
  partLabel: 'version' | 'professional' | 'plan';
  onDocument: (document: DocumentId) => void;
  onPart: (index: number) => void;
}

export function DraftChoice({ document, parts, partIndex, partLabel, onDocument, onPart }: Props) {
  return (
    <div class="cc-choice">
      <label>
        {t('documentLabel')}{' '}
        <select name="document" value={document} onChange={(e) => onDocument((e.currentTarget as HTMLSelectElement).value as DocumentId)}>
          {DOCUMENT_IDS.map((id) => (
            <option key={id} value={id}>
              {DOCUMENT_TITLES[id]}
            </option>
          ))}
        </select>
      </label>
      {parts.length > 1 && (
        <label>
          {t(partLabel === 'professional' ? 'partProfessional' : partLabel === 'plan' ? 'partPlan' : 'partVersion')}{' '}
          <select name="person" value={String(partIndex)} onChange={(e) => onPart(Number((e.currentTarget as HTMLSelectElement).value))}>
            {parts.map((p, i) => (
              <option key={p.key} value={String(i)}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
