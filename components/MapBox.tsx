/**
 * Mapping a field, opened by "Show the extension where this is" (MapField) and loaded on that
 * request (OnRequest): choose what it is, point at its label, column header or value on the host page (or type the label
 * as the page shows it), see what the extension would read with that and what the item would then
 * say, and save it to this device's council profile, or not. Undo straight after.
 */
import { useRef, useState } from 'preact/hooks';
import type { Proposal, Slot } from '../adapters/mapping';
import type { ProfileFile } from '../adapters/profiles/schema';
import type { PageKind } from '../record/kinds';
import type { EvaluatedRule } from '../rules/engine';
import { t } from './i18n';
import { elementWithWords, pointAt } from './point-at';

/** What the panel lends the mapping control: where the item's facts are, and the service worker's answers. */
export interface Mapping {
  /** The slots the item could be mapped by on this page (its facts not seen, on this page or a frame of it). */
  slotsFor: (verdict: EvaluatedRule) => { page: PageKind; slot: Slot }[];
  /** Works out and checks the entry meant by pointing at `target`. */
  propose: (page: PageKind, slot: Slot, target: Element) => Proposal;
  /** The documents that show a page kind here (this page, or the frame that shows it). */
  documentsFor: (page: PageKind) => Document[];
  /** What the item would say with the proposal's reading (kept nowhere). */
  preview: (proposal: Extract<Proposal, { ok: true }>, rule: string) => Promise<string | undefined>;
  save: (change: ProfileFile) => Promise<{ ok: true; previous: ProfileFile | null } | { ok: false; message: string }>;
  undo: (previous: ProfileFile | null) => Promise<{ ok: boolean; message?: string }>;
  /** How the value read is said: a date as a practitioner reads it, a list by its length. */
  valueInWords: (value: unknown) => string;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'pointing' }
  | { kind: 'proposed'; proposal: Extract<Proposal, { ok: true }>; verdict?: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'saved'; previous: ProfileFile | null; words: string }
  | { kind: 'said'; message: string };

export function MapBox({ verdict, mapping, onClose }: { verdict: EvaluatedRule; mapping: Mapping; onClose: () => void }) {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [chosen, setChosen] = useState(0);
  const [typed, setTyped] = useState('');
  const stop = useRef<AbortController | null>(null);
  const slots = mapping.slotsFor(verdict);
  const target = slots[chosen];
  const id = `cc-map-${verdict.rule}`;

  const answer = async (element: Element | null) => {
    if (!element || !target) return setStep({ kind: 'choose' });
    const proposal = mapping.propose(target.page, target.slot, element);
    if (!proposal.ok) return setStep({ kind: 'refused', reason: proposal.reason });
    setStep({ kind: 'proposed', proposal });
    const said = await mapping.preview(proposal, verdict.rule);
    setStep({ kind: 'proposed', proposal, verdict: said });
  };

  return (
    <div class="cc-map-box" role="group" aria-labelledby={id}>
      <p id={id} class="cc-map-title">
        {t('mapHeading')}
      </p>
      {slots.length === 0 && <p>{t('mapNothingHere')}</p>}
      {slots.length > 0 && step.kind === 'choose' && (
        <>
          {slots.length > 1 && (
            <label>
              {t('mapWhatIsIt')}{' '}
              <select name="slot" value={chosen} onChange={(e) => setChosen(Number((e.currentTarget as HTMLSelectElement).value))}>
                {slots.map((s, i) => (
                  <option key={`${s.page}:${s.slot.name}`} value={i}>
                    {s.slot.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button
            type="button"
            class="cc-button cc-map-point"
            onClick={() => {
              stop.current = new AbortController();
              setStep({ kind: 'pointing' });
              void pointAt(mapping.documentsFor(target!.page), stop.current.signal).then(answer);
            }}
          >
            {t('mapPoint')}
          </button>
          <form
            class="cc-map-type"
            onSubmit={(e) => {
              e.preventDefault();
              const element = elementWithWords(mapping.documentsFor(target!.page), typed);
              if (!element) return setStep({ kind: 'refused', reason: t('mapWordsNotFound', typed) });
              void answer(element);
            }}
          >
            <label>
              {t('mapOrType')} <input type="text" name="label-words" maxLength={200} value={typed} onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} />
            </label>
            <button type="submit">{t('mapFind')}</button>
          </form>
        </>
      )}
      {step.kind === 'pointing' && (
        <p role="status">
          {t('mapPointing')}{' '}
          <button type="button" onClick={() => stop.current?.abort()}>
            {t('mapStop')}
          </button>
        </p>
      )}
      {step.kind === 'proposed' && (
        <div role="status">
          <p>{t('mapProposal', [step.proposal.words, step.proposal.slot.name, step.proposal.page])}</p>
          <p>{t('mapWouldRead', mapping.valueInWords(step.proposal.value))}</p>
          {step.verdict && <p>{t('mapWouldSay', step.verdict)}</p>}
          <button
            type="button"
            class="cc-button cc-map-save"
            onClick={() =>
              void mapping.save(step.proposal.change).then((r) => setStep(r.ok ? { kind: 'saved', previous: r.previous, words: step.proposal.words } : { kind: 'said', message: r.message }))
            }
          >
            {t('mapSave')}
          </button>{' '}
          <button type="button" onClick={() => setStep({ kind: 'choose' })}>
            {t('cancel')}
          </button>
        </div>
      )}
      {step.kind === 'refused' && (
        <div role="alert">
          <p>{step.reason}</p>
          <button type="button" onClick={() => setStep({ kind: 'choose' })}>
            {t('mapTryAgain')}
          </button>
        </div>
      )}
      {step.kind === 'saved' && (
        <p role="status">
          {t('mapSaved', step.words)}{' '}
          <button type="button" class="cc-link" onClick={() => void mapping.undo(step.previous).then((r) => setStep({ kind: 'said', message: r.ok ? t('mapUndone') : (r.message ?? t('didNotWork')) }))}>
            {t('mapUndo')}
          </button>
        </p>
      )}
      {step.kind === 'said' && <p role="status">{step.message}</p>}
      {step.kind !== 'pointing' && (
        <button type="button" class="cc-link" onClick={onClose}>
          {t('mapClose')}
        </button>
      )}
    </div>
  );
}
