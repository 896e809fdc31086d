/**
 * The overlay's connection to the service worker: it listens for its case's state
 * on a port and re-renders; it owns no case data of its own.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { adapterFor, type Adapter, type CasePage } from '../adapters/adapter';
import { CASE_PORT_PREFIX, type CaseState, type Message, type OpenPanelMessage, type PageReport, type PanelSettings, type ProfileChangedMessage } from '../messaging/protocol';
import type { ScriptContext } from '../messaging/script-context';
import type { PageKind } from '../record/schema';
import { savePanelWidth } from '../storage/panel-width';
import { findNoteFields, sameFields, trackLastNoteField } from './case-note-field';
import { t } from './i18n';
import { makeRoom, moveFixedOut } from './make-room';
import { Overlay } from './Overlay';
import { maxWidth, shownWidth } from './panel-width';
import { mountSkipLink } from './SkipLink';

interface Props {
  ctx: ScriptContext;
  adapter: Adapter;
  casePage: CasePage;
  caseKey: string;
  /** How the practitioner left the panel, as the service worker handed it over (messaging/protocol.ts, FrameStart). */
  panel: PanelSettings;
  panelWidth: number | undefined;
  /** The width of the room the page was given as it loaded (entrypoints/background/early-room.ts), if it was. */
  roomGiven: number | undefined;
  /** Settled once this page's first reading is with the service worker. */
  readingSent: Promise<void>;
  /** Puts the overlay's element on the page: called with its first drawing. */
  show: () => void;
  /** How many times the page has changed since the overlay started (its own changes not counted). */
  pageChanges: () => number;
}

/**
 * How long the panel waits for the case before it shows itself saying it is reading the case: drawn
 * once with the verdicts, as a rule, rather than empty first and again a moment later. It waits for
 * the case as it stands with this page read, too, not as it stood before: the service worker sends
 * the case it knows as soon as the overlay connects, while the page is still being read, and drawing
 * that and then this page's verdicts a moment later cost a second drawing (about 10 ms on a page of
 * 5,000 notes).
 */
const SHOW_READING_AFTER_MS = 1_500;

