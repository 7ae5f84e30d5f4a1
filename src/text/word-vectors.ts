import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeAtomically } from '../core/write-atomically.js';
import { packSections, readSectionLayout } from '../index/byte-sections.js';
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
  /** The word's row (unit vector × 127), or null when the table does not have it. */
  vector(word: string): Int8Array | null;
}

/** Cosine of two rows (both unit vectors, quantised). */
export function rowCosine(a: Int8Array, b: Int8Array): number {
  let dot = 0;
  for (let d = 0; d < a.length; d++) dot += a[d]! * b[d]!;
  return dot / (QUANTUM * QUANTUM);
}

/** The prepared file beside the prepared dictionaries (index/prepared-dictionaries.ts). */
export const wordVectorsFileIn = (preparedDir: string) => join(preparedDir, 'word-vectors.bin');

/** The source's identity: its format, size and package version (51 MB is not hashed at every start). */
function keyOf(source: string): string {
  const version = (JSON.parse(readFileSync(join(dirname(source), '..', 'package.json'), 'utf8')) as { version?: string }).version;
  return `${FORMAT}\n${statSync(source).size}\n${version}`;
}

function preparedKey(path: string): string | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return ((readSectionLayout(fd).meta as { key?: string } | null)?.key ?? null) as string | null;
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

/** Most rows kept: more than a corpus's vocabulary at 100× (~30,000), far fewer than the table. */
const KEPT_ROWS = 60_000;

/** The prepared vectors at `path`, or null when there is no current file (the source missing, or the file unwritable and unprepared). */
export function openWordVectors(path: string, source: string | null = locateWordVectors()): WordVectors | null {
  if (source === null || preparedKey(path) !== keyOf(source)) return null;
  const fd = openSync(path, 'r');
  const layout = readSectionLayout(fd);
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
  const kept = new Map<string, Int8Array | null>();
  return {
    dims,
    vector(word) {
      const known = kept.get(word);
      if (known !== undefined) return known;
      const i = find(words, word);
      let row: Int8Array | null = null;
      if (i >= 0) {
        row = new Int8Array(dims);
        readSync(fd, row, 0, dims, rowsAt + i * dims);
      }
      if (kept.size >= KEPT_ROWS) kept.clear();
      kept.set(word, row);
      return row;
    },
  };
}
