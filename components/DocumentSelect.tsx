/** The choice of closure document, `select[name=document]` (part of the test contract), with its label. */
import { DOCUMENT_TITLES } from '../drafting/titles';
import { DOCUMENT_IDS, type DocumentId } from '../drafting/types';

export function DocumentSelect({ label, value, onChange }: { label: string; value: DocumentId; onChange: (document: DocumentId) => void }) {
  return (
    <label>
      {label}{' '}
      <select name="document" value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as DocumentId)}>
        {DOCUMENT_IDS.map((id) => (
          <option key={id} value={id}>
            {DOCUMENT_TITLES[id]}
          </option>
        ))}
      </select>
    </label>
  );
}
