import { CodeUnitTrie, TRIE_ROOT } from './code-unit-trie.js';

// Which words of a known vocabulary occur in a text, and how often. Memory is bounded by the
// vocabulary (a trie of its words), never by the text: enumerating the text's own substrings
// instead grows with every distinct sentence and overflowed a Set at 6 MB.

/** Marks (1) each code unit the text has. */
export function codeUnitsOf(text: string): Uint8Array {
  const seen = new Uint8Array(0x10000);
  for (let i = 0; i < text.length; i++) seen[text.charCodeAt(i)] = 1;
  return seen;
}

/** Words made only of code units the text has (`seen`): the others cannot occur, and most of a dictionary goes. */
function* possibleWords(words: Iterable<string>, seen: Uint8Array): Generator<string> {
  next: for (const word of words) {
    for (let i = 0; i < word.length; i++) if (seen[word.charCodeAt(i)] === 0) continue next;
    yield word;
  }
}

/**
 * Occurrences (overlapping ones included) of each word of `words` that occurs in `text`;
 * `seen` is codeUnitsOf(text) when the caller has it already.
 */
export function countWords(words: Iterable<string>, text: string, seen: Uint8Array = codeUnitsOf(text)): Map<string, number> {
  const trie = new CodeUnitTrie();
  const ends: [string, number][] = [];
  for (const word of possibleWords(words, seen)) if (word.length > 0) ends.push([word, trie.insert(word)]);
  // Every path from every position, as far as the text so far is a prefix of some word: each
  // node reached is one occurrence of its prefix (only words' nodes are read).
  const reached = new Uint32Array(trie.size);
  for (let start = 0; start < text.length; start++) {
    let node = TRIE_ROOT;
    for (let at = start; at < text.length; at++) {
      node = trie.child(node, text.charCodeAt(at));
      if (node < 0) break;
      reached[node]!++;
    }
  }
  const counts = new Map<string, number>();
  for (const [word, node] of ends) if (reached[node]! > 0) counts.set(word, reached[node]!);
  return counts;
}
