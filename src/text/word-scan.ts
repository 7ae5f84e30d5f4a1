// Which words of a known vocabulary occur in a text, and how often. Memory is bounded by the
// vocabulary (a map of its words and their prefixes), never by the text: enumerating the text's
// own substrings instead grows with every distinct sentence and overflowed a Set at 6 MB.

/** Every word and proper prefix of one → whether it is a word itself. */
function prefixMap(words: Iterable<string>): Map<string, boolean> {
  const map = new Map<string, boolean>();
  for (const word of words) {
    for (let end = 1; end < word.length; end++) {
      const prefix = word.slice(0, end);
      if (!map.has(prefix)) map.set(prefix, false);
    }
    if (word.length > 0) map.set(word, true);
  }
  return map;
}

/** Words made only of code units the text has: the others cannot occur, and most of a dictionary goes. */
function* possibleWords(words: Iterable<string>, text: string): Generator<string> {
  const seen = new Uint8Array(0x10000);
  for (let i = 0; i < text.length; i++) seen[text.charCodeAt(i)] = 1;
  next: for (const word of words) {
    for (let i = 0; i < word.length; i++) if (seen[word.charCodeAt(i)] === 0) continue next;
    yield word;
  }
}

/** Occurrences (overlapping ones included) of each word of `words` that occurs in `text`. */
export function countWords(words: Iterable<string>, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const map = prefixMap(possibleWords(words, text));
  for (let start = 0; start < text.length; start++) {
    // Extend the match while the text so far is a prefix of some word.
    for (let end = start + 1; end <= text.length; end++) {
      const piece = text.slice(start, end);
      const isWord = map.get(piece);
      if (isWord === undefined) break;
      if (isWord) counts.set(piece, (counts.get(piece) ?? 0) + 1);
    }
  }
  return counts;
}
