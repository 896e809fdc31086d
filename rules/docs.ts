/** The packs as a document for practice leads: generated from the rule data, never written by hand. */
import { paramsOf, withParams } from './engine';
import { PACKS } from './packs';
import { RULES } from './registry';
import { citationName } from './sources';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function renderPackDocs(): string {
  const out = [
    '# Closure Companion policy packs',
    '',
    'Generated from the rule data by `npm run docs`; a test fails when this file is out of date.',
    'Each pack is one practice document’s checklist. “Must” items count towards “musts met”; “should” items are shown but do not block.',
    '',
  ];
  for (const pack of PACKS) {
    out.push(`## ${pack.title}`, '', `Pack id \`${pack.id}\` · source: ${pack.source}`, '', '| rule | level | what it checks | source and quote |', '| --- | --- | --- | --- |');
    for (const entry of pack.rules) {
      const rule = RULES[entry.rule]!;
      // The title and statement read as the pack sets them ("within 10 days"), as the panel shows them.
      const values = paramsOf(rule, entry.params);
      const params = Object.entries(values)
        .map(([k, v]) => `${rule.params?.[k]?.label ?? k}: ${v}`)
        .join('; ');
      const sources = rule.sources.map((s) => `${citationName(s)}: “${s.quote}”`).join('<br>');
      out.push(`| \`${rule.id}\`<br>${cell(withParams(rule.title, values))} | ${entry.level} | ${cell(withParams(rule.statement, values))}${params ? ` (${cell(params)})` : ''} | ${cell(sources)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
