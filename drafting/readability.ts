/**
 * Plain-English checks for the family's letter and the child's version: Flesch reading
 * ease, sentence length, jargon with plain alternatives, and details about other people
 * that should not be in a letter. Pure functions of the text.
 */

export const TARGETS = { family: 60, child: 80 } as const;
export const SENTENCE_TARGET = 20;

/** Words: tokens holding a letter or a digit. */
export function words(text: string): string[] {
  return text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Sentences: split at . ! ? and at line breaks; empty pieces dropped. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/**
 * Syllables in an English word, by the usual heuristic: count vowel groups (y counts as a
 * vowel after the first letter), drop a silent final e (but not -le after a consonant), at
 * least one per word. Numbers count one per digit group.
 */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1;
  if (w.length <= 3) return 1;
  let groups = (w.match(/[aeiouy]+/g) ?? []).length;
  if (w.endsWith('e') && !/[^aeiouy]le$/.test(w) && groups > 1) groups -= 1;
  if (/[^aeiouy]es$|[^aeiouy]ed$/.test(w) && !/(ted|ded|ses|zes|ces|ges|xes|shes|ches)$/.test(w) && groups > 1) groups -= 1;
  return Math.max(1, groups);
}

export interface Flesch {
  score: number;
  words: number;
  sentences: number;
  syllables: number;
}

/** 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words); null for no words. */
export function fleschReadingEase(text: string): Flesch | null {
  const ws = words(text);
  const ss = sentences(text);
  if (ws.length === 0 || ss.length === 0) return null;
  const syl = ws.reduce((n, w) => n + syllables(w), 0);
  const score = 206.835 - 1.015 * (ws.length / ss.length) - 84.6 * (syl / ws.length);
  return { score: Math.round(score * 10) / 10, words: ws.length, sentences: ss.length, syllables: syl };
}

export function averageSentenceLength(text: string): number | null {
  const ss = sentences(text);
  if (ss.length === 0) return null;
  return Math.round((ss.reduce((n, s) => n + words(s).length, 0) / ss.length) * 10) / 10;
}

export interface Finding {
  index: number;
  text: string;
  /** A plain alternative (jargon), or what to do (third-party details). */
  advice: string;
}

/** Jargon and acronyms a family or child may not know, with plain words to use instead. */
const JARGON: [RegExp, string][] = [
  [/\bCIN\b|\bchild(ren)? in need\b/gi, 'extra help from children’s services'],
  [/\bchild protection( plan)?\b|\bCP( plan)?\b/gi, 'a plan to keep the children safe'],
  [/\bLAC\b|\bCLA\b|\blooked[- ]after\b/gi, 'living in care'],
  [/\bNFA\b|\bno further action\b/gi, 'we do not need to do anything more'],
  [/\bTAF\b|\bteam around the family\b/gi, 'the group of people who will keep helping your family'],
  [/\bHRIs?\b/g, 'the things that were most worrying'],
  [/\bURFs?\b/g, 'the reasons behind the worries'],
  [/\b[sS]47\b|\bsection 47\b/gi, 'the checks we made to see if the children were safe'],
  [/\bR?ICPC\b|\bRCPC\b|\bconference\b/gi, 'the meeting about keeping the children safe'],
  [/\bIRO\b/g, 'the person who checks the plan is working'],
  [/\bDSL\b/g, 'the teacher who looks after safety at school'],
  [/\bEH\b|\bearly help\b/gi, 'help from the family support team'],
  [/\bCAMHS\b/g, 'the children’s mental health service'],
  [/\bSGO\b/g, 'special guardianship'],
  [/\bPLO\b/g, 'the legal meeting before court'],
  [/\bthreshold\b/gi, 'the level of worry that needs us'],
  [/\bstatutory\b/gi, 'that the law says we must'],
  [/\bstep(ped|ping)?[- ]down\b/gi, 'moving to a different, lighter kind of help'],
  [/\bsafeguarding\b/gi, 'keeping children safe'],
  [/\bcore group\b/gi, 'the meetings with everyone helping you'],
  [/\bstrategy discussion\b/gi, 'a meeting between professionals about safety'],
  [/\bmulti-agency\b/gi, 'the different services'],
  [/\bintervention\b/gi, 'help'],
  [/\bdisclosure\b/gi, 'what was told to us'],
  // From the practice documents and the DfE census guide (issue 15, point 13).
  [/\bsection 17\b|\bs\.?17\b/gi, 'help for children who need extra support'],
  [/\bsection 20\b|\bs\.?20\b/gi, 'the child living away from home with your agreement'],
  [/\bsection 31\b|\bcare order\b/gi, 'a court order about who looks after the child'],
  [/\buniversal services?\b|\buniversal offer\b/gi, 'the services every family uses, like school, the GP and health visitors'],
  [/\bpreventative services?\b/gi, 'help early on, before things get harder'],
  [/\bemerging needs( support)?\b/gi, 'help with new worries as they come up'],
  [/\bsingle agency\b/gi, 'one service'],
  [/\b(?:partner |involved )?agencies\b/gi, 'the other services'],
  [/\bkey partners\b/gi, 'the other people who help your family'],
  [/\bparental capacity\b/gi, 'how well you can look after your children'],
  [/\bparental responsibility\b|\bPR\b/g, 'the right to make decisions for a child'],
  [/\bYP\b/g, 'young person'],
  [/\bCSC\b/g, 'children’s services'],
  [/\bSW\b/g, 'social worker'],
  [/\bTM\b/g, 'team manager'],
  [/\bFSW\b/g, 'family support worker'],
  [/\bC&F\b|\bC and F\b/g, 'the assessment, when we got to know your family'],
  [/\bI?MO\b|\bmanagement oversight\b/gi, 'a manager checking our work'],
  [/\bRC[1-9]\b/g, 'the reason our work ended, in words'],
  [/\bdesignated safeguarding lead\b/gi, 'the teacher who looks after safety at school'],
  [/\bdemographics\b/gi, 'your family’s details'],
  [/\bchronology\b/gi, 'the list of important events'],
  [/\breferral\b/gi, 'when someone asked us to help'],
  [/\bcase closure\b|\bclosure\b/gi, 'the end of our work with you'],
  [/\bchild arrangements order\b/gi, 'a court order about who the child lives with or sees'],
  [/\bspecial guardianship order\b/gi, 'a court order that a relative or friend looks after the child'],
  [/\bBusiness (Services|support)\b/gi, 'our office team'],
  [/\bSupporting Families\b/g, 'a programme that helps families'],
];

