/**
 * The pack chosen in the panel for one case, remembered per case in the extension's local
 * storage (the case key, the pack id and when it was chosen: nothing read from the pages).
 * A case without a choice of its own uses the default for cases (the options page's choice).
 * Purged with the drafts' retention.
 */
import { browser } from 'wxt/browser';

const KEY = 'casePacks';
const VERSION = 1;

interface Choice {
  pack: string;
  /** ISO date-time the pack was chosen: the retention counts from it. */
  at: string;
}
interface Stored {
  version: typeof VERSION;
  cases: Record<string, Choice>;
}

/** Read once and kept in step: the worker evaluates on every reading. Only this module writes the key. */
let cached: Promise<Stored> | undefined;

/** Only for tests: forget the cache (the fake browser is reset between tests). */
export function resetCasePacks(): void {
  cached = undefined;
}

function load(): Promise<Stored> {
  cached ??= browser.storage.local.get(KEY).then(
    (got) => {
      const stored = got[KEY] as Partial<Stored> | undefined;
      // A newer version's or damaged entry counts as no choice: the case uses the default.
      return stored?.version === VERSION && stored.cases && typeof stored.cases === 'object' ? { version: VERSION, cases: { ...stored.cases } } : { version: VERSION, cases: {} };
    },
    () => ({ version: VERSION, cases: {} }),
  );
  return cached;
}

async function save(next: Stored): Promise<void> {
  await browser.storage.local.set({ [KEY]: next });
  cached = Promise.resolve(next);
}

/** The pack chosen for this case, if one was. */
export async function loadCasePack(caseKey: string): Promise<string | undefined> {
  const choice = (await load()).cases[caseKey];
  return typeof choice?.pack === 'string' ? choice.pack : undefined;
}

/** Remembers the pack for this case; 'auto' forgets the choice (the default for cases applies again). */
export async function setCasePack(caseKey: string, pack: string, at: string): Promise<void> {
  const cases = { ...(await load()).cases };
  if (pack === 'auto') delete cases[caseKey];
  else cases[caseKey] = { pack, at };
  await save({ version: VERSION, cases });
}

/** Forgets choices made more than `days` days ago, as drafts are forgotten. */
export async function purgeExpiredCasePacks(now: string, days: number): Promise<number> {
  const cutoff = new Date(Date.parse(now) - days * 86_400_000).toISOString();
  const cases = { ...(await load()).cases };
  const expired = Object.keys(cases).filter((key) => !(cases[key]!.at >= cutoff));
  if (expired.length === 0) return 0;
  for (const key of expired) delete cases[key];
  await save({ version: VERSION, cases });
  return expired.length;
}
