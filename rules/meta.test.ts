// The conventions, enforced: one rule per file named by its id, every rule registered and
// tested, the registry and packs equal to the catalogue (../shared/closure-rules.md), every
// quoted source found in its practice document (../shared/seeds).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_BY_SYSTEM, PACKS, validatePack } from './packs';
import { RULES } from './registry';
import type { Rule } from './types';

const DIR = import.meta.dirname;
const SHARED = resolve(process.env.SHARED_DIR ?? resolve(DIR, '../../shared'));
const CATALOGUE = join(SHARED, 'closure-rules.md');
const NOT_RULES = new Set(['types', 'registry', 'packs', 'engine', 'docs', 'resolve', 'sources']);
const ruleFiles = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3)).filter((f) => !NOT_RULES.has(f));

const SEED_FILES: Record<string, string> = {
  A: '000_335883b25ac02fd4.txt',
  B: '001_77bb638b1052ddd1.txt',
  C: '002_7f677c5e8b89d5f8.txt',
  D: '003_5cce6679f0697b6e.txt',
  E: '004_6fc746cfe19f6c45.txt',
  DfE: '../closure-rules.md',
};
const norm = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\*\*/g, '').replace(/\s+/g, ' ').toLowerCase();

describe('rule files', () => {
  it('one file per rule, named by its id, each registered and tested', async () => {
    for (const file of ruleFiles) {
      const rule = ((await import(`./${file}.ts`)) as { default: Rule }).default;
      expect(rule.id, file).toBe(file);
      expect(RULES[file], `${file} is not in registry.ts`).toBe(rule);
      expect(existsSync(join(DIR, `${file}.test.ts`)), `${file} has no test table`).toBe(true);
    }
    expect(Object.keys(RULES).sort()).toEqual([...ruleFiles].sort());
  });

  it('every rule cites at least one source with a quote, and its parameters sit within their bounds', () => {
    for (const rule of Object.values(RULES)) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      for (const s of rule.sources) expect(s.quote.trim().length, rule.id).toBeGreaterThan(8);
      for (const [name, p] of Object.entries(rule.params ?? {})) expect(p.min <= p.default && p.default <= p.max, `${rule.id}.${name}`).toBe(true);
    }
  });

  it('every pack validates and each system has a default pack', () => {
    for (const pack of PACKS) expect(validatePack(pack), pack.id).toEqual({ ok: true, pack });
    for (const id of Object.values(DEFAULT_PACK_BY_SYSTEM)) expect(PACKS.map((p) => p.id)).toContain(id);
  });

  it('refuses a pack naming an unknown rule, a parameter out of bounds, or a duplicate, and says where', () => {
    const result = validatePack({ id: 'x', title: 'X', source: 'test', rules: [{ rule: 'no-such-rule', level: 'must' }, { rule: 'closure-letter', level: 'must', params: { days: 99 } }, { rule: 'closure-letter', level: 'should' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.path)).toEqual(['rules.0.rule', 'rules.1.params.days', 'rules.2.rule']);
      expect(result.errors[1]!.message).toMatch(/1 to 28/);
    }
    const shape = validatePack({ id: 'Bad Id', rules: [] });
    expect(shape.ok).toBe(false);
  });
});

describe.skipIf(!existsSync(CATALOGUE))('the catalogue (../shared/closure-rules.md)', () => {
  const text = existsSync(CATALOGUE) ? readFileSync(CATALOGUE, 'utf8') : '';
  const section = (title: string) => text.split(/^## /m).find((s) => s.startsWith(title)) ?? '';

  it('every catalogue rule is implemented with its default level, and nothing more', () => {
    const rows = section('Rules').split('\n').filter((l) => /^\| `[a-z-]+` \|/.test(l));
    const catalogue = Object.fromEntries(rows.map((l) => { const cells = l.split('|').map((c) => c.trim()); return [cells[1]!.replace(/`/g, ''), cells[2]]; }));
    expect(Object.keys(RULES).sort()).toEqual(Object.keys(catalogue).sort());
    for (const [id, level] of Object.entries(catalogue)) expect(RULES[id]!.level, id).toBe(level!.split('/')[0]);
  });

  it('every pack lists the catalogue’s rules, in its order, at its levels', () => {
    const rows = section('Packs').split('\n').filter((l) => /^\| `[a-z-]+` \|/.test(l));
    const catalogue = rows.map((l) => {
      const cells = l.split('|').map((c) => c.trim());
      const rules = cells[3]!.split(',').map((r) => r.trim()).map((r) => ({ rule: r.replace(/\s*\(.*\)$/, ''), level: /\(should\)/.test(r) ? 'should' : 'must' }));
      return { id: cells[1]!.replace(/`/g, ''), rules };
    });
    expect(PACKS.map((p) => ({ id: p.id, rules: p.rules.map(({ rule, level }) => ({ rule, level })) }))).toEqual(catalogue);
  });
});

describe.skipIf(!existsSync(join(SHARED, 'seeds')))('sources (../shared/seeds)', () => {
  it('every quoted source is found, word for word, in its document', () => {
    for (const rule of Object.values(RULES)) {
      for (const s of rule.sources) {
        const seed = norm(readFileSync(join(SHARED, 'seeds', SEED_FILES[s.source]!), 'utf8'));
        expect(seed.includes(norm(s.quote)), `${rule.id}: “${s.quote}” not found in source ${s.source}`).toBe(true);
      }
    }
  });
});
