import { concatTyped, typedReader } from './typed-bytes.js';

// Many strings saved as one block of characters and their offsets, read back with one decode
// and a slice per string. Passage texts parsed out of JSON were at 100× the corpus 13 MB of
// UTF-8 to decode and scan, and 76,000 strings that every young-generation collection then
// copied. Read back, the block is one string (held outside the JS heap when large) and each
// string a slice of it; the concatenation of consecutive strings is a slice too (an entry's text
// is its sentences'). Characters are saved as UTF-16 code units, or as Latin-1 when every code
// unit fits in a byte (ids): exact for any string, lone surrogates included.

const MAGIC = 0x53424b31; // "SBK1"
const HEADER_WORDS = 4;
const LATIN1 = 1;
const UTF16 = 2;

export interface StringBlock {
  count: number;
  /** String i. */
  get(i: number): string;
  /** Strings from..to-1 joined (without separator). */
  joined(from: number, to: number): string;
}

const fitsLatin1 = (s: string) => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return false;
  return true;
};

/** Header (magic, width in bytes, count, code units), then count + 1 offsets, then the characters. */
export function stringBlockBytes(strings: readonly string[]): Uint8Array {
  const width = strings.every(fitsLatin1) ? LATIN1 : UTF16;
  const offsets = new Uint32Array(strings.length + 1);
  strings.forEach((s, i) => {
    offsets[i + 1] = offsets[i]! + s.length;
  });
  const units = offsets[strings.length]!;
  const characters = Buffer.from(strings.join(''), width === LATIN1 ? 'latin1' : 'utf16le');
  return concatTyped([Uint32Array.of(MAGIC, width, strings.length, units), offsets, characters]);
}

/** Reads what stringBlockBytes wrote; throws on bytes that are not a whole, consistent block. */
export function stringBlockFromBytes(bytes: Uint8Array, what: string): StringBlock {
  const size = ([, width = 0, count = 0, units = 0]: number[]) => (HEADER_WORDS + count + 1) * 4 + units * width;
  const read = typedReader(bytes, what, HEADER_WORDS, size);
  const [magic, width = 0, count = 0, units = 0] = read.header;
  if (magic !== MAGIC || (width !== LATIN1 && width !== UTF16)) throw new Error(`${what} are damaged`);
  const offsets = read.u32(count + 1);
  for (let i = 0; i < count; i++) if (offsets[i]! > offsets[i + 1]!) throw new Error(`${what} are inconsistent`);
  if (offsets[0] !== 0 || offsets[count] !== units) throw new Error(`${what} are inconsistent`);
  const characters = read.u8(units * width);
  const buffer = Buffer.from(characters.buffer, characters.byteOffset, characters.byteLength);
  const all = buffer.toString(width === LATIN1 ? 'latin1' : 'utf16le');
  const joined = (from: number, to: number) => {
    // Out of range, slice() would quietly give the whole block.
    if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= count))
      throw new Error(`${what} have no strings ${from}..${to}`);
    return all.slice(offsets[from], offsets[to]);
  };
  return { count, get: (i) => joined(i, i + 1), joined };
}
