/**
 * One document part being drafted: its sections with the guidance behind each, what to do with
 * it (copy, print, delete), what is still in [brackets], the plain-English figures where it is
 * addressed to a family or a child, and the print view.
 */
import { useState } from 'preact/hooks';
import { documentText } from '../drafting/assemble';
import { readabilityReport } from '../drafting/readability';
import type { Audience, DraftDocument, DraftInput } from '../drafting/types';
import { DraftActions } from './DraftActions';
import { DraftPrint } from './DraftPrint';
import { DraftSectionField } from './DraftSectionField';
import { t, type KeyWithPlaceholders, type MessageKey } from './i18n';
import { Readability } from './Readability';
import { useDraft } from './use-draft';

interface Props {
  caseKey: string;
  fresh: DraftDocument;
  caseName: string | null;
  pageTitle: DraftInput['pageTitle'];
}

/** What each part is for (the child's version says the age band it is written for). */
const HINTS: Record<Exclude<Audience, 'child'>, Exclude<MessageKey, KeyWithPlaceholders>> = {
  record: 'editorHintRecord',
  family: 'editorHintFamily',
  manager: 'editorHintManager',
  professional: 'editorHintProfessional',
  'business-support': 'editorHintBusinessSupport',
  professionals: 'editorHintProfessionals',
  parents: 'editorHintParents',
};

export function DraftEditor({ caseKey, fresh, caseName, pageTitle }: Props) {
  const draft = useDraft(caseKey, fresh, caseName);
  const [printing, setPrinting] = useState(false);
  if (!draft.sections) return <p>{t('openingDraft')}</p>;
  const text = documentText(draft.sections, fresh.layout);
  const guidance = new Map(fresh.sections.map((s) => [s.id, s]));
  const band = fresh.band;
  const audience = fresh.part.audience;
  const hint = audience === 'child' ? t('editorHintChild', t(band === 'under-8' ? 'ageUnder8' : band === '13+' ? 'age13AndOver' : 'age8To12')) : t(HINTS[audience]);
  return (
    <div class="cc-draft-part" data-view={printing ? 'print' : 'edit'}>
      {draft.problem && <p class="cc-message" role="alert">{draft.problem}</p>}
      {draft.notice && <p class="cc-notice" role="status">{draft.notice}</p>}
      <div class="cc-draft" hidden={printing}>
        <div class="cc-sections">
          <p class="cc-hint">{hint}</p>
          {draft.notAdded.length > 0 && (
            <p class="cc-notice">
              {t('earlierDraftKept')}{' '}
              <button type="button" onClick={draft.addFromRecord}>
                {t('addFromRecord', String(draft.notAdded.length))}
              </button>
            </p>
          )}
          {draft.sections.map((s) => (
            <DraftSectionField key={s.id} kept={s} guidance={guidance.get(s.id)} offer={draft.offers.find((o) => o.id === s.id)} pageTitle={pageTitle} draft={draft} />
          ))}
        </div>
        <aside class="cc-side" aria-label={t('draftSideLabel')}>
          <DraftActions text={text} pasteInto={fresh.pasteInto} draft={draft} onPrint={() => setPrinting(true)} />
          {fresh.plainEnglish && <Readability report={readabilityReport(text, fresh.plainEnglish)} />}
        </aside>
      </div>
      <DraftPrint heading={fresh.printHeading} sections={draft.sections} layout={fresh.layout} showing={printing} onBack={() => setPrinting(false)} />
    </div>
  );
}
