// Names written in pinyin ("Leishenshan", "Zhong Nanshan", "Keqiang") → the corpus's Chinese.
// Dictionaries hold few of a corpus's people and places, but every name has a reading: the
// word is split into pinyin syllables, each syllable becomes the corpus characters read that
// way (from CC-CEDICT's single-character entries), and a sequence is kept only while each of
// its adjacent pairs occurs in the corpus. What survives is a name the corpus writes.
import type { CedictHead } from './cedict-source.js';

/** Toneless syllable → the corpus characters with that reading (as one string). */
export type SyllableTable = Record<string, string>;

/** The longest pinyin syllable ("zhuang", "shuang"). */
const MAX_SYLLABLE = 6;
/** Names of 2–4 syllables; one syllable is too ambiguous to mean a name. */
const MIN_SYLLABLES = 2;
const MAX_SYLLABLES = 4;
/** Partial names kept per step, most frequent pairs first. */
const BEAM = 40;
/** Chinese spellings offered for one pinyin word. */
const MAX_NAMES = 2;

const toneless = (syllable: string) =>
  syllable
    .toLowerCase()
    .replace(/u:/g, 'v')
    .replace(/[1-5]$/, '');

/** Every reading of every single-character headword the corpus uses. */
export function buildSyllableTable(heads: readonly CedictHead[], inCorpus: (char: string) => boolean): SyllableTable {
  const table = new Map<string, Set<string>>();
  for (const head of heads) {
    if ([...head.simplified].length !== 1 || !/^[A-Za-z:]+[1-5]$/.test(head.pinyin)) continue;
    for (const char of new Set([head.simplified, head.traditional])) {
      if (!inCorpus(char)) continue;
      const syllable = toneless(head.pinyin);
      const chars = table.get(syllable) ?? new Set<string>();
      chars.add(char);
      table.set(syllable, chars);
    }
  }
  return Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : 1)).map(([syllable, chars]) => [syllable, [...chars].join('')]));
}

/** Each corpus character's toneless readings: the table turned around (spelling.ts asks which characters sound alike). */
export function readingsByCharacter(table: SyllableTable): Map<string, string[]> {
  const readings = new Map<string, string[]>();
  for (const [syllable, chars] of Object.entries(table))
    for (const char of chars) readings.set(char, [...(readings.get(char) ?? []), syllable]);
  return readings;
}

/** Every way to read `word` as 2–4 pinyin syllables. */
export function syllabify(word: string, table: SyllableTable): string[][] {
  const lower = word.toLowerCase().replace(/ü/g, 'v');
  if (!/^[a-z]+$/.test(lower) || lower.length > MAX_SYLLABLE * MAX_SYLLABLES) return [];
  const out: string[][] = [];
  const walk = (at: number, path: string[]) => {
    if (at === lower.length) {
      if (path.length >= MIN_SYLLABLES) out.push(path);
      return;
    }
    if (path.length === MAX_SYLLABLES) return;
    for (let end = at + 1; end <= Math.min(lower.length, at + MAX_SYLLABLE); end++) {
      const syllable = lower.slice(at, end);
      if (Object.hasOwn(table, syllable)) walk(end, [...path, syllable]);
    }
  };
  walk(0, []);
  return out;
}

/**
 * Chinese spellings of a pinyin word that the corpus writes, most frequent first.
 * `pairFrequency(ab)`: passages containing the two characters side by side.
 */
export function namesFromPinyin(word: string, table: SyllableTable, pairFrequency: (pair: string) => number): string[] {
  const found = new Map<string, number>();
  for (const syllables of syllabify(word, table)) {
    let beam = [...(table[syllables[0]!] ?? '')].map((char) => ({ text: char, weakest: Number.POSITIVE_INFINITY }));
    for (const syllable of syllables.slice(1)) {
      const next = [];
      for (const partial of beam) {
        const last = [...partial.text].at(-1) ?? '';
        for (const char of table[syllable] ?? '') {
          const frequency = pairFrequency(last + char);
          if (frequency > 0) next.push({ text: partial.text + char, weakest: Math.min(partial.weakest, frequency) });
        }
      }
      beam = next.sort((a, b) => b.weakest - a.weakest).slice(0, BEAM);
    }
    for (const name of beam) found.set(name.text, Math.max(found.get(name.text) ?? 0, name.weakest));
  }
  return [...found]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_NAMES)
    .map(([name]) => name);
}
