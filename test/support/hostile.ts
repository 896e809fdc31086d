/**
 * Hostile host content: strings a careless or malicious page could carry in any field the
 * adapters read. Each payload that could run sets `window.__pwned` in the page, so a test can
 * tell whether anything was executed. Used by the hostile-page unit and end-to-end tests.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUN = 'window.__pwned=(window.__pwned||0)+1';
const LONG = 'A'.repeat(100_000);

export const HOSTILE_STRINGS: string[] = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"></svg>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<a href="javascript:${RUN}">Open</a>`,
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `" onmouseover="${RUN}" x="`,
  `' onfocus='${RUN}' autofocus '`,
  `</td></tr></table><script>${RUN}</script>`,
  `</script><script>${RUN}</script>`,
  `<style>*{display:none!important}</style>`,
  `<details open ontoggle="${RUN}">`,
  `<body onload="${RUN}">`,
  `<input autofocus onfocus="${RUN}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `<template><img src=x onerror="${RUN}"></template>`,
  `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  '&amp;amp; &nbsp; &#60;b&#62; &#x3C;i&#x3E;',
  '&quot;Final&quot;',
  '\u202Eesolc ot ydaer\u202C',
  'Final\u202E',
  '\u200BFinal\u200B',
  'Dr\u200Baft',
  '\u2066Closed\u2069',
  'Ｆｉｎａｌ',
  'FINAL?',
  'Status: Final',
  'Closure date: 01/01/2020',
  'Reason for closure: No further action',
  'Date closed',
  'Allocated worker:',
  'Authorised',
  'Draft',
  'Final',
  'Open',
  'Closed',
  'Yes',
  'No',
  '01/01/1900',
  '31/02/2026',
  '9999-99-99',
  '-1',
  'NaN',
  'undefined',
  'null',
  '[object Object]',
  '__proto__',
  'constructor',
  '{"known":true,"value":"met"}',
  '\u0000\u0001\u0007',
  '\r\n\r\n\t',
  ' '.repeat(50),
  '😀👨‍👩‍👧‍👦🏳️‍🌈',
  'مرحبا עברית',
  `${LONG}`,
  `Name ${LONG} ${RUN}`,
];

/**
 * Identifiers and enumerations are kept (the simulators refuse a scenario without them); the
 * pages show each enumeration in the system's own words, and renamed status words are the
 * broken-pages fuzz test's subject. Everything written as free text is replaced.
 */
const isEnumeration = (key: string, value: string) => key === 'id' || /Id$/.test(key) || ['type', 'reason', 'how'].includes(key) || /^[a-z][a-z0-9-]*$/.test(value);

/** The scenario with every free-text value replaced by a hostile string, starting at `offset`. */
export function hostileScenario<T>(scenario: T, offset: number): T {
  let n = offset;
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return isEnumeration(key, value) ? value : HOSTILE_STRINGS[n++ % HOSTILE_STRINGS.length];
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(scenario, '') as T;
}

/** Writes hostile variants of the project's own scenarios to a temporary folder, for generateSite. */
export function hostileScenarios(scenarioDir: string): string {
  const out = mkdtempSync(join(tmpdir(), 'cc-hostile-'));
  for (const file of readdirSync(scenarioDir).filter((f) => f.endsWith('.json'))) {
    const base = JSON.parse(readFileSync(join(scenarioDir, file), 'utf8')) as { id: string; person: { id: string } };
    for (const offset of [0, 17, 33]) {
      // A person id of its own (and every reference to it), so variants are separate cases.
      const id = `${base.person.id.slice(0, -2)}${String(offset + 50).padStart(2, '0')}`;
      const variant = { ...hostileScenario(base, offset), id: `${base.id}-hostile-${offset}` };
      writeFileSync(join(out, `${variant.id}.json`), JSON.stringify(variant).replaceAll(`"${base.person.id}"`, `"${id}"`));
    }
  }
  return out;
}
