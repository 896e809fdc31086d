/**
 * The drafting view: every closure document for one case, each part (a version, or the person
 * it is written to) drafted from the record and edited on its own. The document and part are
 * kept in the address (by position, never by name) so a reload opens the same draft.
 */
import { useEffect, useState } from 'preact/hooks';
import { DOCUMENTS, isDocumentId } from '../drafting/documents';
import { draftInput } from '../drafting/input';
import { DOCUMENT_TITLES } from '../drafting/titles';
import type { DocumentId } from '../drafting/types';
import { localToday } from '../record/dates';
import { DraftChoice } from './DraftChoice';
import { DraftEditor } from './DraftEditor';
import { t } from './i18n';
import { useCaseState } from './use-case-state';

interface Props {
  caseKey: string;
  document: string | null;
  part: number;
}

export function DraftApp({ caseKey, document: askedFor, part: askedPart }: Props) {
  const state = useCaseState(caseKey);
  const [doc, setDoc] = useState<DocumentId>(isDocumentId(askedFor) ? askedFor : 'closing-summary');
  const [partIndex, setPartIndex] = useState(Number.isInteger(askedPart) && askedPart >= 0 ? askedPart : 0);
  const name = state?.record.facts.childName.known ? state.record.facts.childName.value : null;

  useEffect(() => {
    const url = new URL(location.href);
    url.searchParams.set('document', doc);
    url.searchParams.set('part', String(partIndex));
    history.replaceState(null, '', url);
    // The tab (and any printed page header) names the document and the case, never the extension.
    document.title = `${DOCUMENT_TITLES[doc]} – ${name ?? (state ? `Person ID ${state.personId}` : '')}`;
  }, [doc, partIndex, name, state?.personId]);

  if (state === undefined) return <p>{t('openingDraft')}</p>;
  if (state === null) {
    return (
      <main>
        <h1>{t('draftingHeading')}</h1>
        <p class="cc-message" role="alert">{t('draftCaseNotOpen', t('openDraftButton'))}</p>
      </main>
    );
  }
  const input = draftInput(state, localToday(new Date()));
  const kind = DOCUMENTS[doc];
  const parts = kind.parts(input);
  const index = parts[partIndex] ? partIndex : 0;
  const part = parts[index];
  const relationships = state.record.facts.relationships;

  return (
    <main class="cc-draft-page" data-document={doc} data-part-index={index}>
      <div class="cc-chrome">
        <h1>{name ? t('draftHeadingNamed', [DOCUMENT_TITLES[doc], name, state.personId]) : t('draftHeading', [DOCUMENT_TITLES[doc], state.personId])}</h1>
        <p class="cc-hint">{t('draftKeptHint')}</p>
        <DraftChoice
          document={doc}
          parts={parts}
          partIndex={index}
          partLabel={kind.partLabel}
          onDocument={(next) => {
            setDoc(next);
            setPartIndex(0);
          }}
          onPart={setPartIndex}
        />
      </div>
      {part ? (
        <DraftEditor key={`${doc}|${part.key}`} caseKey={caseKey} fresh={kind.draft(input, part)} caseName={name} pageTitle={input.pageTitle} />
      ) : (
        <p class="cc-notice" role="status">
          {relationships.known ? t('noProfessionalsToWriteTo') : t('professionalsNotSeenYet', input.pageTitle(relationships.lookOn))}
        </p>
      )}
    </main>
  );
}
