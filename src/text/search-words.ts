// jieba's search mode, computed from its precise cut instead of segmenting the text a second time.
// nodejieba's cutForSearch is cppjieba's QuerySegment: the precise (MixSegment, HMM) cut, then for
// each word longer than two characters its two-character sub-words found in the dictionary, for
// each word longer than three its three-character ones, each set left to right, then the word
// itself. "Characters" are code points (cppjieba's runes) and the dictionary is the loaded one,
// user words included. test/text/search-words.test.ts checks this against nodejieba itself.

/** The search-mode words of a precise cut, in nodejieba's order. */
export function searchWords(cut: readonly string[], isDictionaryWord: (word: string) => boolean): string[] {
  const words: string[] = [];
  for (const word of cut) {
    // Fewer than three UTF-16 units is fewer than three code points: no sub-words (most words).
    if (word.length > 2) addSubWords(word, isDictionaryWord, words);
    words.push(word);
  }
  return words;
}

function addSubWords(word: string, isDictionaryWord: (word: string) => boolean, out: string[]): void {
  const runes = Array.from(word);
  // Without surrogate pairs a code point is a UTF-16 unit, and slicing the word needs no joins.
  const bmp = runes.length === word.length;
  for (const size of [2, 3])
    if (runes.length > size)
      for (let i = 0; i + size <= runes.length; i++) {
        const sub = bmp ? word.slice(i, i + size) : runes.slice(i, i + size).join('');
        if (isDictionaryWord(sub)) out.push(sub);
      }
}
