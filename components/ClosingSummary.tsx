/** The panel's way into drafting, and into putting a saved draft into the host's case-note field. */
import { useState } from 'preact/hooks';
import type { DocumentId } from '../drafting/types';
import { DocumentSelect } from './DocumentSelect';
import { t } from './i18n';
import type { NoteFields } from './insert-target';
import { OnRequest } from './OnRequest';

export function ClosingSummary({ onDraft, target }: { onDraft: (document?: string) => void; target: NoteFields | null }) {
  const [document, setDocument] = useState<DocumentId>('closing-summary');
  return (
    <div class="cc-drafting">
      <div class="cc-draft-open">
        <DocumentSelect label={t('draftLabel')} value={document} onChange={setDocument} />
        <button type="button" class="cc-button" onClick={() => onDraft(document)}>
          {t('openDraftButton')}
        </button>
      </div>
      {/* Only where the page has a field to take a draft: loaded just after the panel's first drawing. */}
      {target && <OnRequest parts="panel">{(parts) => <parts.InsertForm found={target} />}</OnRequest>}
    </div>
  );
}
