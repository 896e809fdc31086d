/** What to do with the draft: copy it, see it as it will print, delete it; whether it is saved; what is still to fill in. */
import { stillToFill } from '../drafting/assemble';
import type { PasteInto } from '../drafting/types';
import { copyText } from './copy';
import { t } from './i18n';
import type { DraftState } from './use-draft';

const COPIED = { 'case-note': 'copiedCaseNote', letter: 'copiedLetter', email: 'copiedEmail', 'safety-plan': 'copiedSafetyPlan', 'oversight-note': 'copiedOversightNote' } as const;

interface Props {
  text: string;
  pasteInto: PasteInto;
  draft: DraftState;
  onPrint: () => void;
}

export function DraftActions({ text, pasteInto, draft, onPrint }: Props) {
  const toFill = [...new Set(stillToFill(text))];
  const copy = async () => {
    const done = await copyText(text);
    draft.say(done === 'failed' ? t('copyFailed') : done === 'plain' ? `${t(COPIED[pasteInto])} ${t('copiedAsPlainText')}` : t(COPIED[pasteInto]));
  };
  return (
    <section class="cc-side-section" aria-labelledby="draft-actions-title">
      <h2 id="draft-actions-title" class="cc-visually-hidden">
        {t('draftActionsHeading')}
      </h2>
      <div class="cc-actions">
        <button type="button" onClick={() => void copy()}>
          {t('copyDraft')}
        </button>
        <button type="button" onClick={onPrint}>
          {t('printView')}
        </button>
        <button
          type="button"
          class="cc-secondary"
          onClick={() => {
            if (confirm(t('confirmDeleteDraft'))) draft.remove();
          }}
        >
          {t('deleteThisDraft')}
        </button>
      </div>
      <p class="cc-status-line" role="status" aria-live="polite">
        {draft.saved}
      </p>
      <h3>{toFill.length ? t('stillToFill', String(toFill.length)) : t('nothingToFill')}</h3>
      {toFill.length > 0 && (
        <ul class="cc-to-fill">
          {toFill.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