export function findJargon(text: string): Finding[] {
  const found: Finding[] = [];
  for (const [pattern, plain] of JARGON) {
    for (const m of text.matchAll(pattern)) found.push({ index: m.index ?? 0, text: m[0], advice: plain });
  }
  // A term inside a longer one ("safeguarding" in "designated safeguarding lead") is the longer one's.
  const inside = (f: Finding, g: Finding) => g !== f && g.index <= f.index && f.index + f.text.length <= g.index + g.text.length && g.text.length > f.text.length;
  return found.filter((f) => !found.some((g) => inside(f, g))).sort((a, b) => a.index - b.index);
}

/** Details about other people that a family or child version must not carry. */
const THIRD_PARTY: [RegExp, string][] = [
  [/(?:\+44\s?|\b0)(?:\d[\s-]?){9,10}\b/g, 'A phone number: leave out other people’s contact details.'],
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/g, 'A postcode: leave out addresses.'],
  [/\b\d{1,4}[a-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Court|Drive|Way|Crescent|Place|Gardens|Terrace|Grove|Walk)\b/g, 'An address: leave out addresses.'],
  [/\b(?:DOB|date of birth|born on)\b[:\s]*[^.\n]{0,20}|\b\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}\b/gi, 'A date of birth: leave out other people’s personal details.'],
  [/\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g, 'An e-mail address: leave out contact details.'],
  [/\b\d{3}\s?\d{3}\s?\d{4}\b/g, 'An NHS number or similar: leave out identifying numbers.'],
];

export function findThirdPartyDetails(text: string): Finding[] {
  const found: Finding[] = [];
  for (const [pattern, advice] of THIRD_PARTY) {
    for (const m of text.matchAll(pattern)) {
      if (!found.some((f) => f.index <= m.index! && m.index! < f.index + f.text.length)) found.push({ index: m.index ?? 0, text: m[0].trim(), advice });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export interface ReadabilityReport {
  flesch: Flesch | null;
  target: number;
  averageSentenceLength: number | null;
  sentenceTarget: number;
  jargon: Finding[];
  thirdParty: Finding[];
  ok: { flesch: boolean; sentences: boolean; jargon: boolean; thirdParty: boolean };
}

export function readabilityReport(text: string, audience: 'family' | 'child'): ReadabilityReport {
  const flesch = fleschReadingEase(text);
  const asl = averageSentenceLength(text);
  const jargon = findJargon(text);
  const thirdParty = findThirdPartyDetails(text);
  const target = TARGETS[audience];
  return {
    flesch,
    target,
    averageSentenceLength: asl,
    sentenceTarget: SENTENCE_TARGET,
    jargon,
    thirdParty,
    ok: { flesch: flesch !== null && flesch.score >= target, sentences: asl !== null && asl <= SENTENCE_TARGET, jargon: jargon.length === 0, thirdParty: thirdParty.length === 0 },
  };
}
