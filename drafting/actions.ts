/**
 * Who each recorded action for others is for. The closure record keeps them as free text
 * ("School: call Gemma on the first day of any absence. GP: continue to review …"), so each
 * sentence is matched against the record's own names, roles and organisations of the current
 * professionals — never against words of our own — and goes to whoever it fits best. A
 * sentence that fits no one is for no one in particular, and a letter says so rather than guess.
 */
import { norm } from './people';
import type { Relationship } from './types';

export interface ActionLine {
  text: string;
  /** The professionals it is for (several when they fit it equally well); empty when none fits. */
  for: Relationship[];
}

const words = (text: string) => norm(text).replace(/[^\p{L}\p{N}' ]+/gu, ' ').split(/\s+/).filter(Boolean);
const containsPhrase = (haystack: string, phrase: string) => {
  const h = ` ${words(haystack).join(' ')} `;
  const p = words(phrase).join(' ');
  return p.length > 0 && h.includes(` ${p} `);
};
/** The name without a title ("Dr Helen Pike" is also "Helen Pike"). */
const nameForms = (name: string) => [name, name.replace(/^(dr|mr|mrs|ms|miss|mx|prof)\.?\s+/i, '')];

/**
 * How well a sentence fits a professional: a "Label: …" sentence by its label alone (the
 * label says whom it addresses), any other sentence by what it mentions.
 */
function fit(label: string | null, body: string, p: Relationship): number {
  if (label !== null) {
    if (nameForms(p.name).some((n) => norm(n) === norm(label))) return 4;
    if (norm(label) === norm(p.role)) return 3;
    if (p.organisation && (norm(label) === norm(p.organisation) || containsPhrase(p.organisation, label))) return 2;
    if (containsPhrase(p.role, label)) return 1;
    return 0;
  }
  if (nameForms(p.name).some((n) => containsPhrase(body, n))) return 4;
  if (containsPhrase(body, p.role)) return 3;
  if (p.organisation && containsPhrase(body, p.organisation)) return 2;
  return 0;
}

const LABELLED = /^([^:.]{1,60}):\s+(.*)$/s;

/** The sentence without its "Label: " (once the person it is for is named beside it). */
export const withoutLabel = (sentence: string) => LABELLED.exec(sentence)?.[2] ?? sentence;

/** The recorded actions for others, sentence by sentence, each with whom it is for. */
export function actionLines(text: string, people: readonly Relationship[]): ActionLine[] {
  const sentences = text
    .split(/(?<=[.!?])\s+(?=\S)|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return sentences.map((sentence) => {
    const labelled = LABELLED.exec(sentence);
    const label = labelled ? labelled[1]!.trim() : null;
    const scores = people.map((p) => fit(label, sentence, p));
    const best = Math.max(0, ...scores);
    return { text: sentence, for: best > 0 ? people.filter((_, i) => scores[i] === best) : [] };
  });
}

/** The sentences addressed to this professional. */
export function actionsOf(text: string, people: readonly Relationship[], person: Relationship): string[] {
  return actionLines(text, people)
    .filter((line) => line.for.some((p) => norm(p.name) === norm(person.name)))
    .map((line) => line.text);
}
