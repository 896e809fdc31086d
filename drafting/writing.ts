/**
 * Writing one section: the facts a writer reads are noted as used (with where they were seen)
 * or as not known (with the page that shows them), so every sentence can be traced, and a
 * section with facts still unseen says which page to open instead of guessing.
 */
import type { CaseRecord, FactKey, FactValue, Source } from '../record/schema';
import type { Citation } from '../rules/types';
import type { AgeBand, Audience, DraftInput, DraftSection, FactUsed, Part } from './types';

export interface Writing {
  input: DraftInput;
  record: CaseRecord;
  part: Part;
  band: AgeBand;
  /** The value of a fact if seen (noting its use), else undefined (noting it as not known). */
  get<K extends FactKey>(key: K): FactValue<K> | undefined;
  /** Notes a fact a verdict's evidence rests on. */
  cite(used: FactUsed): void;
  /** Puts what the record says (a fact, or what the checklist read) beside the section, for the writer to weigh, not into the text. */
  consider(label: string, what: FactKey | { text: string; source: Source | null }): void;
  /** Notes facts not seen yet that the text already names (a checklist line saying which page to open). */
  unseenSaid(keys: readonly FactKey[]): void;
}

export interface SectionSpec {
  id: string;
  title: string;
  prompt: string;
  source: Citation;
  /** The audiences whose parts have this section. */
  for: readonly Audience[];
  /** Whether the section belongs in this case; every case when absent. */
  applies?: (w: Writing) => boolean;
  write: (w: Writing) => string | null;
}

/** Shown where facts are known but say nothing to draft from. */
const NOTHING_RECORDED = '[Nothing is recorded for this yet: write it yourself.]';

export function createWriting(input: DraftInput, part: Part, band: AgeBand) {
  const used = new Map<FactKey, Source>();
  const missing = new Set<FactKey>();
  const said = new Set<FactKey>();
  const consider: DraftSection['consider'] = [];
  const { record } = input;
  const writing: Writing = {
    input,
    record,
    part,
    band,
    get: (<K extends FactKey>(key: K) => {
      const f = record.facts[key];
      if (!f.known) {
        missing.add(key);
        return undefined;
      }
      used.set(key, f.source);
      return (f.value ?? undefined) as FactValue<K> | undefined;
    }) as Writing['get'],
    cite: ({ fact, source }) => void used.set(fact, source),
    consider(label, what) {
      if (typeof what !== 'string') return void consider.push({ label, ...what });
      const f = record.facts[what];
      if (!f.known) missing.add(what);
      else if (typeof f.value === 'string' && f.value.trim()) consider.push({ label, text: f.value, source: f.source });
    },
    unseenSaid: (keys) => keys.forEach((k) => said.add(k)),
  };
  return { writing, used, missing, said, consider };
}

/** "[Not seen yet: open the Closure form page.]" for facts still unseen; empty when all were seen. */
export function notSeenYet(record: CaseRecord, input: DraftInput, keys: Iterable<FactKey>): { text: string; notKnown: DraftSection['notKnown'] } {
  const notKnown = [...keys].map((fact) => {
    const f = record.facts[fact];
    return { fact, page: input.pageTitle(f.known ? f.source.page : f.lookOn) };
  });
  const pages = [...new Set(notKnown.map((n) => n.page))];
  return { text: pages.length ? `[Not seen yet: open the ${pages.join(' page, the ')} page.]` : '', notKnown };
}

/** A section's first draft: the writer's text from known facts, and what is not seen yet said plainly. */
export function writeSection(spec: SectionSpec, input: DraftInput, part: Part, band: AgeBand): DraftSection {
  const { writing, used, missing, said, consider } = createWriting(input, part, band);
  const text = spec.write(writing)?.trim() || null;
  const gap = notSeenYet(input.record, input, missing);
  const alreadySaid = notSeenYet(input.record, input, [...said].filter((k) => !missing.has(k)));
  const joined = text === null ? gap.text || NOTHING_RECORDED : gap.text ? `${text}${text.includes('\n') ? '\n' : ' '}${gap.text}` : text;
  return {
    id: spec.id,
    title: spec.title,
    prompt: spec.prompt,
    source: spec.source,
    text: joined,
    facts: [...used].map(([fact, source]) => ({ fact, source })),
    notKnown: [...gap.notKnown, ...alreadySaid.notKnown],
    consider,
  };
}

/** The sections of a spec that this part has, in this case. */
export function sectionsOf(specs: readonly SectionSpec[], input: DraftInput, part: Part, band: AgeBand): DraftSection[] {
  return specs
    .filter((s) => s.for.includes(part.audience))
    .filter((s) => !s.applies || s.applies(createWriting(input, part, band).writing))
    .map((s) => writeSection(s, input, part, band));
}
