// CC-CEDICT as prepared once per install (index/prepared-dictionaries.ts): headwords and
// readings as string blocks, so a build reads them with one decode instead of scanning the
// package's 11 MB script. Each entry's glosses are its JSON array in UTF-8, parsed only for the
// entries a build asks for (as cedict-source.ts does): fresh one-byte strings for English,
// which the gloss parser's regexes read several times faster than slices of a two-byte block.
// (Storing every gloss parsed as well was tried: 13 MB more to read, and no faster a build.)
import type { Sections } from '../../index/byte-sections.js';
import { stringBlockBytes, stringBlockFromBytes } from '../../index/string-block.js';
import { concatTyped, typedReader } from '../../index/typed-bytes.js';
import type { CedictData, CedictHead } from './cedict-source.js';

/** Sections of every entry; `glossesAt` of the heads read back is the entry's number. */
export function cedictSections(cedict: CedictData): Map<string, Uint8Array> {
  // Entry i is bytes offsets[i]..offsets[i+1] of its column; a missing entry has none.
  const glosses = new JsonColumn(cedict.heads.length);
  cedict.heads.forEach((head, i) => {
    glosses.set(i, cedict.entry(head)?.meanings);
  });
  const { heads } = cedict;
  return new Map([
    ['cedict-traditional', stringBlockBytes(heads.map((h) => h.traditional))],
    ['cedict-simplified', stringBlockBytes(heads.map((h) => h.simplified))],
    ['cedict-pinyin', stringBlockBytes(heads.map((h) => h.pinyin))],
    ...glosses.sections('cedict-glosses'),
  ]);
}

export function cedictFromSections(sections: Sections): CedictData {
  const block = (name: string) => stringBlockFromBytes(sections.get(name), name);
  const traditional = block('cedict-traditional');
  const simplified = block('cedict-simplified');
  const pinyin = block('cedict-pinyin');
  const count = simplified.count;
  const glosses = readJsonColumn(sections, 'cedict-glosses', count);
  if (traditional.count !== count || pinyin.count !== count) throw new Error('prepared CC-CEDICT is inconsistent');
  const heads: CedictHead[] = [];
  for (let i = 0; i < count; i++)
    heads.push({ traditional: traditional.get(i), simplified: simplified.get(i), pinyin: pinyin.get(i), glossesAt: i });
  return {
    heads,
    entry(head) {
      const meanings = glosses(head.glossesAt) as string[] | null;
      return meanings === null ? null : { traditional: head.traditional, simplified: head.simplified, meanings };
    },
  };
}

/** One JSON value per entry, as UTF-8 bytes and offsets. */
class JsonColumn {
  private readonly parts: Buffer[] = [];
  private readonly offsets: Uint32Array;

  constructor(count: number) {
    this.offsets = new Uint32Array(count + 1);
  }

  /** Entry i's value (entries in order; undefined: none). */
  set(i: number, value: unknown): void {
    const bytes = value === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(value));
    this.parts.push(bytes);
    this.offsets[i + 1] = this.offsets[i]! + bytes.byteLength;
  }

  sections(name: string): Array<[string, Uint8Array]> {
    return [
      [name, Buffer.concat(this.parts)],
      [`${name}-offsets`, concatTyped([Uint32Array.of(this.offsets.length - 1), this.offsets])],
    ];
  }
}

/** Entry i's value, parsed when asked for; null for none. */
function readJsonColumn(sections: Sections, name: string, count: number): (i: number) => unknown {
  const bytes = sections.get(name);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const read = typedReader(sections.get(`${name}-offsets`), name, 1, ([n = 0]) => 4 + (n + 1) * 4);
  const offsets = read.u32(count + 1);
  if (read.header[0] !== count || offsets[count] !== text.byteLength) throw new Error(`prepared ${name} are inconsistent`);
  return (i) => (offsets[i] === offsets[i + 1] ? null : JSON.parse(text.toString('utf8', offsets[i], offsets[i + 1])));
}
