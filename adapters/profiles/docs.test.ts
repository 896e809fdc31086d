// docs/profiles.md is the one guide a council writes a profile from: every field of the format is
// documented there, and its tables of the built-in profiles are made from the files (npm run docs).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { FACT_KEYS } from '../../record/schema';
import { GENERATED_END, GENERATED_START, renderBuiltInProfiles } from './docs';
import { profileSchema } from './schema';

const FILE = resolve(import.meta.dirname, '../../docs/profiles.md');

type Def = { type: string; innerType?: Node; shape?: Record<string, Node>; valueType?: Node; keyType?: Node; element?: Node; entries?: Record<string, string> };
type Node = { _zod: { def: Def } };

/** Every field name and named key the format takes, anywhere in it. */
function names(node: Node, out = new Set<string>()): Set<string> {
  const def = node._zod.def;
  if (def.type === 'optional' || def.type === 'nullable') return names(def.innerType!, out);
  if (def.type === 'object') for (const [key, value] of Object.entries(def.shape!)) names(value, out.add(key));
  if (def.type === 'record') {
    const keys = def.keyType!._zod.def;
    if (keys.type === 'enum') Object.values(keys.entries!).forEach((k) => out.add(k));
    names(def.valueType!, out);
  }
  if (def.type === 'array') names(def.element!, out);
  return out;
}

it('docs/profiles.md documents every field and named key of the profile format, and every fact', () => {
  const text = readFileSync(FILE, 'utf8');
  const missing = [...names(profileSchema as unknown as Node), ...FACT_KEYS].filter((n) => !text.includes(`\`${n}\``));
  expect(missing, 'fields the docs do not mention (as `name`)').toEqual([]);
});

it('docs/profiles.md shows the built-in profiles as they are (run `npm run docs` to refresh)', () => {
  const text = readFileSync(FILE, 'utf8');
  const start = text.indexOf(GENERATED_START);
  const end = text.indexOf(GENERATED_END) + GENERATED_END.length;
  expect(start >= 0 && end > start, 'the generated markers are in docs/profiles.md').toBe(true);
  const fresh = `${text.slice(0, start)}${renderBuiltInProfiles()}${text.slice(end)}`;
  if (process.env.UPDATE_DOCS === '1') writeFileSync(FILE, fresh);
  expect(text).toBe(fresh);
});
