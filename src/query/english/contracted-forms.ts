import type { CorpusWords } from './corpus-words.js';

// Chinese shortens words by keeping some of their characters in order: 孕妇 for 孕产妇, 医保 for
// 医疗保障, 疾控 for 疾病预防控制. A question's word the corpus never writes may be such a short
// form of a word it does write (or the reverse: the corpus has the short one). Candidates share
// the first character and hold the other characters in the same order; the query's other words
// then choose among them by co-occurrence (answer/translation-choice.ts).

/** Corpus words kept per short form, shortest first. */
const MAX_FORMS = 4;

const isSubsequence = (short: readonly string[], long: readonly string[]): boolean => {
  let at = 0;
  for (const char of long) if (char === short[at]) at++;
  return at === short.length;
};

/**
 * For each short word the corpus never writes, the corpus words it may be a contraction of.
 * `shortWords`: dictionary headwords a question may use; `corpusWords`: words the corpus writes.
 */
export function contractedForms(shortWords: Iterable<string>, corpusWords: Iterable<string>, words: CorpusWords): Record<string, string[]> {
  const byFirst = new Map<string, string[][]>();
  for (const word of new Set(corpusWords)) {
    const chars = [...word];
    if (chars.length < 3 || !/^\p{Script=Han}+$/u.test(word)) continue;
    const list = byFirst.get(chars[0] ?? '') ?? [];
    list.push(chars);
    byFirst.set(chars[0] ?? '', list);
  }
  // Shorter long forms first: they are the likelier expansion, and sorting needs no corpus scan.
  for (const list of byFirst.values()) list.sort((a, b) => a.length - b.length || (a.join('') < b.join('') ? -1 : 1));
  const table: Record<string, string[]> = {};
  for (const word of new Set(shortWords)) {
    const chars = [...word];
    if (chars.length < 2 || chars.length > 3 || !/^\p{Script=Han}+$/u.test(word) || words.count(word) > 0) continue;
    const found = (byFirst.get(chars[0] ?? '') ?? [])
      .filter((long) => long.length > chars.length && isSubsequence(chars.slice(1), long.slice(1)))
      .slice(0, MAX_FORMS)
      .map((long) => long.join(''));
    if (found.length) table[word] = found;
  }
  return table;
}
