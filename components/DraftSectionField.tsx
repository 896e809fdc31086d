/** One section of a draft: its title, the guidance's question, the text, and where its facts came from. */
import type { KeptSection, Offer } from '../drafting/refresh';
import type { DraftInput, DraftSection } from '../drafting/types';
import { DraftGuidance } from './DraftGuidance';
import { DraftOffer } from './DraftOffer';
import type { DraftState } from './use-draft';

interface Props {
  kept: KeptSection;
  /** The guidance behind it; absent for a section the record no longer gives (kept because it was edited). */
  guidance: DraftSection | undefined;
  offer: Offer | undefined;
  pageTitle: DraftInput['pageTitle'];
  draft: DraftState;
}

/** Rows enough to show the text without scrolling inside it, within reason. */
const rowsFor = (text: string) => Math.min(24, Math.max(2, text.split('\n').reduce((n, line) => n + Math.ceil((line.length + 1) / 90), 0)));

export function DraftSectionField({ kept, guidance, offer, pageTitle, draft }: Props) {
  const id = `section-${kept.id}`;
  return (
    <section class="cc-section" data-section={kept.id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="cc-section-title">
        <label for={id}>{kept.title}</label>
      </h2>
      {guidance && (
        <p id={`${id}-question`} class="cc-question">
          {guidance.prompt}
        </p>
      )}
      <textarea
        id={id}
        name={id}
        class="cc-editor"
        rows={rowsFor(kept.text)}
        aria-describedby={guidance ? `${id}-question` : undefined}
        value={kept.text}
        onInput={(e) => draft.edit(kept.id, (e.currentTarget as HTMLTextAreaElement).value)}
      />
      {offer && <DraftOffer offer={offer} onAccept={() => draft.accept(offer)} onDecline={() => draft.decline(offer)} />}
      {guidance && <DraftGuidance section={guidance} pageTitle={pageTitle} />}
    </section>
  );
}
