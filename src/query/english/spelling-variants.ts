import type { CedictData, CedictHead } from './cedict-source.js';
import { sensesOf } from './gloss-synonyms.js';

// One word spelled with either of two characters (蛋挞 and 蛋塔, "egg tart": Hong Kong's 撻 and
// Taiwan's 塔), learned from CC-CEDICT instead of listed pair by pair: two headwords the documents
// both write, read alike (tones aside: dan4 ta4, dan4 ta3), one character apart and sharing a sense.
// A search of either finds both; /search 蛋塔 found only the sentence writing 蛋塔. Words the
// documents never write are gloss-synonyms.ts's.

const HEADWORD = /^\p{Script=Han}{2,4}$/u;

/** Whether two words of one length differ in exactly one character. */
function oneApart(a: string, b: string): boolean {
  let apart = 0;
  for (let i = 0; i < a.length && apart < 2; i++) if (a[i] !== b[i]) apart++;
  return apart === 1;
}

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
  const variants: Record<string, string[]> = {};
  const add = (word: string, other: string) => {
    const list = (variants[word] ??= []);
    if (!list.includes(other)) list.push(other);
  };
  for (const heads of alike.values()) {
    if (heads.length < 2) continue;
    const senses = heads.map((head) => new Set((cedict.entry(head)?.meanings ?? []).flatMap(sensesOf)));
    for (let i = 0; i < heads.length; i++)
      for (let j = i + 1; j < heads.length; j++) {
        const [a, b] = [heads[i]!.simplified, heads[j]!.simplified];
        if (!oneApart(a, b) || ![...senses[i]!].some((sense) => senses[j]!.has(sense))) continue;
        add(a, b);
        add(b, a);
      }
  }
  return variants;
}
