import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeUnitTrie, TRIE_ROOT } from '../../src/text/code-unit-trie.js';

/** The node reached by walking `text` from the root, or -1. */
function walk(trie: CodeUnitTrie, text: string): number {
  let node = TRIE_ROOT;
  for (let i = 0; i < text.length && node >= 0; i++) node = trie.child(node, text.charCodeAt(i));
  return node;
}

describe('CodeUnitTrie', () => {
  it('property: every prefix of an inserted word has a node, one per distinct prefix; other strings have none', () => {
    // Enough words to make the edge table grow several times.
    const unit = fc.constantFrom('中', '国', '人', 'a', '\uD840', '\uDC00', '，');
    const word = fc.array(unit, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 600 }), fc.array(word, { maxLength: 30 }), (words, probes) => {
        const trie = new CodeUnitTrie();
        const ends = new Map(words.map((w) => [w, trie.insert(w)]));
        const prefixes = new Set(words.flatMap((w) => [...Array(w.length).keys()].map((n) => w.slice(0, n + 1))));
        expect(trie.size).toBe(prefixes.size + 1);
        for (const [w, node] of ends) expect(walk(trie, w)).toBe(node);
        for (const p of probes) expect(walk(trie, p) >= 0).toBe(prefixes.has(p));
      }),
      { numRuns: 100 },
    );
  });
});
