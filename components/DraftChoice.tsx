/** Which document to draft, and which part of it: a version, a professional, or whose plan. */
import type { DocumentId, Part } from '../drafting/types';
import { DocumentSelect } from './DocumentSelect';
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
      <DocumentSelect label={t('documentLabel')} value={document} onChange={onDocument} />
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
