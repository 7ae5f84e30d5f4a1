import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Word vectors for Chinese words: the 100-dimension word2vec vectors that the `node-synonyms`
// package ships (data/words.vector, 125,796 words trained on Chinese Wikipedia by the Synonyms
// project, github.com/chatopera/Synonyms; GPL-3.0, free for research and products with a
// citation). Words a question uses and its answer does not (称赞 for 评价, 小区 for 社区) lie
// close in it, which no dictionary on this machine says. Only the data file is read: the package's code
// (and its native word2vec reader, whose install script is denied) is never loaded.

export interface WordVectorTable {
  /** Words in ascending UTF-16 order, for binary search. */
  words: string[];
  dims: number;
  /** Row i is words[i]'s unit vector scaled to ±127 (int8 keeps 12 MB where float32 took 50). */
  vectors: Int8Array;
}

const require = createRequire(import.meta.url);

/** The package's vector file, or null when it is not installed. */
export function locateWordVectors(): string | null {
  try {
    const path = join(dirname(require.resolve('node-synonyms/package.json')), 'data', 'words.vector');
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export const QUANTUM = 127;

/** Reads word2vec's binary format: "count dims\n", then per word its text, a space, dims float32 (little-endian) and an optional newline. */
export function readWord2vec(path: string): WordVectorTable {
  const bytes = readFileSync(path);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = bytes.indexOf(10);
  const [count = 0, dims = 0] = bytes.subarray(0, at).toString().trim().split(/\s+/).map(Number);
  if (!(count > 0 && dims > 0 && at > 0)) throw new Error(`${path} is not a word2vec binary file`);
  at++;
  const rows: Array<{ word: string; row: Int8Array }> = [];
  const floats = new Float64Array(dims);
  for (let i = 0; i < count; i++) {
    const space = bytes.indexOf(32, at);
    if (space < 0 || space + 4 * dims > bytes.byteLength) throw new Error(`${path} is truncated`);
    const word = bytes.subarray(at, space).toString('utf8');
    at = space + 1;
    let norm = 0;
    for (let d = 0; d < dims; d++, at += 4) {
      floats[d] = view.getFloat32(at, true);
      norm += floats[d]! * floats[d]!;
    }
    if (bytes[at] === 10) at++;
    norm = Math.sqrt(norm);
    // Markup tokens of the Wikipedia dump (</s>, <doc) and zero vectors say nothing.
    if (!word || norm === 0 || /[\s<>]/.test(word)) continue;
    const row = new Int8Array(dims);
    for (let d = 0; d < dims; d++) row[d] = Math.round((floats[d]! / norm) * QUANTUM);
    rows.push({ word, row });
  }
  rows.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const unique = rows.filter((r, i) => i === 0 || rows[i - 1]!.word !== r.word);
  const vectors = new Int8Array(unique.length * dims);
  unique.forEach((r, i) => {
    vectors.set(r.row, i * dims);
  });
  return { words: unique.map((r) => r.word), dims, vectors };
}
