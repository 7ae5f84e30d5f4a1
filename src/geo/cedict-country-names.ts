// Country names CC-CEDICT knows beyond the ISO ones: Taiwan transliterations written in either
// script (肯亚, 赛普勒斯), short names (大马, 白俄) and former names (锡兰). A user types these; the
// ISO list and OpenCC's conversion do not produce them (OpenCC turns 肯尼亚 into 肯亞, but a
// mainland keyboard writes 肯亚, and nothing produces 马尔他 or 星洲).
//
// Only an entry whose main sense is a country's English name counts, so a headword that names a
// country in a secondary sense (中 "China" after "middle") never becomes that country.
import type { CedictData } from '../query/english/cedict-source.js';

const TAG = String.raw`\((?:Tw|Taiwan|HK|Hong Kong)\)`;
/** "(Tw) Kenya", "Kenya (Tw)", "Papua New Guinea (abbr. for …)": the sense is the country itself. */
const PLAIN = new RegExp(String.raw`^(?:${TAG}\s*)?([A-Z][A-Za-z .'-]*?)(?:\s*(?:${TAG}|\(abbr\. (?:for|to) [^)]*\)))?$`);
/** "Siam (former name of Thailand)": an older name of a country. */
const FORMER = /^[A-Z][A-Za-z .'-]*? \((?:former|old) name (?:of|for) ([A-Z][A-Za-z .'-]*)\)$/;

/**
 * Extra Simplified and Traditional names per ISO code, from the entries whose main sense is one
 * of `codeOf`'s English names (`codeOf` maps a lower-case English name to its code).
 * One-character headwords are left out: 意, 法, 德 name countries only inside words.
 */
export function cedictCountryNames(cedict: CedictData, codeOf: ReadonlyMap<string, string>): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const head of cedict.heads) {
    if ([...head.simplified].length < 2) continue;
    const first = cedict.entry(head)?.meanings[0]?.trim();
    if (first === undefined) continue;
    const english = PLAIN.exec(first)?.[1] ?? FORMER.exec(first)?.[1];
    const code = english === undefined ? undefined : codeOf.get(english.toLowerCase());
    if (code === undefined) continue;
    const list = names.get(code) ?? [];
    list.push(head.simplified, head.traditional);
    names.set(code, list);
  }
  return names;
}
