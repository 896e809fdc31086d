/**
 * The service worker: merges what each page shows into one record per case,
 * evaluates the chosen pack, and tells the case's overlays and the toolbar badge.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CASE_PORT_PREFIX, type CaseState, type CaseStateWithRecord, type Message, type PageReport, type ProfileChangedMessage, type ReadingMessage } from '../../messaging/protocol';
import { ReadingAssembly } from '../../messaging/reading-parts';
import { adapterFor, type Adapter } from '../../adapters';
import type { ReportLine } from '../../adapters/reader/page-reader';
import { caseKey } from '../../record/merge';
import { localToday } from '../../record/dates';
import { parsePageReading, type CaseRecord } from '../../record/schema';
import { evaluate, otherPackGaps } from '../../rules/engine';
import { allPacks, resolvePack } from '../../rules/resolve';
import { badgeFor, summaryInWords } from '../../components/words';
import { t } from '../../components/i18n';
import { loadCasePack, purgeExpiredCasePacks, setCasePack } from '../../storage/case-packs';
import { loadCase, recordReading } from '../../storage/cases';
import { rememberSignedIn, signedIn } from '../../storage/signed-in';
import { loadConfirmations, purgeExpiredConfirmations, sealEarlierConfirmations, setConfirmation } from '../../storage/confirmations';
import { purgeExpired } from '../../storage/drafts';
import { loadSettings, onSettingsChanged, saveSettings, type SettingsInForce } from '../../storage/settings';
import { policyProblems } from '../../components/policy-problems';
import { forgetLoaderRegistrations } from '../../storage/addresses';
import { loadProfiles, onProfilesChanged } from '../../storage/profiles';
import { caseDrafts, draftText, saveHandedOver } from './drafts';
import { previewReading, saveMapping, undoMapping } from './mapping';
import { takeBackRoom } from './early-room';
import { injectPanelParts, SCAN_FRAMES, startOverlays, startOverlaysOnLoad } from './overlay-start';

type Port = Browser.runtime.Port;

const OUTCOMES = new Set(['read', 'missing', 'ambiguous', 'unreadable']);

/** A content script's report lines, kept only in the shape expected and of a sane size (it crosses a trust boundary). */
function reportLines(lines: unknown[]): ReportLine[] {
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 500) : undefined);
  return lines.slice(0, 200).flatMap((l) => {
    const line = l as Record<string, unknown>;
    return typeof line?.fact === 'string' && OUTCOMES.has(line.outcome as string) ? [{ fact: line.fact as ReportLine['fact'], outcome: line.outcome as ReportLine['outcome'], from: text(line.from), detail: text(line.detail) }] : [];
  });
}

/** Longer than any name: a page that shows more (a hostile one) gets cut, and the panel still reads. */
const MAX_NAME = 80;
const shortName = (name: string) => (name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name);

