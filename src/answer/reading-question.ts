import type { Services } from '../core/services.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { toSimplified } from '../text/normalize.js';
import type { RankedPassage } from './ranked-passage.js';
import { sentencesWriting } from './written-in-corpus.js';

// "圮字怎么读", "燹怎么念", "庀的读音": a question about how a character is read wants the note
// giving its reading: the character glossed in pinyin (圮（pǐ）), or by a classical reading (音X,
// 读若X, XX切). The character is one the index does not hold as a word, and 怎么读 asks nothing
// ranking reads: the question found nothing. The sentences giving the reading come first.

/** The words asking how the characters before them are read (字, 这个字 and 的 between them aside). */
const ASKING =
  /(?:这个字|這個字|字)?(?:的)?(?:怎么读|怎麼讀|怎么念|怎麼念|怎么发音|怎麼發音|读什么|讀什麼|念什么|念什麼|读作什么|讀作什麼|读音|讀音|拼音|注音)/u;
/** At most this many characters before them are taken as the asked ones. */
const LONGEST = 4;

/** Pinyin with a tone (pǐ, xiǎn) or a tone's digit (pi3), in brackets. */
const PINYIN =
  '[（(]\\s*(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ1-5])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+[1-5]?(?:\\s+[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+[1-5]?)*\\s*[）)]';
/** A classical reading: 音X, 读若X, 读如X, 读作X, or a fanqie (XX切) soon after. */
const CLASSICAL = '[，,：:]?\\s*(?:音|读若|读如|读作|读为)\\p{Script=Han}|[^。；]{0,6}\\p{Script=Han}{2}切';

/** The characters a question may ask the reading of, the fewest before its asking words first (圮 of 里圮字怎么读), or none. */
export function readingAsked(question: string): string[] {
  const folded = toSimplified(question).replace(/[\s“”"'「」‘’]/gu, '');
  const asking = ASKING.exec(folded);
  if (!asking) return [];
  const before = /\p{Script=Han}+$/u.exec(folded.slice(0, asking.index))?.[0] ?? '';
  return Array.from({ length: Math.min(LONGEST, before.length) }, (_, i) => before.slice(before.length - i - 1));
}

/** The sentences giving the reading of the characters the question asks about, first, then the rest of `ranked`. */
export function readingsFirst(services: Services, question: string, ranked: readonly RankedPassage[]): readonly RankedPassage[] {
  const { library } = services;
  // The fewest characters whose reading a sentence gives.
  let characters = '';
  let giving: readonly number[] = [];
  for (const asked of readingAsked(question)) {
    const glossed = new RegExp(`${escapeRegExp(asked)}\\s*(?:${PINYIN}|${CLASSICAL})`, 'u');
    giving = sentencesWriting(library, asked).filter((n) => glossed.test(library.matchTextAt(n)));
    characters = asked;
    if (giving.length) break;
  }
  if (!giving.length) return ranked;
  const first = giving.map((n) => services.index.numbers.passages[n]!);
  const ids = new Set(first.map((passage) => passage.id));
  const top = ranked[0]?.score ?? 1;
  return [...first.map((passage) => ({ passage, score: top, terms: [characters] })), ...ranked.filter((r) => !ids.has(r.passage.id))];
}
