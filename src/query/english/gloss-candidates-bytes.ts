// Gloss candidates (gloss-synonyms.ts) as prepared once per install (index/prepared-dictionaries.ts).
import type { Sections } from '../../index/byte-sections.js';
import { stringBlockBytes, stringBlockFromBytes } from '../../index/string-block.js';
import { concatTyped, typedReader } from '../../index/typed-bytes.js';
import type { GlossCandidates } from './gloss-synonyms.js';

export function glossCandidatesSections(candidates: GlossCandidates): Map<string, Uint8Array> {
  const { words, offsets, others } = candidates;
  return new Map([
    ['gloss-words', stringBlockBytes(words)],
    ['gloss-candidates', concatTyped([Uint32Array.of(words.length, others.length), offsets, others])],
  ]);
}

export function glossCandidatesFromSections(sections: Sections): GlossCandidates {
  const block = stringBlockFromBytes(sections.get('gloss-words'), 'gloss words');
  const size = ([words = 0, others = 0]: number[]) => 8 + (words + 1) * 4 + others * 4;
  const read = typedReader(sections.get('gloss-candidates'), 'gloss candidates', 2, size);
  const [count = 0, total = 0] = read.header;
  const offsets = read.u32(count + 1);
  const others = read.u32(total);
  if (count !== block.count || offsets[count] !== total || others.some((o) => o >= count))
    throw new Error('prepared gloss candidates are inconsistent');
  return { words: Array.from({ length: count }, (_, i) => block.get(i)), offsets, others };
}