export default defineBackground(() => {
  const ports = new Map<string, Set<Port>>();
  /** Which case each tab shows, for the badge. */
  const tabCases = new Map<number, string>();
  /**
   * The reading report of each frame of each tab, in memory only: labels and fact names, never a
   * value, for the administrator's view after a host release.
   */
  const tabReports = new Map<number, Map<number, PageReport>>();
  /** Readings whose long lists are still coming in parts, by tab and frame. */
  const readingsComing = new ReadingAssembly();

  // What the organisation's policy sets but cannot be used is logged for IT once, not at every reading.
  let policyLogged = '';
  const logPolicyProblems = (settings: SettingsInForce) => {
    const problems = policyProblems(settings).join(' ');
    if (problems && problems !== policyLogged) console.warn(`Closure Companion: the managed policy needs correcting. ${problems}`);
    policyLogged = problems;
    return settings;
  };

  // Settings are read once and kept until they change: each reading is evaluated without a storage trip.
  let settingsNow: ReturnType<typeof loadSettings> | undefined;
  const currentSettings = () => (settingsNow ??= loadSettings().then(logPolicyProblems));
  // The host profiles in force (built in, as the council extends them), the same way: read once, kept until they change.
  let adaptersNow: Promise<Map<string, Adapter>> | undefined;
  const currentAdapters = () =>
    (adaptersNow ??= loadProfiles().then(({ profiles, refused }) => {
      for (const r of refused) console.warn(`Closure Companion: the host profile “${r.name}” (${r.from === 'policy' ? 'set by policy' : 'imported'}) was not used: ${r.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
      return new Map(profiles.map((p) => [p.system, adapterFor(p)]));
    }));
  const currentProfiles = () => currentAdapters().then((adapters) => [...adapters.values()].map((a) => a.profile));

  /** Whether the organisation fixes the pack (the options page and the panel then offer no choice). */
  const packLocked = (settings: SettingsInForce) => settings.packLocked;

  async function stateOf(record: CaseRecord): Promise<CaseState> {
    const settings = await currentSettings();
    const key = caseKey(record.system, record.personId);
    const locked = packLocked(settings);
    const packs = allPacks(settings.customPacks);
    // The panel's choice for this case, while the pack it names still exists; else the default for cases.
    const chosen = locked ? undefined : await loadCasePack(key);
    const packChoice = chosen && packs.some((p) => p.id === chosen) ? chosen : 'auto';
    const resolve = (choice: string) => resolvePack(record.system, choice, settings.customPacks, settings.params);
    const defaultPack = resolve(settings.pack);
    const pack = packChoice === 'auto' ? defaultPack : resolve(packChoice);
    const today = localToday(new Date());
    const name = record.facts.childName;
    return {
      caseKey: key,
      system: record.system,
      personId: record.personId,
      childName: name.known ? shortName(name.value) : null,
      packId: pack.id,
      packTitle: pack.title,
      packChoice,
      defaultPack: { id: defaultPack.id, title: defaultPack.title },
      packLocked: locked,
      packs: packs.map((p) => ({ id: p.id, title: p.title })),
      pageTitles: (await currentAdapters()).get(record.system)?.pageTitles ?? {},
      result: evaluate(pack, record, today),
      otherGaps: otherPackGaps(pack, packs.map((p) => resolve(p.id)), record, today),
      confirmations: await loadConfirmations(key),
      panel: { collapsed: settings.collapsed, adminMode: settings.adminMode },
    };
  }

  /** How many times each case has been published: a port's first state must not overwrite a newer one. */
  const published = new Map<string, number>();

  async function publish(record: CaseRecord): Promise<CaseState> {
    const key = caseKey(record.system, record.personId);
    published.set(key, (published.get(key) ?? 0) + 1);
    const state = await stateOf(record);
    for (const port of ports.get(state.caseKey) ?? []) port.postMessage(state);
    for (const [tabId, key] of tabCases) if (key === state.caseKey) void showBadge(tabId, state);
    return state;
  }

  async function showBadge(tabId: number, state: CaseState): Promise<void> {
    // The panel's own figures: the badge and its tooltip can never disagree with the panel.
    const { summary } = state.result;
    const { text, colour } = badgeFor(summary);
    try {
      await browser.action.setBadgeText({ tabId, text });
      await browser.action.setBadgeBackgroundColor({ tabId, color: colour });
      await browser.action.setTitle({ tabId, title: `${t('extName')}: ${summaryInWords(summary)}` });
    } catch {
      // The tab closed in the meantime: nothing to show.
    }
  }

  /** A whole page reading (its parts put together): validated, merged into its case, and the case published. */
  function takeReading(message: ReadingMessage, sender: Browser.runtime.MessageSender): Promise<{ ok: boolean; error?: string }> {
    const reading = parsePageReading(message.reading);
    if ('error' in reading) {
      console.warn(`Closure Companion: a page reading was refused (${reading.error})`);
      return Promise.resolve({ ok: false, error: reading.error });
    }
    const key = caseKey(reading.system, reading.personId);
    if (sender.tab?.id !== undefined && sender.frameId === 0) tabCases.set(sender.tab.id, key);
    return currentAdapters().then((adapters) => {
      const adapter = adapters.get(reading.system);
      // A reading of a system no profile in force describes (a profile removed meanwhile) has nowhere to go.
      if (!adapter) return { ok: false, error: `no host profile for ${reading.system}` };
      if (sender.tab?.id !== undefined && Array.isArray(message.report)) {
        const frames = tabReports.get(sender.tab.id) ?? new Map<number, PageReport>();
        frames.set(sender.frameId ?? 0, { system: reading.system, profile: adapter.profile.name, page: reading.page, pageTitle: adapter.pageTitles[reading.page] ?? reading.page, lines: reportLines(message.report) });
        tabReports.set(sender.tab.id, frames);
      }
      return Promise.all([recordReading(reading, adapter.factPages), rememberSignedIn(key, reading.user)])
        .then(([record]) => publish(record))
        .then(() => ({ ok: true }));
    });
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = raw as Message;
    if (message?.type === SCAN_FRAMES) {
      const tabId = sender.tab?.id;
      return tabId === undefined ? undefined : Promise.all([currentSettings(), currentProfiles()]).then(([s, profiles]) => startOverlays(tabId, s, profiles, 'frame-loaded')).then(() => ({ ok: true }));
    }
    if (message?.type === 'take-back-room') {
      const tabId = sender.tab?.id;
      const width = Number(message.width);
      // Only the room of a tab's own top frame, and only a width a room could have.
      if (tabId === undefined || sender.frameId !== 0 || !Number.isFinite(width) || width <= 0) return Promise.resolve({ ok: false });
      return takeBackRoom(tabId, width).then(() => ({ ok: true }));
    }
    // Kept like any setting: the change reaches every open overlay with its case (onSettingsChanged below).
    if (message?.type === 'fold-panel') return saveSettings({ collapsed: message.collapsed === true }).then(() => ({ ok: true }));
    if (message?.type === 'load-panel-parts') {
      const tabId = sender.tab?.id;
      return tabId === undefined ? Promise.resolve({ ok: false }) : injectPanelParts(tabId, sender.frameId ?? 0, message.parts);
    }
    if (message?.type === 'reading' || message?.type === 'reading-part') {
      const whole = readingsComing.take(`${sender.tab?.id}:${sender.frameId ?? 0}`, message);
      if (whole === undefined) return Promise.resolve({ ok: true });
      if ('error' in whole) {
        console.warn(`Closure Companion: a page reading was refused (${whole.error})`);
        return Promise.resolve({ ok: false, error: whole.error });
      }
      return takeReading(whole, sender);
    }
    if (message?.type === 'get-state') {
      return loadCase(message.caseKey).then(async (record): Promise<CaseStateWithRecord | null> => (record ? { ...(await stateOf(record)), record } : null));
    }
    if (message?.type === 'preview-reading') {
      const key = caseKey(message.reading?.system ?? '', message.reading?.personId ?? '');
      return Promise.all([loadCase(key), currentSettings()]).then(([record, s]) => previewReading(message, record, resolvePack(record?.system ?? '', s.pack, s.customPacks, s.params), localToday(new Date())));
    }
    if (message?.type === 'save-mapping' || message?.type === 'undo-mapping') {
      return currentSettings()
        .then((s) => (message.type === 'save-mapping' ? saveMapping(message, s.adminMode) : undoMapping(message, s.adminMode)))
        .then((answer) => {
          // Every frame of the tab reads with the profile now, not from its next load.
          if (answer.ok && sender.tab?.id !== undefined) void browser.tabs.sendMessage(sender.tab.id, { type: 'profile-changed', profile: answer.profile } satisfies ProfileChangedMessage).catch(() => undefined);
          return answer;
        });
    }
    if (message?.type === 'get-reading-report') {
      const tabId = sender.tab?.id;
      return Promise.resolve(tabId === undefined ? [] : [...(tabReports.get(tabId)?.values() ?? [])]);
    }
    if (message?.type === 'get-tab-state') {
      const key = tabCases.get(message.tabId);
      return key ? loadCase(key).then((record) => (record ? stateOf(record) : null)) : Promise.resolve(null);
    }
    if (message?.type === 'confirm') {
      return signedIn(message.caseKey)
        .then((by) => setConfirmation(message.caseKey, message.rule, String(message.reason ?? ''), new Date().toISOString(), by))
        .then(() => loadCase(message.caseKey))
        .then((record) => record && publish(record))
        .then(
          () => ({ ok: true }),
          (error: unknown) => {
            console.warn('Closure Companion could not keep a confirmation:', error);
            return { ok: false, message: 'The confirmation could not be kept on this device (its storage may be full). The item is unchanged; try again.' };
          },
        );
    }
    if (message?.type === 'open-draft') {
      const at = message.document ? `&document=${encodeURIComponent(message.document)}` : '';
      return browser.tabs.create({ url: browser.runtime.getURL(`/draft.html?case=${encodeURIComponent(message.caseKey)}${at}`) }).then(() => ({ ok: true }));
    }
    if (message?.type === 'get-draft-text') {
      return loadCase(message.caseKey).then(async (record) => draftText(message, record ? { ...(await stateOf(record)), record } : null));
    }
    if (message?.type === 'list-case-drafts') return caseDrafts(message);
    if (message?.type === 'save-draft') return saveHandedOver(message);
    if (message?.type === 'set-pack') {
      // The panel's choice is for this case only; the options page sets the default for cases.
      return currentSettings().then(async (settings) => {
        if (packLocked(settings)) return { ok: false, message: t('setByOrganisation') };
        await setCasePack(String(message.caseKey), String(message.pack), new Date().toISOString());
        const record = await loadCase(String(message.caseKey));
        if (record) await publish(record);
        return { ok: true };
      });
    }
    return undefined;
  });

  browser.runtime.onConnect.addListener((port: Port) => {
    if (!port.name.startsWith(CASE_PORT_PREFIX)) return;
    const key = port.name.slice(CASE_PORT_PREFIX.length);
    const set = ports.get(key) ?? new Set<Port>();
    set.add(port);
    ports.set(key, set);
    port.onDisconnect.addListener(() => set.delete(port));
    // The case as it stands, unless a reading arriving meanwhile (the worker just woke for both)
    // has already sent this port something newer.
    const seen = published.get(key) ?? 0;
    void loadCase(key).then((record) => record && stateOf(record).then((state) => (published.get(key) ?? 0) === seen && port.postMessage(state)));
  });

  // The keyboard shortcut (changeable at chrome://extensions/shortcuts) toggles the panel in the current tab.
  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command !== 'toggle-panel') return;
    const send = (tabId: number) => browser.tabs.sendMessage(tabId, { type: 'toggle-panel' }, { frameId: 0 }).catch(() => undefined);
    if (tab?.id !== undefined) void send(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active?.id !== undefined && send(active.id));
  });

  // Drafts, confirmations by hand and packs chosen per case are kept 30 days (or as set): purged when the browser starts and once a day after.
  const purge = () =>
    void loadSettings()
      .then((s) => {
        const now = new Date().toISOString();
        return Promise.all([purgeExpired(now, s.retentionDays), purgeExpiredConfirmations(now, s.retentionDays), purgeExpiredCasePacks(now, s.retentionDays)]);
      })
      .catch((error: unknown) => console.warn('Closure Companion could not tidy old drafts:', error));
  browser.runtime.onStartup.addListener(purge);
  browser.runtime.onInstalled.addListener(purge);
  // An update from the first version: its plain-text confirmations are sealed, then removed, and
  // its loader registrations for council addresses are dropped.
  browser.runtime.onInstalled.addListener(
    () =>
      void Promise.all([sealEarlierConfirmations(), forgetLoaderRegistrations()]).catch((error: unknown) =>
        console.warn('Closure Companion could not tidy what its first version left:', error),
      ),
  );
  void browser.alarms.create('purge-drafts', { periodInMinutes: 24 * 60 });
  browser.alarms.onAlarm.addListener((alarm: Browser.alarms.Alarm) => alarm.name === 'purge-drafts' && purge());

  browser.tabs.onRemoved.addListener((tabId: number) => {
    tabCases.delete(tabId);
    readingsComing.forgetTab(tabId);
    tabReports.delete(tabId);
  });

  // The overlay starts on a case page once the page has loaded, never inside its load.
  startOverlaysOnLoad(currentSettings, currentProfiles);

  // A council profile imported, removed or set by policy applies from each case page's next load.
  onProfilesChanged(() => {
    adaptersNow = undefined;
    for (const key of ports.keys()) void loadCase(key).then((record) => record && publish(record));
  });

  // The default pack (options page or policy) applies to every open overlay at once; an added address applies from its next page.
  onSettingsChanged((settings) => {
    settingsNow = Promise.resolve(logPolicyProblems(settings));
    for (const key of ports.keys()) void loadCase(key).then((record) => record && publish(record));
  });
});
