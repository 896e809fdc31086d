// Hostile host content in the browser: the demo cases with every free-text field replaced by
// hostile strings (test/support/hostile.ts). Every payload that could run sets window.__pwned in
// the page. With the extension, each page's flag is what it is without the extension (the host's
// own doing, if anything), the overlay mounts once and holds no active markup, and the draft
// page shows the strings as text.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPlain, launchWithExtension } from '../support/chromium.mjs';
import { OWN_HOSTS, casesOf, generateSite, serveSite, type GeneratedCase } from '../support/host-site.mjs';
import { hostileScenarios } from '../support/hostile';
import { draftSections, openDraft, waitForOverlay } from '../support/overlay';

let withExt: Awaited<ReturnType<typeof launchWithExtension>>;
let plain: Awaited<ReturnType<typeof launchPlain>>;
let stopServer: () => Promise<unknown>;
let origin: string;
let cases: GeneratedCase[];
let scenarios: string;
let site: string;

beforeAll(async () => {
  scenarios = hostileScenarios(join(OWN_HOSTS, 'scenarios'));
  site = generateSite({ scenarios });
  cases = casesOf(site).filter((c) => c.id.endsWith('-hostile-0') || c.id.endsWith('-hostile-33'));
  ({ origin, stop: stopServer } = await serveSite(site));
  withExt = await launchWithExtension();
  plain = await launchPlain();
});

afterAll(async () => {
  await withExt?.close();
  await plain?.close();
  await stopServer?.();
  for (const dir of [scenarios, site]) rmSync(dir, { recursive: true, force: true });
});

const flag = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0);

/** Elements that could run something, inside the overlay's shadow root. */
const ACTIVE = 'script, iframe, object, embed, svg, math, template, style:not(:first-child), [onerror], [onload], [onmouseover], [onfocus], [ontoggle], a[href^="javascript:" i]';

async function visit(browser: Browser, url: string, overlay: boolean): Promise<{ pwned: number; active: number }> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    if (overlay) expect((await waitForOverlay(page)).count, url).toBe(1);
    await new Promise((r) => setTimeout(r, overlay ? 300 : 600));
    const active = await page.evaluate((sel) => document.querySelector('closure-companion')?.shadowRoot?.querySelectorAll(sel).length ?? 0, ACTIVE);
    return { pwned: await flag(page), active };
  } finally {
    await page.close();
  }
}

describe('hostile host content in Chromium', () => {
  it('runs nothing the page would not run without the extension, and the overlay holds no active markup', { timeout: 180_000 }, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
    for (const c of cases) {
      for (const p of c.pages.filter((x) => !x.framedIn)) {
        const url = origin + p.url;
        const without = await visit(plain.browser, url, false);
        const withIt = await visit(withExt.browser, url, true);
        expect(withIt.pwned, `${c.id} ${p.page}`).toBe(without.pwned);
        expect(withIt.active, `${c.id} ${p.page}`).toBe(0);
      }
    }
  });

  it('shows hostile strings in the draft as text, and runs none of them', { timeout: 60_000 }, async () => {
    const c = cases.find((x) => x.system === 'care-assess')!;
    const page = await withExt.browser.newPage();
    for (const p of c.pages.filter((x) => !x.framedIn)) {
      await page.goto(origin + p.url, { waitUntil: 'load' });
      await waitForOverlay(page);
    }
    const draft = await openDraft(withExt.browser, withExt.extensionId, page, `${c.system}:${c.personId}`);
    const text = await draftSections(draft);
    expect(text).toMatch(/<(script|img|svg|iframe)\b/);
    expect(await flag(draft)).toBe(0);
    expect(await draft.evaluate((sel) => document.body.querySelectorAll(sel).length, ACTIVE.replace('style:not(:first-child), ', ''))).toBe(0);
    await draft.close();
    await page.close();
  });
});