export function OverlayApp({ ctx, adapter: first, casePage, caseKey, panel: left, panelWidth, roomGiven, readingSent, show, pageChanges }: Props) {
  /** The system's adapter: a field mapped in administrator mode brings a new profile, read with at once. */
  const [adapter, setAdapter] = useState(first);
  const [adminMode, setAdminMode] = useState(left.adminMode);
  const [state, setState] = useState<CaseState | null>(null);
  /** Whether a state has come since this page's reading went to the service worker (so it is in it). */
  const sent = useRef(false);
  const [withThisPage, setWithThisPage] = useState(false);
  const [waitedLong, setWaitedLong] = useState(false);
  const [collapsed, setCollapsed] = useState(left.collapsed);
  /**
   * The panel settings as last heard from the service worker. Only a change to them is taken up: a
   * case state worked out just before the practitioner folded the panel here still carries the
   * settings as they were, and must not open it again.
   */
  const heardPanel = useRef(left);
  const [lost, setLost] = useState(false);
  const [problem, setProblem] = useState('');
  /** Set when the practitioner asked for the panel: focus moves into it then, never on page load. */
  const [focusRequest, setFocusRequest] = useState(0);
  const collapsedRef = useRef(collapsed);
  collapsedRef.current = collapsed;
  /** The width the practitioner chose (none yet: the default for this window), and the window's width. */
  const [chosenWidth, setChosenWidth] = useState<number | undefined>(panelWidth);
  const [viewport, setViewport] = useState(window.innerWidth);
  const width = shownWidth(chosenWidth, viewport);

  /**
   * Asks the service worker. When the extension was updated or removed under this open page
   * ("Extension context invalidated"), the panel says so once instead of failing silently or
   * filling the console.
   */
  const send = async <T,>(message: Message): Promise<T | undefined> => {
    try {
      return (await browser.runtime.sendMessage(message)) as T;
    } catch {
      setLost(true);
      return undefined;
    }
  };
  const reply = (answer: { ok: boolean; message?: string } | undefined) => setProblem(answer && !answer.ok ? (answer.message ?? t('didNotWork')) : '');

  const [lastField, setLastField] = useState<HTMLElement | null>(null);
  /**
   * The host's case-note fields, looked for at the start, while the panel waits for the case; again
   * after a new case state, if the page has changed since the last look (host editors can appear
   * after load); and after each field the practitioner goes into. The search asks every element of
   * the page (3 ms at 5,000 notes, 15 at 20,000), so it is made in a task of its own, not in a
   * drawing, and not again over a page that has not changed. Drawn again only when they changed.
   */
  const [noteFields, setNoteFields] = useState<HTMLElement[]>([]);
  const fieldsLookedFor = useRef<{ changes: number; lastField: HTMLElement | null } | null>(null);
  useEffect(() => {
    const changes = pageChanges();
    const was = fieldsLookedFor.current;
    if (was && was.changes === changes && was.lastField === lastField) return;
    fieldsLookedFor.current = { changes, lastField };
    const found = findNoteFields(document);
    setNoteFields((fields) => (sameFields(fields, found) ? fields : found));
  }, [state, lastField]);
  useEffect(() => {
    const stop = new AbortController();
    trackLastNoteField(document, setLastField, stop.signal);
    return () => stop.abort();
  }, []);

  const collapse = (value: boolean) => {
    setCollapsed(value);
    void send({ type: 'fold-panel', collapsed: value });
  };
  const openPanel = () => {
    collapse(false);
    setFocusRequest((n) => n + 1);
  };

  useEffect(() => {
    // The service worker stops when idle and its ports close with it. Connecting again at once
    // would wake it every half minute for nothing; the overlay connects again when there is
    // something to hear: the page changes, or the practitioner comes back to the tab.
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    let closed = false;
    const connect = () => {
      try {
        port = browser.runtime.connect({ name: CASE_PORT_PREFIX + caseKey });
      } catch {
        setLost(true);
        return;
      }
      const current = port;
      current.onMessage.addListener((message: unknown) => {
        const next = message as CaseState;
        if (next.panel.collapsed !== heardPanel.current.collapsed) setCollapsed(next.panel.collapsed);
        if (next.panel.adminMode !== heardPanel.current.adminMode) setAdminMode(next.panel.adminMode);
        heardPanel.current = next.panel;
        setState(next);
        if (sent.current) setWithThisPage(true);
      });
      current.onDisconnect.addListener(() => {
        // A port let go of on leaving the page (below) is no longer the one in use.
        if (port !== current) return;
        port = undefined;
        if (closed) return;
        // An update or removal shows a moment after the port closes: look again before deciding.
        // (A plain timer: the context's own timers never fire once it is invalid.)
        window.setTimeout(() => (ctx.isInvalid ? setLost(true) : reconnectOnActivity()), 250);
      });
    };
    /** Set while waiting for activity to connect again; called once it comes, or on unmount. */
    let stopWaiting: (() => void) | undefined;
    const reconnectOnActivity = () => {
      const again = () => {
        stopWaiting?.();
        if (closed || port) return;
        if (ctx.isInvalid) setLost(true);
        else connect();
      };
      const observer = new MutationObserver((records) => records.some((r) => !(r.target as Element).closest?.('closure-companion') && r.target !== document.documentElement) && again());
      observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
      document.addEventListener('visibilitychange', again);
      stopWaiting = () => {
        observer.disconnect();
        document.removeEventListener('visibilitychange', again);
        stopWaiting = undefined;
      };
    };
    void readingSent.then(() => (sent.current = true));
    connect();
    // A page kept in the back/forward cache comes back with its overlay as it was, having missed
    // what changed meanwhile: Chromium closes its port without telling it, Firefox keeps the port
    // but drops what arrives while the page is away. So the port is let go of on leaving and
    // opened again on coming back, and the service worker sends the case as it stands.
    const leaving = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      stopWaiting?.();
      port?.disconnect();
      port = undefined;
    };
    const back = (event: PageTransitionEvent) => {
      if (!event.persisted || closed || port) return;
      if (ctx.isInvalid) setLost(true);
      else connect();
    };
    window.addEventListener('pagehide', leaving);
    window.addEventListener('pageshow', back);
    ctx.onInvalidated(() => setLost(true));
    const onMessage = (message: unknown) => {
      const changed = message as ProfileChangedMessage | undefined;
      if (changed?.type === 'profile-changed' && changed.profile?.system === adapter.system) setAdapter(adapterFor(changed.profile));
      const type = (message as OpenPanelMessage | undefined)?.type;
      if (type === 'open-panel' || (type === 'toggle-panel' && collapsedRef.current)) {
        openPanel();
      } else if (type === 'toggle-panel') {
        collapse(true);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      window.removeEventListener('pagehide', leaving);
      window.removeEventListener('pageshow', back);
      closed = true;
      stopWaiting?.();
      port?.disconnect();
    };
  }, [caseKey]);

  useEffect(() => {
    const onResize = () => setViewport(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  // Nothing drawn until the case arrives (or something needs saying): the room is made meanwhile.
  const waiting = !(state && withThisPage) && !lost && !problem && !waitedLong;
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = ctx.setTimeout(() => setWaitedLong(true), SHOW_READING_AFTER_MS);
    return () => ctx.clearTimeout(timer);
  }, [waiting]);

  // Docked, not floating: while the panel is open the host page makes room for it, all of it.
  // Before the browser paints, so the panel never covers the page for a frame.
  const roomJustMade = useRef(false);
  useLayoutEffect(() => {
    if (collapsed) return undefined;
    // (until the end of this drawing's effects: see the fixed elements' below)
    roomJustMade.current = true;
    queueMicrotask(() => (roomJustMade.current = false));
    return makeRoom(document, width);
  }, [collapsed, width]);

  // The room the page was given as it loaded stays while it is the panel's own (taking a style sheet
  // away costs the browser a look at every element of the page); folded, resized or in a zoomed
  // window, the panel's room is another, and that sheet is taken back, once.
  const givenRoomHeld = useRef(roomGiven !== undefined);
  useEffect(() => {
    if (roomGiven === undefined || !givenRoomHeld.current || (!collapsed && width === roomGiven)) return;
    givenRoomHeld.current = false;
    void send({ type: 'take-back-room', width: roomGiven });
  }, [collapsed, width]);

  // The page's fixed elements move out from under the panel as it is drawn, before it is on the page:
  // at once where the room was made before this drawing (the early room, or the overlay's own made
  // when it mounted), whose layout the page has had or is due anyway.
  useLayoutEffect(() => (collapsed || waiting ? undefined : moveFixedOut(document, width, roomJustMade.current ? 'after-frame' : 'now')), [collapsed, width, waiting]);

  // On the page with its first drawing, and with it the skip link: one keystroke from the top of
  // the page, the first Tab reaches "Skip to closure checklist". Both before the browser draws, so
  // the page is laid out once for the two.
  useLayoutEffect(() => {
    if (waiting) return undefined;
    show();
    return mountSkipLink(openPanel);
  }, [waiting]);

  if (waiting) return null;
  const insertTarget = noteFields.length ? { fields: noteFields, lastField, caseKey, send } : null;
  // Asked for by the checklist's items, a page kind many times over in one drawing: each answer
  // matches the profile's address patterns against this page's (about 1 ms a visit here, asked anew).
  const here = new URL(location.href);
  const addresses = new Map<PageKind, string | null>();
  const pageUrl = (page: PageKind) => {
    if (!addresses.has(page)) addresses.set(page, adapter.pageUrl(page, casePage.personId, here));
    return addresses.get(page)!;
  };
  return (
    <Overlay
      system={adapter.system}
      caseKey={caseKey}
      personId={casePage.personId}
      currentPage={casePage.page}
      state={state}
      collapsed={collapsed}
      disconnected={lost}
      problem={problem}
      pageUrl={pageUrl}
      pageTitle={(page) => adapter.pageTitles[page] ?? t('pageNotShown')}
      framedIn={(page) => adapter.profile.pages[page]?.framedIn}
      mapping={adminMode ? { adapter, send } : null}
      loadReport={() => send<PageReport[]>({ type: 'get-reading-report' })}
      focusRequest={focusRequest}
      width={width}
      maxWidth={maxWidth(viewport)}
      onResize={(w, done) => {
        setChosenWidth(w);
        if (done) void savePanelWidth(w);
      }}
      onCollapse={collapse}
      onPack={(pack) => void send<{ ok: boolean; message?: string }>({ type: 'set-pack', caseKey, pack }).then(reply)}
      onConfirm={(rule, reason) => void send<{ ok: boolean; message?: string }>({ type: 'confirm', caseKey, rule, reason }).then(reply)}
      onDraft={(document?: string) => void send<{ ok: boolean }>({ type: 'open-draft', caseKey, document }).then(reply)}
      insertTarget={insertTarget}
    />
  );
}
