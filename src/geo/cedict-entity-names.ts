// The Chinese name of a region or organisation, as CC-CEDICT gives it: the shortest headword whose
// main sense is one of the entity's English names ("World Bank" → 世界银行). regions.ts then writes
// a Chinese name only where the dictionary lacks one or words it otherwise than the corpus does
// (非盟, not 非洲联盟).
import type { CedictData } from '../query/english/cedict-source.js';

/**
 * For each wanted English name (any letter case), the Simplified headword found. A name whose
 * shortest headwords tie is left out: the dictionary does not say which one the corpus uses.
 */
export function cedictNamesByMainSense(cedict: CedictData, english: Iterable<string>): Map<string, string> {
  const wanted = new Set([...english].map((name) => name.toLowerCase()));
  const found = new Map<string, string[]>();
  for (const head of cedict.heads) {
    const sense = cedict.entry(head)?.meanings[0]?.trim().toLowerCase();
    if (sense === undefined || !wanted.has(sense)) continue;
    const shortest = found.get(sense);
    const length = [...head.simplified].length;
    const best = shortest === undefined ? Number.POSITIVE_INFINITY : [...(shortest[0] ?? '')].length;
    if (length < best) found.set(sense, [head.simplified]);
    else if (length === best && !shortest?.includes(head.simplified)) shortest?.push(head.simplified);
  }
  const names = new Map<string, string>();
  for (const [sense, heads] of found) if (heads.length === 1 && heads[0] !== undefined) names.set(sense, heads[0]);
  return names;
}
