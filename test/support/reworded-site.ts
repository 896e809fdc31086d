/**
 * A demo site holding one Mosaic case twice: as the demo has it, and (under another person id) with
 * its closure form's decision-date label reworded, as a host release would reword it.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { BUILT_IN } from '../../adapters/profiles';
import { casesOf, generateSite, type GeneratedCase } from './host-site.mjs';
import { fieldLabels, reword as rewordLabel } from './labels';

const SCENARIOS = join(import.meta.dirname, '../hosts/scenarios');

/** Rewords the closure form's decision-date label (the field's label, not a checklist item sharing its words). */
function rewordForm(site: string, c: GeneratedCase, words: string): void {
  const form = c.pages.find((p) => p.page === 'closure-form')!;
  const file = join(site, form.file);
  const dom = new JSDOM(readFileSync(file, 'utf8'), { url: 'http://127.0.0.1/' });
  const labels = fieldLabels(dom.window.document, BUILT_IN.mosaic!.pages['closure-form']!.facts!.decisionDate!.label);
  if (labels.length !== 1) throw new Error(`the demo closure form has ${labels.length} decision-date labels to reword, not one`);
  rewordLabel(labels[0]!, words);
  writeFileSync(file, dom.serialize());
}

export function rewordedSite(words: string): { site: string; original: GeneratedCase; reworded: GeneratedCase } {
  const file = readdirSync(SCENARIOS).find((f) => JSON.parse(readFileSync(join(SCENARIOS, f), 'utf8')).system === 'mosaic')!;
  const scenario = JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8')) as { id: string; person: { id: string } };
  const scenarios = mkdtempSync(join(tmpdir(), 'cc-reworded-scenarios-'));
  writeFileSync(join(scenarios, 'original.json'), JSON.stringify(scenario));
  // The same case under another person id (ids are unique per system), its own id changed wherever it is named.
  const otherId = String(Number(scenario.person.id) + 500);
  writeFileSync(join(scenarios, 'reworded.json'), JSON.stringify({ ...scenario, id: `${scenario.id}-reworded` }).split(`"${scenario.person.id}"`).join(`"${otherId}"`));
  const site = generateSite({ scenarios });
  const cases = casesOf(site);
  const reworded = cases.find((c) => c.id.endsWith('-reworded'))!;
  rewordForm(site, reworded, words);
  return { site, original: cases.find((c) => c.id === scenario.id)!, reworded };
}
