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

/**
 * Per headword (in CC-CEDICT order), every other headword sharing one of its specific senses,
 * most shared senses first (ties by name). It depends on the dictionary alone, so it is prepared
 * once per install (index/prepared-dictionaries.ts) and only the choice of what a corpus writes
 * is made per build: filtering this order keeps it, so the first few written are the ones a
 * ranking over written words alone picks. Columns: word i's candidates are
 * others[offsets[i]..offsets[i+1]], indices into words.
 */
export interface GlossCandidates {
  words: readonly string[];
  offsets: Uint32Array;
  others: Uint32Array;
}

function sensesByWord(cedict: CedictData): Map<string, Set<string>> {
  const byWord = new Map<string, Set<string>>();
  for (const head of cedict.heads) {
    if (!HEADWORD.test(head.simplified)) continue;
    const entry = cedict.entry(head);
    if (entry === null) continue;
    const senses = byWord.get(entry.simplified) ?? new Set<string>();
    for (const meaning of entry.meanings)
      for (const sense of sensesOf(meaning)) {
        senses.add(sense);
        const head = headNoun(sense);
        if (head !== null) senses.add(head);
      }
    byWord.set(entry.simplified, senses);
  }
  return byWord;
}

/**
 * A sense that is a noun said of something ("rent for a room or house", "fee for tuition"): its
 * noun alone is a sense too, so 房租 meets 租金 ("rent"). Two words at most before "for" ("of" names
 * a part or kind: "landlord of a building" is 楼主, a forum's original poster too).
 */
export function headNoun(sense: string): string | null {
  const head = /^((?:[a-z]+ )?[a-z]{3,}) for [a-z]/.exec(sense)?.[1];
  return head === undefined || head.startsWith('to ') ? null : head;
}

export function glossCandidates(cedict: CedictData): GlossCandidates {
  const byWord = sensesByWord(cedict);
  const words = [...byWord.keys()];
  const numberOf = new Map(words.map((word, i) => [word, i]));
  const wordsBySense = new Map<string, string[]>();
  for (const [word, senses] of byWord)
    for (const sense of senses) {
      const sharing = wordsBySense.get(sense);
      if (sharing) sharing.push(word);
      else wordsBySense.set(sense, [word]);
    }
  const offsets = new Uint32Array(words.length + 1);
  const others: number[] = [];
  words.forEach((word, i) => {
    const counts = new Map<string, number>();
    for (const sense of byWord.get(word) ?? []) {
      const sharing = wordsBySense.get(sense) ?? [];
      if (sharing.length > MAX_WORDS_PER_SENSE) continue;
      for (const other of sharing) if (other !== word) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    for (const [other] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) others.push(numberOf.get(other)!);
    offsets[i + 1] = others.length;
  });
  return { words, offsets, others: Uint32Array.from(others) };
}

/** For each word the corpus never writes, the corpus words sharing most of its senses. */
export function glossSynonyms(candidates: GlossCandidates, words: CorpusWords): Record<string, string[]> {
  const { offsets, others } = candidates;
  const table: Record<string, string[]> = {};
  candidates.words.forEach((word, i) => {
    if (offsets[i] === offsets[i + 1] || words.count(word) > 0) return;
    const best: string[] = [];
    for (let at = offsets[i]!; at < offsets[i + 1]! && best.length < MAX_SYNONYMS; at++) {
      const other = candidates.words[others[at]!]!;
      if (words.count(other) > 0) best.push(other);
    }
    if (best.length) table[word] = best;
  });
  return table;
}

export function buildGlossSynonyms(cedict: CedictData, words: CorpusWords): Record<string, string[]> {
  return glossSynonyms(glossCandidates(cedict), words);
}
