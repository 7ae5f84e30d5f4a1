import type { CedictData, CedictHead } from './cedict-source.js';
import { sensesOf } from './gloss-synonyms.js';

// One word spelled with either of two characters (蛋挞 and 蛋塔, "egg tart": Hong Kong's 撻 and
// Taiwan's 塔), learned from CC-CEDICT instead of listed pair by pair: two headwords the documents
// both write, read alike (tones aside: dan4 ta4, dan4 ta3), one character apart,
// glossed with the same senses, the characters apart sharing one (塔 and 撻: "tart").
// A search of either finds both; /search 蛋塔 found only the sentence writing 蛋塔. Words the
// documents never write are gloss-synonyms.ts's.

const HEADWORD = /^\p{Script=Han}{2,4}$/u;

/** Where two words of one length differ when in exactly one character, else -1. */
function apartAt(a: string, b: string): number {
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

const sensesOfHead = (cedict: CedictData, head: CedictHead): Set<string> => new Set((cedict.entry(head)?.meanings ?? []).flatMap(sensesOf));

/** Each of `characters`' senses, over all its entries (塔: pagoda, tower, tart…). */
function sensesOfCharacters(cedict: CedictData, characters: ReadonlySet<string>): Map<string, Set<string>> {
  const senses = new Map<string, Set<string>>();
  if (!characters.size) return senses;
  for (const head of cedict.heads) {
    if (!characters.has(head.simplified)) continue;
    const known = senses.get(head.simplified) ?? new Set<string>();
    for (const sense of sensesOfHead(cedict, head)) known.add(sense);
    senses.set(head.simplified, known);
  }
  return senses;
}

/**
 * Whether two words mean the same: every sense of each is one of the other's. Sharing one sense
 * was too little: 受到/收到 ("to receive"), 回复/恢复 ("to recover") are different words.
 */
const sameSenses = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size > 0 && a.size === b.size && [...a].every((sense) => b.has(sense));

/** Per word the documents write, the other spellings of it they write too. */
export function spellingVariants(cedict: CedictData, written: (word: string) => boolean): Record<string, string[]> {
  const alike = new Map<string, CedictHead[]>();
  for (const head of cedict.heads) {
    const word = head.simplified;
    if (!HEADWORD.test(word) || !written(word)) continue;
    const key = `${word.length}:${head.pinyin.toLowerCase().replace(/\d/gu, '')}`;
    const heads = alike.get(key);
    if (heads) heads.push(head);
    else alike.set(key, [head]);
  }
  const pairs: [string, string, number][] = [];
  for (const heads of alike.values()) {
    if (heads.length < 2) continue;
    const senses = heads.map((head) => sensesOfHead(cedict, head));
    for (let i = 0; i < heads.length; i++)
      for (let j = i + 1; j < heads.length; j++) {
        const [a, b] = [heads[i]!.simplified, heads[j]!.simplified];
        const at = apartAt(a, b);
        if (at >= 0 && sameSenses(senses[i]!, senses[j]!)) pairs.push([a, b, at]);
      }
  }
  // The characters apart must share a sense too (塔 and 撻 "tart"): 实验 and 试验 are glossed alike,
  // but 实 is no 试.
  const characterSenses = sensesOfCharacters(cedict, new Set(pairs.flatMap(([a, b, at]) => [a[at]!, b[at]!])));
  const variants: Record<string, string[]> = {};
  const add = (word: string, other: string) => {
    const list = variants[word] ?? [];
    if (!list.includes(other)) list.push(other);
    variants[word] = list;
  };
  for (const [a, b, at] of pairs) {
    const [first, second] = [characterSenses.get(a[at]!), characterSenses.get(b[at]!)];
    if (!first || !second || ![...first].some((sense) => second.has(sense))) continue;
    add(a, b);
    add(b, a);
  }
  return variants;
}
