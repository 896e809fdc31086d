// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { findNoteFields, sameFields } from './case-note-field';
import { insertIntoField } from './insert-into-field';
import { labelOf } from './note-field-label';

describe('case-note fields', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <form id="f"><label for="note">Case note text</label><textarea id="note"></textarea>
      <textarea id="ro" readonly></textarea>
      <div id="rich" contenteditable="true"><p>x</p></div>
      <table><tr><th><span id="lblBody">Case note</span> <span class="req">*</span></th><td><div id="mosaic" contenteditable="true" aria-labelledby="lblBody"></div></td></tr>
      <tr><th>Details</th><td><textarea id="row"></textarea></td></tr></table>
      <dl><dt>Summary</dt><dd><textarea id="term"></textarea></dd></dl>
      <input type="submit"></form>`;
  });

  it('finds the text areas and editable areas that take text, with the host’s own labels', () => {
    const fields = findNoteFields(document);
    expect(fields.map((f) => [f.id, labelOf(f)])).toEqual([
      ['note', 'Case note text'],
      ['rich', 'Text editor'],
      ['mosaic', 'Case note'],
      ['row', 'Details'],
      ['term', 'Summary'],
    ]);
  });

  it('tells a finding that changed from the same fields found again', () => {
    const before = findNoteFields(document);
    expect(sameFields(before, findNoteFields(document))).toBe(true);
    document.getElementById('ro')!.removeAttribute('readonly');
    expect(sameFields(before, findNoteFields(document))).toBe(false);
    expect(sameFields(before, before.slice().reverse())).toBe(false);
  });

  it('labels a field as the page says it now', () => {
    const mosaic = document.getElementById('mosaic')!;
    document.getElementById('lblBody')!.textContent = 'Case note body';
    expect(labelOf(mosaic)).toBe('Case note body');
  });

  it('inserts into a textarea with input and change events, and never submits', () => {
    const note = document.getElementById('note') as HTMLTextAreaElement;
    const events: string[] = [];
    note.addEventListener('input', () => events.push('input'));
    note.addEventListener('change', () => events.push('change'));
    let submitted = false;
    document.getElementById('f')!.addEventListener('submit', () => (submitted = true));
    expect(insertIntoField(note, 'Closing summary <b>text</b>')).toBe(true);
    expect(note.value).toBe('Closing summary <b>text</b>');
    expect(events).toEqual(['input', 'change']);
    expect(submitted).toBe(false);
  });

  it('inserts into a rich-text area as inert, escaped text', () => {
    const rich = document.getElementById('rich')!;
    let inputs = 0;
    rich.addEventListener('input', () => inputs++);
    expect(insertIntoField(rich, 'First <script>alert(1)</script>\n\nSecond')).toBe(true);
    expect(rich.querySelector('script')).toBeNull();
    expect(rich.textContent).toContain('First <script>alert(1)</script>');
    expect(rich.textContent).toContain('Second');
    expect(inputs).toBe(1);
  });

  it('refuses a field that no longer takes text', () => {
    const ro = document.getElementById('ro') as HTMLTextAreaElement;
    expect(insertIntoField(ro, 'x')).toBe(false);
  });
});
