import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../core/write-atomically.js';
import { packSections, readSectionLayout, type SectionLayout } from '../index/byte-sections.js';
import { packagedFileIdentity } from '../index/fingerprint.js';
import { type StringBlock, stringBlockBytes, stringBlockFromBytes } from '../index/string-block.js';
import { locateWordVectors, QUANTUM, readWord2vec } from './word-vectors-source.js';

// The word vectors as a prepared file (word-vectors-source.ts reads the 51 MB original in ~2 s,
// once per install): the words, sorted, as one string block, then their int8 rows. A query
// reads only the rows of the words it compares, 100 bytes each where they lie in the file, and
// keeps them: the 12 MB of rows never sit in memory (at the real corpus the bot holds ~150 MB),
// and the words a corpus uses, looked up again and again, are read once.

const FORMAT = 'prepared-word-vectors/1';

export interface WordVectors {
  dims: number;
  /**
   * The number of the word's row, kept in memory from now on (-1 when the table does not have
   * it). Numbers stay valid while fewer than KEPT_ROWS other words are looked up: far more than a
   * query compares.
   */
  rowOf(word: string): number;
  /** Cosine of two rows by their numbers (both unit vectors, quantised). */
  cosine(a: number, b: number): number;
  /** Adds `weight` times a row (by its number, quantised to ±QUANTUM) to `into` (dims long). */
  addTo(row: number, weight: number, into: Float64Array): void;
}

/** The prepared file beside the prepared dictionaries (index/prepared-dictionaries.ts). */
export const wordVectorsFileIn = (preparedDir: string) => join(preparedDir, 'word-vectors.bin');

/** The source's identity (51 MB is not hashed at every start), under this format. */
const keyOf = (source: string): string => `${FORMAT}\n${packagedFileIdentity(source)}`;

const keyIn = (layout: SectionLayout): unknown => (layout.meta as { key?: unknown } | null)?.key;

/** The key the file at `path` was prepared under, or null when there is none (missing, damaged). */
function preparedKey(path: string): unknown {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return keyIn(readSectionLayout(fd));
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Prepares the file unless it is current: says which, or why not. */
export function ensureWordVectors(path: string, source: string | null = locateWordVectors()): string {
  if (source === null) return 'not installed';
  const key = keyOf(source);
  if (preparedKey(path) === key) return 'up to date';
  const table = readWord2vec(source);
  const sections = new Map<string, Uint8Array>([
    ['words', stringBlockBytes(table.words)],
    ['vectors', new Uint8Array(table.vectors.buffer, table.vectors.byteOffset, table.vectors.byteLength)],
  ]);
  try {
    writeAtomically(path, packSections({ format: FORMAT, key, dims: table.dims }, sections));
    return 'prepared';
  } catch (error) {
    return `not saved (${(error as Error).message})`;
  }
}

/** Index of `word` in the sorted block, or -1. */
function find(words: StringBlock, word: string): number {
  let low = 0;
  let high = words.count - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = words.get(mid);
    if (at === word) return mid;
    if (at < word) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * Most rows kept (6 MB): more than a corpus's vocabulary at 100× (~30,000), far fewer than the
 * table. The rows sit in one array, not in a buffer object each, which every collection would
 * have to walk and which outlive the young generation by the thousand.
 */
const KEPT_ROWS = 60_000;
/** Rows kept at first; the array doubles as words come (at the real corpus ~5,000 are compared). */
const FIRST_ROWS = 4_096;

/** The prepared vectors at `path`, or null when there is no current file (the source missing, or the file unwritable and unprepared). */
export function openWordVectors(path: string, source: string | null = locateWordVectors(), keptRows = KEPT_ROWS): WordVectors | null {
  if (source === null) return null;
  let fd: number;
  let layout: SectionLayout;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    layout = readSectionLayout(fd);
    if (keyIn(layout) !== keyOf(source)) throw new Error('prepared from another source');
  } catch {
    // Damaged, or prepared from other vectors: not used (ensureWordVectors prepares it again).
    closeSync(fd);
    return null;
  }
  const dims = (layout.meta as { dims: number }).dims;
  const place = (name: string) => {
    const found = layout.sections.get(name);
    if (!found) throw new Error(`prepared word vectors have no ${name}`);
    return found;
  };
  const wordsPlace = place('words');
  const wordBytes = Buffer.alloc(wordsPlace.length);
  readSync(fd, wordBytes, 0, wordsPlace.length, wordsPlace.offset);
  const words = stringBlockFromBytes(wordBytes, 'prepared words');
  const rowsAt = place('vectors').offset;
  let rows = new Int8Array(Math.min(FIRST_ROWS, keptRows) * dims);
  const rowOfWord = new Map<string, number>();
  const wordOfRow: string[] = [];
  const absent = new Set<string>();
  // Once keptRows are kept, each new word takes the place of the one kept longest.
  let filled = 0;
  let oldest = 0;
  const placeFor = (word: string): number => {
    let row: number;
    if (filled < keptRows) {
      row = filled++;
      if ((row + 1) * dims > rows.length) {
        const grown = new Int8Array(Math.min(keptRows, 2 * (rows.length / dims)) * dims);
        grown.set(rows);
        rows = grown;
      }
    } else {
      row = oldest;
      oldest = (oldest + 1) % keptRows;
      rowOfWord.delete(wordOfRow[row]!);
    }
    wordOfRow[row] = word;
    rowOfWord.set(word, row);
    return row;
  };
  return {
    dims,
    rowOf(word) {
      const known = rowOfWord.get(word);
      if (known !== undefined) return known;
      if (absent.has(word)) return -1;
      const i = find(words, word);
      if (i < 0) {
        if (absent.size >= keptRows) absent.clear();
        absent.add(word);
        return -1;
      }
      const row = placeFor(word);
      readSync(fd, rows, row * dims, dims, rowsAt + i * dims);
      return row;
    },
    cosine(a, b) {
      let dot = 0;
      for (let d = 0, x = a * dims, y = b * dims; d < dims; d++) dot += rows[x + d]! * rows[y + d]!;
      return dot / (QUANTUM * QUANTUM);
    },
    addTo(row, weight, into) {
      for (let d = 0, x = row * dims; d < dims; d++) into[d]! += weight * rows[x + d]!;
    },
  };
}
