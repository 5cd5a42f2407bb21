import { describe, expect, it } from 'vitest';
import { visibleText } from './dom-text';

/** A chain of `depth` elements, the text at the bottom; plain objects, as no test DOM holds that many levels. */
function chain(depth: number, hiddenAt: number | null) {
  let parent: object | null = null;
  for (let i = 0; i < depth; i++) {
    const hidden = i === hiddenAt;
    parent = { parentElement: parent, tagName: 'DIV', hasAttribute: (a: string) => hidden && a === 'hidden', getAttribute: () => null };
  }
  const text = { nodeValue: '登录已失效', parentElement: parent };
  let given = false;
  const walker = { nextNode: () => (given ? null : ((given = true), text)) };
  return { ownerDocument: { createTreeWalker: () => walker } } as unknown as Element;
}

describe('visibleText', () => {
  it('reads text nested 100,000 elements deep without running out of stack', () => {
    expect(visibleText(chain(100_000, null), 100)).toBe('登录已失效');
  });

  it('still leaves out text under a hidden ancestor however far up', () => {
    expect(visibleText(chain(100_000, 3), 100)).toBe('');
  });
});
