// The reader's small text and element helpers, on documents made at random.
// @vitest-environment node
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { byTags } from './text';

const TAGS = ['h1', 'h2', 'legend', 'div', 'span', 'section'];

/** A random tree of elements: [tag, has the class "hd", children]. */
type Node = [tag: string, classed: boolean, children: Node[]];
const tree: fc.Arbitrary<Node[]> = fc.letrec<{ node: Node; nodes: Node[] }>((tie) => ({
  node: fc.tuple(fc.constantFrom(...TAGS), fc.boolean(), tie('nodes')),
  nodes: fc.oneof({ depthSize: 'small' }, fc.constant<Node[]>([]), fc.array(tie('node'), { maxLength: 5 })),
})).nodes;

const html = (nodes: Node[]): string => nodes.map(([tag, classed, children]) => `<${tag}${classed ? ' class="hd"' : ''}>${html(children)}</${tag}>`).join('');

describe('byTags', () => {
  it('gives the elements of the tags and the extra ones in document order, each once, as a selector would', () => {
    fc.assert(
      fc.property(tree, fc.subarray(['h1', 'h2', 'legend']), (nodes, tags) => {
        const doc = new JSDOM(`<body>${html(nodes)}</body>`).window.document;
        const more = Array.from(doc.querySelectorAll('.hd'));
        const expected = Array.from(doc.querySelectorAll([...tags, '.hd'].join(', ')));
        expect(byTags(doc, tags, more)).toEqual(expected);
        doc.defaultView?.close();
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });
});
