import { type EnglishLexicon, isEnglishQuery, translateEnglishQuery } from '../query/english/index.js';

// A Chinese question reaching an English sentence (a bilingual e-mail thread's "The samples arrived
// this morning", asked 样品什么时候到的): an English question's words are translated to the Chinese
// words the documents write (translate.ts); an English sentence's words are translated the same way
// and indexed beside its own, so a Chinese question's words find it. Only its best translations,
// a sentence's many words otherwise filling it with every sense of each.

/** Translations of each English word or phrase kept for the index. */
const KEPT_PER_WORD = 2;

/**
 * The Chinese words an English sentence's words translate to; none for a sentence not English.
 * `pairFrequency`: how often two characters stand side by side in the documents (names in pinyin).
 */
export function englishSentenceTerms(text: string, lexicon: EnglishLexicon, pairFrequency: (pair: string) => number): string[] {
  if (!isEnglishQuery(text)) return [];
  const { groups } = translateEnglishQuery(text, lexicon, { pairFrequency });
  // Chinese written inside the sentence is indexed as it is already.
  return groups.filter((group) => !/\p{Script=Han}/u.test(group.english)).flatMap((group) => group.chinese.slice(0, KEPT_PER_WORD));
}

/** How often each pair of Han characters stands side by side in `texts`, counted on first use. */
export function pairCounter(texts: readonly string[]): (pair: string) => number {
  let counts: Map<string, number> | null = null;
  return (pair) => {
    if (!counts) {
      counts = new Map();
      for (const text of texts)
        for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? [])
          for (let i = 0; i + 1 < run.length; i++) {
            const two = run.slice(i, i + 2);
            counts.set(two, (counts.get(two) ?? 0) + 1);
          }
    }
    return counts.get(pair) ?? 0;
  };
}
