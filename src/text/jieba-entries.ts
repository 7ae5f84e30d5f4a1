import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import type { Sections } from '../index/byte-sections.js';
import { stringBlockBytes, stringBlockFromBytes } from '../index/string-block.js';
import { concatTyped, typedReader } from '../index/typed-bytes.js';

// nodejieba's full dictionary as columns (word, frequency, tag). Parsing its 350k lines takes
// about a second, and a build needs them only to choose the words its corpus writes
// (jieba-dictionary.ts), so they are prepared once per install (index/prepared-dictionaries.ts)
// and read back as typed arrays: a word becomes a string only when a build asks for it.

export interface JiebaEntries {
  count: number;
  /** Word i is the code units units[offsets[i]..offsets[i+1]]. */
  units: Uint16Array;
  offsets: Uint32Array;
  freqs: Float64Array;
  /** Word i's tag is tags[tagOf[i]]. */
  tagOf: Uint16Array;
  tags: readonly string[];
  word(i: number): string;
}

/** nodejieba's own dictionary path (exported at run time, missing from its type declarations). */
export function defaultDictionaryPath(): string {
  const path = (nodejieba as unknown as { DEFAULT_DICT?: unknown }).DEFAULT_DICT;
  if (typeof path !== 'string') throw new Error('nodejieba does not expose DEFAULT_DICT');
  return path;
}

function columns(units: Uint16Array, offsets: Uint32Array, freqs: Float64Array, tagOf: Uint16Array, tags: readonly string[]): JiebaEntries {
  // One decode of every word; a word is then a slice (a copy, for strings this short).
  const all = Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  const word = (i: number) => all.slice(offsets[i], offsets[i + 1]);
  return { count: freqs.length, units, offsets, freqs, tagOf, tags, word };
}

/** Entries of a dictionary file: `word freq [tag]` per line; lines without a positive frequency are skipped. */
export function readJiebaEntries(path: string = defaultDictionaryPath()): JiebaEntries {
  const words: string[] = [];
  const freqs: number[] = [];
  const tagOf: number[] = [];
  const tagNumbers = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, freq, tag = 'x'] = line.trim().split(/\s+/);
    if (!word || !freq) continue;
    const n = Number(freq);
    if (!(Number.isFinite(n) && n > 0)) continue;
    words.push(word);
    freqs.push(n);
    if (!tagNumbers.has(tag)) tagNumbers.set(tag, tagNumbers.size);
    tagOf.push(tagNumbers.get(tag)!);
  }
  const offsets = new Uint32Array(words.length + 1);
  words.forEach((w, i) => {
    offsets[i + 1] = offsets[i]! + w.length;
  });
  const units = new Uint16Array(offsets[words.length]!);
  words.forEach((w, i) => {
    for (let k = 0; k < w.length; k++) units[offsets[i]! + k] = w.charCodeAt(k);
  });
  return columns(units, offsets, Float64Array.from(freqs), Uint16Array.from(tagOf), [...tagNumbers.keys()]);
}

export function jiebaSections(entries: JiebaEntries): Map<string, Uint8Array> {
  const { count, units, offsets, freqs, tagOf, tags } = entries;
  return new Map([
    ['jieba-tags', stringBlockBytes(tags)],
    ['jieba-columns', concatTyped([Uint32Array.of(count, units.length), freqs, offsets, tagOf, units])],
  ]);
}

export function jiebaFromSections(sections: Sections): JiebaEntries {
  const block = stringBlockFromBytes(sections.get('jieba-tags'), 'jieba tags');
  const tags = Array.from({ length: block.count }, (_, i) => block.get(i));
  const size = ([n = 0, u = 0]: number[]) => 8 + n * 8 + (n + 1) * 4 + n * 2 + u * 2;
  const read = typedReader(sections.get('jieba-columns'), 'jieba entries', 2, size);
  const [count = 0, unitCount = 0] = read.header;
  const freqs = read.f64(count);
  const offsets = read.u32(count + 1);
  const tagOf = read.u16(count);
  const units = read.u16(unitCount);
  if (offsets[count] !== unitCount || tagOf.some((t) => t >= tags.length)) throw new Error('prepared jieba dictionary is inconsistent');
  return columns(units, offsets, freqs, tagOf, tags);
}
