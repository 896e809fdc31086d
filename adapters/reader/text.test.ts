// The reader's small text and element helpers, on documents made at random.
// @vitest-environment node
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { byTags, clean, withClass } from './text';

const TAGS = ['h1', 'h2', 'legend', 'div', 'span', 'section'];

/** A random tree of elements: [tag, has the class "hd", children]. */
type Node = [tag: string, classed: boolean, children: Node[]];
const tree: fc.Arbitrary<Node[]> = fc.letrec<{ node: Node; nodes: Node[] }>((tie) => ({
  node: fc.tuple(fc.constantFrom(...TAGS), fc.boolean(), tie('nodes')),
  nodes: fc.oneof({ depthSize: 'small' }, fc.constant<Node[]>([]), fc.array(tie('node'), { maxLength: 5 })),
})).nodes;

/** One document for all the runs, its body made anew each time: a window per run took seconds. */
const doc = new JSDOM('<body></body>').window.document;

const html = (nodes: Node[]): string => nodes.map(([tag, classed, children]) => `<${tag}${classed ? ' class="hd"' : ''}>${html(children)}</${tag}>`).join('');

describe('byTags', () => {
  it('gives the elements of the tags and the extra ones in document order, each once, as a selector would', () => {
    fc.assert(
      fc.property(tree, fc.subarray(['h1', 'h2', 'legend']), (nodes, tags) => {
        doc.body.innerHTML = html(nodes);
        const more = Array.from(doc.querySelectorAll('.hd'));
        const expected = Array.from(doc.querySelectorAll([...tags, '.hd'].join(', ')));
        expect(byTags(doc, tags, more)).toEqual(expected);
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });
});

describe('withClass', () => {
  // Words a class attribute may hold: the classes sought in other cases, near misses, a letter some
  // case foldings take for a Latin one (ſ for s), and white space CSS does or does not split on.
  // (Not the Kelvin sign: jsdom's selectors take it for k, where Chromium's, as CSS says, do not.)
  const WORDS = ['lbl', 'LBL', 'Lbl', 'lblx', 'x-lbl', 'fldName', 'FLDNAME', 'fld_name', '\u017ftuff', 'card', 'l.bl'];
  const SPACES = [' ', '\t', '\n', '\r', '\f', '\u00a0', '  ', '\u2003'];
  const attribute = fc.array(fc.tuple(fc.constantFrom(...SPACES), fc.constantFrom(...WORDS)), { maxLength: 4 }).map((parts) => parts.map(([space, word], i) => (i ? space : '') + word).join(''));

  it('selects what case-blind class selectors select, in document order, for few classes or many', () => {
    fc.assert(
      fc.property(fc.array(fc.option(attribute), { maxLength: 30 }), fc.subarray(['lbl', 'fldname', 'stuff'], { minLength: 1 }), (attributes, sought) => {
        const classes = new Set(sought);
        doc.body.replaceChildren();
        for (const value of attributes) {
          const el = doc.createElement('span');
          if (value !== null) el.setAttribute('class', value);
          doc.body.append(el);
        }
        const expected = Array.from(doc.querySelectorAll([...classes].map((c) => `[class~="${c}" i]`).join(', ')));
        expect(withClass(doc, classes)).toEqual(expected);
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });
});

describe('clean', () => {
  it('folds and trims white space as replacing every run of it with one space would', () => {
    const CHARS = ['a', 'b', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(clean(text)).toBe(text.replace(/[\s\u00a0]+/g, ' ').trim());
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });
});
