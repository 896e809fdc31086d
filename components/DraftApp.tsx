/**
 * The drafting view: three versions of the closing summary, each edited on its own, with
 * the guidance's prompts and the facts used beside them, plain-English checks on the
 * family's and the child's versions, autosave to encrypted storage on this device, and copy.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readabilityReport } from '../drafting/readability';
import { ageBand, buildDraft, draftText, type Audience, type DraftSection } from '../drafting/sections';
import type { CaseStateWithRecord, SaveDraftMessage } from '../messaging/protocol';
import { deleteDraft, loadDraft, saveDraft, type DraftContent } from '../storage/drafts';
import { t } from './i18n';
import { Readability } from './Readability';

const AUTOSAVE_MS = 800;
const TABS: { id: Audience; label: 'versionRecord' | 'versionFamily' | 'versionChild' }[] = [
  { id: 'record', label: 'versionRecord' },
  { id: 'family', label: 'versionFamily' },
  { id: 'child', label: 'versionChild' },
];

type Versions = DraftContent['versions'];

export function DraftApp({ caseKey }: { caseKey: string }) {
  const [state, setState] = useState<CaseStateWithRecord | null | undefined>(undefined);
  const [versions, setVersions] = useState<Versions | null>(null);
  const [tab, setTab] = useState<Audience>('record');
  const [saved, setSaved] = useState('');
  const [problem, setProblem] = useState('');
  const [notice, setNotice] = useState('');
  const revision = useRef<number | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    void (async () => {
      // No answer (the extension restarting) reads as "not open": the page says what to do.
      const s = ((await browser.runtime.sendMessage({ type: 'get-state', caseKey }).catch(() => null)) ?? null) as CaseStateWithRecord | null;
      setState(s);
      const loaded = await loadDraft(caseKey);
      if (loaded.ok && loaded.draft) {
        revision.current = loaded.draft.revision;
        setVersions(loaded.draft.versions);
        setSaved(t('savedAt', new Date(loaded.draft.updatedAt).toLocaleString('en-GB')));
        return;
      }
      if (!loaded.ok) setProblem(loaded.message);
      const draft = (audience: Audience) => s && draftText(buildDraft(s.record, s.result.verdicts.map((v) => v.rule), audience, s.pageTitles), audience);
      if (s) setVersions({ record: draft('record')!, family: draft('family')!, child: draft('child')! });
    })();
  }, [caseKey]);

  const sections: DraftSection[] = useMemo(() => (state ? buildDraft(state.record, state.result.verdicts.map((v) => v.rule), tab, state.pageTitles) : []), [state, tab]);

  const save = async (next: Versions) => {
    const result = await saveDraft(caseKey, { versions: next }, { expectedRevision: revision.current });
    if (result.ok) {
      revision.current = result.revision;
      setSaved(t('savedAt', new Date(result.updatedAt).toLocaleTimeString('en-GB')));
      setProblem('');
      return;
    }
    if (result.kind === 'conflict') {
      // The newer revision wins; the text typed here is offered back, never dropped.
      revision.current = result.revision;
      setVersions(result.newer.versions);
      setNotice(`${result.message} ${t('conflictYourText', `${next[tab].slice(0, 200)}${next[tab].length > 200 ? '…' : ''}`)}`);
      return;
    }
    setProblem(result.message);
    setSaved(t('notSaved'));
  };

  // Typing not yet saved is saved at once when the page is hidden or left (a tab closed or
  // reloaded, the browser quitting): the autosave pause never costs a sentence. The service worker
  // does the saving, because a page being left cannot finish an encrypted write of its own.
  const pending = useRef<Versions | null>(null);
  useEffect(() => {
    const flush = () => {
      if (!pending.current) return;
      if (timer.current !== undefined) clearTimeout(timer.current);
      const message: SaveDraftMessage = { type: 'save-draft', caseKey, versions: pending.current, expectedRevision: revision.current };
      pending.current = null;
      void browser.runtime
        .sendMessage(message)
        .then((result) => {
          const saved = result as Awaited<ReturnType<typeof saveDraft>>;
          // Seen only if the page is still here (hidden, not left): the text is still in the editor.
          if (saved?.ok) revision.current = saved.revision;
          else if (saved) setProblem(saved.message);
        })
        .catch(() => undefined);
    };
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
    };
  });

  const edit = (value: string) => {
    if (!versions) return;
    const next = { ...versions, [tab]: value };
    setVersions(next);
    setSaved(t('saving'));
    if (timer.current !== undefined) clearTimeout(timer.current);
    pending.current = next;
    timer.current = window.setTimeout(() => {
      pending.current = null;
      void save(next);
    }, AUTOSAVE_MS);
  };

  const copy = async () => {
    if (!versions) return;
    const text = versions[tab];
    const html = text.split(/\n{2,}/).map((p) => `<p>${p.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!).replace(/\n/g, '<br>')}</p>`).join('');
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
      setNotice(t('copied'));
    } catch {
      try {
        await navigator.clipboard.writeText(text);
        setNotice(t('copiedPlain'));
      } catch {
        setProblem(t('copyFailed'));
      }
    }
  };

  if (state === undefined) return <p>{t('openingDraft')}</p>;
  if (state === null) return <main><h1>{t('closingSummaryHeading')}</h1><p class="cc-message" role="alert">{t('draftCaseNotOpen', t('draftClosingSummary'))}</p></main>;
  const age = state.record.facts.childAge;
  const band = ageBand(age.known ? age.value : null);

  return (
    <main>
      <h1>{t('draftHeading', state.personId)}</h1>
      <p class="cc-hint">{t('draftKeptHint')}</p>
      {problem && <p class="cc-message" role="alert">{problem}</p>}
      {notice && <p class="cc-notice" role="status">{notice}</p>}
      <div class="cc-draft">
        <section>
          <div class="cc-tabs" role="tablist" aria-label={t('versionLabel')}>
            {TABS.map((v) => (
              <button key={v.id} type="button" role="tab" id={`tab-${v.id}`} aria-selected={tab === v.id} aria-controls="editor-panel" tabIndex={tab === v.id ? 0 : -1} onClick={() => setTab(v.id)}
                onKeyDown={(e) => {
                  const i = TABS.findIndex((x) => x.id === tab);
                  if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
                    setTab(next.id);
                    document.getElementById(`tab-${next.id}`)?.focus();
                  }
                }}>
                {t(v.label)}
              </button>
            ))}
          </div>
          <div id="editor-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
            <label for="editor" class="cc-hint">
              {tab === 'record' ? t('editorHintRecord') : tab === 'family' ? t('editorHintFamily') : t('editorHintChild', t(band === 'under-8' ? 'ageUnder8' : band === '8-12' ? 'age8To12' : 'age13AndOver'))}
            </label>
            <textarea id="editor" name="draft" class="cc-editor" value={versions?.[tab] ?? ''} onInput={(e) => edit((e.currentTarget as HTMLTextAreaElement).value)} />
            <div class="cc-actions">
              <button type="button" onClick={() => void copy()}>{t('copyVersion')}</button>
              <button type="button" class="cc-secondary" onClick={() => {
                if (!confirm(t('confirmDeleteDraft'))) return;
                void deleteDraft(caseKey).then(() => { revision.current = undefined; setSaved(t('draftDeleted')); });
              }}>{t('deleteThisDraft')}</button>
              <span class="cc-status-line" role="status" aria-live="polite">{saved}</span>
            </div>
          </div>
          {tab !== 'record' && versions && <Readability report={readabilityReport(versions[tab], tab)} />}
        </section>
        <aside aria-label={t('promptsAndFacts')}>
          <h2>{t('guidanceAsksHeading')}</h2>
          <ol class="cc-prompts">
            {sections.map((s) => (
              <li key={s.id}>
                <strong>{s.title}.</strong> {s.prompt}
                <div class="cc-from">{t('draftSource', [s.source.source, s.source.section])}</div>
                {s.facts.length > 0 && <div class="cc-from">{t('draftFrom', s.facts.map((f) => `${state.pageTitles[f.source.page] ?? f.source.page} · ${f.source.label}`).join('; '))}</div>}
                {s.notKnown.length > 0 && <div class="cc-from">{t('draftNotSeenYet', [...new Set(s.notKnown.map((n) => n.page))].join(', '))}</div>}
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </main>
  );
}
