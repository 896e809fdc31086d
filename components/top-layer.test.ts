// @vitest-environment jsdom
// An earlier copy of the extension's hosts give way to the new copy's: found where it put them.
import { describe, expect, it } from 'vitest';
import { removeEarlierHosts } from './top-layer';

describe('removeEarlierHosts', () => {
  it('takes away the hosts of the tag left in the body or the root, and nothing of the page', () => {
    document.body.innerHTML = '<closure-companion></closure-companion><main><p>Case notes</p></main><closure-companion-skip></closure-companion-skip>';
    document.documentElement.append(document.createElement('closure-companion'));
    removeEarlierHosts(document, 'closure-companion');
    expect(document.querySelectorAll('closure-companion')).toHaveLength(0);
    expect(document.body.innerHTML).toBe('<main><p>Case notes</p></main><closure-companion-skip></closure-companion-skip>');
    removeEarlierHosts(document, 'closure-companion-skip');
    expect(document.body.innerHTML).toBe('<main><p>Case notes</p></main>');
  });
});
