/**
 * The part of docs/profiles.md made from the built-in profiles: for each system, its page kinds,
 * their addresses and the facts read on each, so a council writing a profile knows which fact sits
 * on which page kind. Never written by hand (a test keeps it in step).
 */
import { BUILT_IN_FILES } from '.';

export const GENERATED_START = '<!-- generated: built-in profiles (npm run docs) -->';
export const GENERATED_END = '<!-- end generated -->';

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

export function renderBuiltInProfiles(): string {
  const out = [GENERATED_START, ''];
  for (const file of BUILT_IN_FILES) {
    out.push(`### ${file.name} — system ${code(file.system)}`, '', '| page kind | title | addresses | facts read there |', '| --- | --- | --- | --- |');
    for (const [kind, page] of Object.entries(file.pages ?? {})) {
      const addresses = (page.addresses ?? []).map((a) => code(a.path + (a.query ? `?${Object.entries(a.query).map(([k, v]) => `${k}=${v}`).join('&')}` : ''))).join('<br>');
      const facts = Object.keys(page.facts ?? {}).map(code).join(', ') || (page.caseNoteEditor ? 'none (the case-note editor)' : 'none');
      out.push(`| ${code(kind)}${page.framedIn ? ` (shown inside ${code(page.framedIn)})` : ''} | ${page.title} | ${addresses} | ${facts} |`);
    }
    out.push('');
  }
  out.push(GENERATED_END);
  return out.join('\n');
}
