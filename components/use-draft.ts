/**
 * One document part's draft in the drafting view: loaded from the device (or, the first time,
 * saved at once, so it can be inserted before anything is typed), kept up to date with the
 * record without overwriting what was edited, saved as the practitioner types, and handed to
 * the service worker if the page is left within the autosave pause.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { acceptOffer, declineOffer, keep, refresh, type KeptSection, type Offer } from '../drafting/refresh';
import type { DraftDocument, DraftSection } from '../drafting/types';
import type { SaveDraftMessage } from '../messaging/protocol';
import { deleteDraftOf, loadDraft, saveDraft, type DraftContent, type DraftRef } from '../storage/drafts';
import { t } from './i18n';

const AUTOSAVE_MS = 800;

export interface DraftState {
  /** null until the saved draft (if any) is read. */
  sections: KeptSection[] | null;
  offers: Offer[];
  notAdded: DraftSection[];
  saved: string;
  problem: string;
  notice: string;
  edit(id: string, text: string): void;
  accept(offer: Offer): void;
  decline(offer: Offer): void;
  addFromRecord(): void;
  remove(): void;
  say(notice: string): void;
}

export function useDraft(caseKey: string, fresh: DraftDocument, caseName: string | null): DraftState {
  const ref: DraftRef = { document: fresh.document, part: fresh.part.key };
  const [sections, setSections] = useState<KeptSection[] | null>(null);
  const [offers, setOffers] = useState<Offer[]>([]);
  const [notAdded, setNotAdded] = useState<DraftSection[]>([]);
  const [saved, setSaved] = useState('');
  const [problem, setProblem] = useState('');
  const [notice, setNotice] = useState('');
  const revision = useRef<number | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<KeptSection[] | null>(null);
  const current = useRef<KeptSection[] | null>(null);
  current.current = sections;
  const latest = useRef(fresh);
  latest.current = fresh;

  const contentOf = (next: KeptSection[]): DraftContent => ({ ref, caseName, label: `${fresh.title} – ${fresh.part.label}`, layout: fresh.layout, sections: next });

  const save = async (next: KeptSection[]) => {
    const result = await saveDraft(caseKey, contentOf(next), { expectedRevision: revision.current });
    if (result.ok) {
      revision.current = result.revision;
      setSaved(t('savedAt', new Date(result.updatedAt).toLocaleTimeString('en-GB')));
      setProblem('');
      return;
    }
    if (result.kind === 'conflict') {
      // The newer revision wins; the text typed here is offered back, never dropped.
      revision.current = result.revision;
      const mine = next.map((s) => s.text).join('\n\n');
      show(refresh(result.newer.sections, fresh.sections));
      setNotice(`${result.message} ${t('conflictYourText', `${mine.slice(0, 400)}${mine.length > 400 ? '…' : ''}`)}`);
      return;
    }
    setProblem(result.message);
    setSaved(t('notSaved'));
  };

  const show = (r: ReturnType<typeof refresh>) => {
    setSections(r.sections);
    setOffers(r.offers);
    setNotAdded(r.notAdded);
  };

  /** Saves after the autosave pause; until then the text is pending, for the page-leave hand-over. */
  const saveSoon = (next: KeptSection[]) => {
    setSaved(t('saving'));
    if (timer.current !== undefined) clearTimeout(timer.current);
    pending.current = next;
    timer.current = window.setTimeout(() => {
      pending.current = null;
      void save(next);
    }, AUTOSAVE_MS);
  };

  // The saved draft, brought up to date; saved at once when there was none or the record filled it further.
  useEffect(() => {
    let gone = false;
    void (async () => {
      const loaded = await loadDraft(caseKey, ref);
      if (gone) return;
      if (!loaded.ok) setProblem(loaded.message);
      const draft = loaded.ok ? loaded.draft : null;
      revision.current = draft?.revision;
      if (draft) setSaved(t('savedAt', new Date(draft.updatedAt).toLocaleString('en-GB')));
      const r = refresh(draft?.sections ?? null, latest.current.sections);
      show(r);
      // A damaged draft was set aside, so a new one can start; a store that could not be read, or a
      // newer version's draft, is not written over.
      if (r.changed && (loaded.ok || loaded.kind === 'corrupt')) void save(r.sections);
    })();
    return () => {
      gone = true;
    };
  }, [caseKey, ref.document, ref.part]);

  // The record moved on (a page of the case was read): refill what was not edited, offer the rest.
  const freshText = JSON.stringify(fresh.sections.map((s) => [s.id, s.title, s.text]));
  useEffect(() => {
    if (!current.current) return;
    const r = refresh(current.current, fresh.sections);
    show(r);
    if (r.changed) saveSoon(r.sections);
  }, [freshText]);

  // Typing not yet saved is saved at once when the page is hidden or left (a tab closed or
  // reloaded, the browser quitting): the autosave pause never costs a sentence. The service worker
  // does the saving, because a page being left cannot finish an encrypted write of its own.
  useEffect(() => {
    const flush = () => {
      if (!pending.current) return;
      if (timer.current !== undefined) clearTimeout(timer.current);
      const message: SaveDraftMessage = { type: 'save-draft', caseKey, content: contentOf(pending.current), expectedRevision: revision.current };
      pending.current = null;
      void browser.runtime
        .sendMessage(message)
        .then((result) => {
          const done = result as Awaited<ReturnType<typeof saveDraft>>;
          // Seen only if the page is still here (hidden, not left): the text is still in the editor.
          if (done?.ok) revision.current = done.revision;
          else if (done) setProblem(done.message);
        })
        .catch(() => undefined);
    };
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    return () => {
      // Moving to another part of the document saves this one first.
      flush();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
    };
  }, [caseKey, ref.document, ref.part]);

  const change = (next: KeptSection[]) => {
    setSections(next);
    saveSoon(next);
  };

  return {
    sections,
    offers,
    notAdded,
    saved,
    problem,
    notice,
    edit: (id, text) => sections && change(sections.map((s) => (s.id === id ? { ...s, text } : s))),
    accept: (offer) => {
      if (!sections) return;
      change(acceptOffer(sections, offer));
      setOffers(offers.filter((o) => o.id !== offer.id));
    },
    decline: (offer) => {
      if (!sections) return;
      change(declineOffer(sections, offer));
      setOffers(offers.filter((o) => o.id !== offer.id));
    },
    addFromRecord: () => {
      if (!sections) return;
      change([...sections, ...notAdded.map(keep)]);
      setNotAdded([]);
    },
    remove: () => {
      if (timer.current !== undefined) clearTimeout(timer.current);
      pending.current = null;
      void deleteDraftOf(caseKey, ref).then(() => {
        revision.current = undefined;
        setSaved(t('draftDeleted'));
      });
    },
    say: setNotice,
  };
}
