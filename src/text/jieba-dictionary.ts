import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../core/write-atomically.js';
import { type JiebaEntries, readJiebaEntries } from './jieba-entries.js';
import { codeUnitsOf, countWords } from './word-scan.js';

// nodejieba's full dictionary (350k words) costs ~2 s and ~300 MB to load, at every start.
// Segmenting a text only ever consults dictionary words that are substrings of that text, so
// the corpus is segmented identically by a dictionary restricted to the words that occur in it —
// provided the log-probabilities stay the same. They are log(freq / total) and unknown
// characters get the minimum weight, so two placeholder entries (private-use characters that
// never occur in text) carry the removed frequency mass and the original minimum.
// The restricted file is rebuilt with the index whenever the corpus changes; queries use it too,
// and a query word the corpus never contains could not have matched a passage anyway.

export interface DictionaryFiles {
  dict: string;
  user: string;
  idf: string;
  stopWords: string;
}

const PLACEHOLDER_MASS = '\uE000\uE001';
const PLACEHOLDER_MIN = '\uE002\uE003';
/** Frequency given to domain words written without one: high enough to be kept whole. */
const DEFAULT_DOMAIN_FREQUENCY = 3000;

interface DictLine {
  word: string;
  freq: number;
  tag: string;
}

/** A line parseDomainWords reads as meant: a word, then maybe a frequency (a number) and a tag. */
export const isDomainWordLine = (line: string): boolean => /^\S+(?:\s+\d+(?:\.\d+)?)?(?:\s+[a-z]+)?$/iu.test(line);

/** Domain words file: one word per line, optional frequency and tag; `#` starts a comment. */
export function parseDomainWords(text: string): DictLine[] {
  const words: DictLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [word, freq, tag] = line.split(/\s+/);
    if (!word) continue;
    const n = Number(freq);
    words.push({
      word: word.normalize('NFKC').toLowerCase(),
      freq: Number.isFinite(n) && n > 0 ? n : DEFAULT_DOMAIN_FREQUENCY,
      tag: tag ?? 'nz',
    });
  }
  return words;
}

/** The entries made only of code units the text has (`seen`, codeUnitsOf): the others cannot occur. */
function possibleEntries(entries: JiebaEntries, seen: Uint8Array): number[] {
  const { units, offsets } = entries;
  const possible: number[] = [];
  next: for (let i = 0; i < entries.count; i++) {
    for (let at = offsets[i]!; at < offsets[i + 1]!; at++) if (seen[units[at]!] === 0) continue next;
    possible.push(i);
  }
  return possible;
}

/** The words of the entries that may occur in the text (`seen`, codeUnitsOf): only these become strings. */
export function possibleDictionaryWords(entries: JiebaEntries, seen: Uint8Array): string[] {
  return possibleEntries(entries, seen).map((i) => entries.word(i));
}

/** Which entries occur in the text; `counts` may give the occurrences of possibleDictionaryWords already. */
function presentWords(entries: JiebaEntries, text: string, counts?: ReadonlyMap<string, number>): Uint8Array {
  const seen = codeUnitsOf(text);
  const possible = possibleEntries(entries, seen);
  const words = possible.map((i) => entries.word(i));
  counts ??= countWords(words, text, seen);
  const present = new Uint8Array(entries.count);
  possible.forEach((i, k) => {
    if (counts.has(words[k]!)) present[i] = 1;
  });
  return present;
}

/**
 * Writes the corpus-restricted dictionary files into `dir` (atomically) and returns their paths.
 * `entries`: nodejieba's full dictionary (prepared once per install, or read here); `counts`:
 * occurrences in the text of its possible words (possibleDictionaryWords), when scanned already.
 */
export function writeCorpusDictionary(
  corpusText: string,
  domainWords: DictLine[],
  dir: string,
  entries: JiebaEntries = readJiebaEntries(),
  counts?: ReadonlyMap<string, number>,
): DictionaryFiles {
  const present = presentWords(entries, corpusText, counts);
  const kept: string[] = [];
  let removedMass = 0;
  let minFreq = Infinity;
  for (let i = 0; i < entries.count; i++) {
    const freq = entries.freqs[i]!;
    minFreq = Math.min(minFreq, freq);
    if (present[i]) kept.push(`${entries.word(i)} ${freq} ${entries.tags[entries.tagOf[i]!]}`);
    else removedMass += freq;
  }
  kept.push(`${PLACEHOLDER_MASS} ${Math.max(1, removedMass - minFreq)} x`, `${PLACEHOLDER_MIN} ${minFreq} x`);
  const files = dictionaryFileNames(dir);
  writeAtomically(files.dict, `${kept.join('\n')}\n`);
  writeAtomically(files.user, `${domainWords.map((w) => `${w.word} ${w.freq} ${w.tag}`).join('\n')}\n`);
  // Keyword extraction is unused, but cppjieba insists on non-empty IDF and stop-word files.
  writeAtomically(files.idf, '疫情 10.0\n');
  writeAtomically(files.stopWords, '的\n');
  return files;
}

/** The words of a written corpus dictionary (each occurs in the corpus), domain words included. */
export function corpusDictionaryWords(files: DictionaryFiles): string[] {
  const words: string[] = [];
  for (const path of [files.dict, files.user])
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const word = line.split(' ')[0];
      if (word && word !== PLACEHOLDER_MASS && word !== PLACEHOLDER_MIN) words.push(word);
    }
  return words;
}

/** The files of a dictionary, in the order they are hashed. */
export const DICTIONARY_FILE_KEYS = ['dict', 'user', 'idf', 'stopWords'] as const satisfies readonly (keyof DictionaryFiles)[];

export function dictionaryFileNames(dir: string): DictionaryFiles {
  return {
    dict: join(dir, 'jieba.corpus.dict.utf8'),
    user: join(dir, 'domain.user.dict.utf8'),
    idf: join(dir, 'idf.utf8'),
    stopWords: join(dir, 'stop_words.utf8'),
  };
}

/** Content hash of the dictionary files: what the saved index records and the segmenter checks. */
export function hashDictionary(files: DictionaryFiles): string {
  const hash = createHash('sha256');
  for (const key of DICTIONARY_FILE_KEYS) hash.update(readFileSync(files[key]));
  return hash.digest('hex');
}
