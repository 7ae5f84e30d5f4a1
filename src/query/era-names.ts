import type { CedictData } from './english/cedict-source.js';

// Whether two characters before a count of years (乾隆二十三年, 抗战八年) may be an era's name.
// CC-CEDICT glosses the eras it knows as such ("the Qianlong era", "reign name of …", "Japanese era
// name"): a word it knows otherwise (抗战 "war of resistance", 建国 "to found a country") counts
// years of a war or since a founding, a duration or an anniversary, never a calendar. A word it
// does not know (嘉靖) may still be an era.
// The words it knows otherwise are read from CC-CEDICT when the index is built and saved with the
// English lexicon (~95,000 words, ~350 KB of the saved index): answering never reads the dictionary's 11 MB file,
// which scanning for each new word typed did (~0.2 s, the bot's event loop blocked meanwhile).

const ERA_GLOSS = /\b(?:era|reign)\b/iu;
const TWO_CHARACTERS = /^\p{Script=Han}{2}$/u;

/** Two-character words CC-CEDICT glosses, none of them as an era: first character → the second characters after it. */
export type NonEraWords = Record<string, string>;

/** Every headword of two characters (Simplified or Traditional) CC-CEDICT glosses, under none of its entries as an era. */
export function nonEraWords(cedict: CedictData): NonEraWords {
  const era = new Map<string, boolean>();
  for (const head of cedict.heads) {
    const words = new Set([head.simplified, head.traditional].filter((word) => TWO_CHARACTERS.test(word)));
    if (!words.size) continue;
    const glosses = cedict.entry(head)?.meanings ?? [];
    if (!glosses.length) continue;
    const glossedAsEra = glosses.some((gloss) => ERA_GLOSS.test(gloss));
    for (const word of words) era.set(word, (era.get(word) ?? false) || glossedAsEra);
  }
  const table: NonEraWords = {};
  for (const [word, glossedAsEra] of era) {
    if (glossedAsEra) continue;
    const [first = '', second = ''] = [...word];
    table[first] = (table[first] ?? '') + second;
  }
  return table;
}

/** Whether `word` may name an era: glossed as one, or unknown to the dictionary (or no table saved). */
export function mayNameEra(table: NonEraWords, word: string): boolean {
  const [first = '', second, rest] = [...word];
  if (second === undefined || rest !== undefined) return true;
  // A second character outside the Basic Multilingual Plane is a pair of code units, matched only as a whole.
  return !Object.hasOwn(table, first) || !(table[first] ?? '').includes(second);
}
