import type { Services } from '../core/services.js';
import { toSimplified } from '../text/normalize.js';
import type { QueryAnalysis } from './query-analysis.js';
import type { RankedPassage } from './ranked-passage.js';
import { sentencesWriting } from './written-in-corpus.js';

// "桥有多宽", "塔高多少", "这座桥有多长": a question asking a measure (width, height, length, depth,
// thickness, distance, weight, area) wants the sentence giving that measure of what it names: its
// dimension's word beside a value in a unit (廣一丈六尺, 宽约5.1米, 高三丈有奇, 长二十八丈). What it
// names is often one character (桥, 塔), which the index does not hold, and the measure is asked by
// question words ranking drops: the question found nothing. The few sentences writing what it names
// and a value of the dimension asked are listed first, the ranked ones after them.

const NUMERAL = '\\d.０-９〇零一二三四五六七八九十百千万两廿卅半';
const LENGTH = '丈|尺|寸|里|公里|千米|米|厘米|毫米|公尺|英尺|英寸|码|km|cm|mm|m|ft';
const WEIGHT = '吨|公斤|千克|斤|两|克|kg|g';
const AREA = '平方公里|平方千米|平方米|平方|亩|公顷|顷|㎡|m2';

interface Dimension {
  /** The question words asking it (多宽, 宽度). */
  asked: RegExp;
  /** The words a sentence writes it with (classical 广 for width). */
  written: string;
  units: string;
}

/** 多宽, 宽度, 宽多少 (宽是多少, 宽有多少) of a dimension's character; not after `not` (增长多少 asks growth). */
const askedBy = (character: string, not = '') =>
  new RegExp(`多${character}|${character}度|${not ? `(?<![${not}])` : ''}${character}(?:是|有|为|約|约)?多少`, 'u');

const DIMENSIONS: readonly Dimension[] = [
  { asked: /多宽|多阔|宽度|宽(?:是|有|为|约)?多少|有多广/u, written: '宽|广|阔', units: LENGTH },
  { asked: askedBy('高', '提升增拔调抬'), written: '高', units: LENGTH },
  // 多长 of time (多长时间) asks a duration.
  { asked: /多长(?!时间|时候|日子)|长度|(?<![增成延生涨助])长(?:是|有|为|约)?多少/u, written: '长|全长', units: LENGTH },
  { asked: askedBy('深', '加'), written: '深', units: LENGTH },
  { asked: askedBy('厚'), written: '厚', units: LENGTH },
  { asked: /多远|距离多少|相距/u, written: '距|远|离', units: LENGTH },
  // 多重 asking a weight closes its clause (有多重, 多重呢); running on it is 多重要 (how important) or 多重的 (multiple).
  { asked: /多重(?=$|[\p{P}\s呢啊呀吗嘛哦])|重量/u, written: '重|净重|毛重', units: WEIGHT },
  { asked: /面积|占地多/u, written: '面积|占地', units: AREA },
];

/** A value of the dimension: its word, a few characters at most (约, 为, 达), a number, a unit. */
const valueWritten = (d: Dimension) => new RegExp(`(?:${d.written})[^，。；！？、\\s]{0,3}?[${NUMERAL}]+(?:${d.units})`, 'u');
const VALUES = new Map(DIMENSIONS.map((d) => [d, valueWritten(d)]));

/** At most this many: more sentences giving such a value say the question names too little. */
const FEW = 10;

/** The dimension a question asks, or null. */
export function dimensionAsked(question: string): Dimension | null {
  const folded = toSimplified(question);
  return DIMENSIONS.find((d) => d.asked.test(folded)) ?? null;
}

/**
 * The sentences giving the asked measure of what the question names (writing most of its other
 * words), first, then the rest of `ranked`; `ranked` itself when the question asks no measure or
 * names nothing.
 */
export function measuresFirst(
  services: Services,
  analysis: QueryAnalysis,
  ranked: readonly RankedPassage[],
  meets: ((matchText: string) => boolean) | null,
): readonly RankedPassage[] {
  const dimension = dimensionAsked(analysis.question);
  if (!dimension) return ranked;
  const dimensionWords = new Set(dimension.written.split('|'));
  // A word ending in a dimension's character (塔高, 桥长: jieba's) names the thing (塔, 桥); the characters
  // of a dimension's word are no dimension (基地 is no 基 beside 占地, nor 路面 a 路 beside 面积).
  const thing = (word: string) => (word.length > 1 && dimensionWords.has(word.slice(-1)) ? word.slice(0, -1) : word);
  const named = [...new Set(analysis.words.map(thing).filter((w) => !dimensionWords.has(w) && !/^[\p{P}\s\d]*$/u.test(w)))];
  if (!named.length) return ranked;
  const value = VALUES.get(dimension)!;
  const { library } = services;
  const counted = (words: readonly string[]) => {
    const byCount = new Map<number, number>();
    for (const word of words)
      for (const n of sentencesWriting(library, word)) {
        const text = library.matchTextAt(n);
        if (value.test(text) && (!meets || meets(text))) byCount.set(n, (byCount.get(n) ?? 0) + 1);
      }
    return byCount;
  };
  // A name no sentence giving the value writes (广济桥) by its last character, the thing it is (桥).
  const found = counted(named);
  const byCount = found.size ? found : counted([...new Set(named.map((w) => w.slice(-1)).filter((c) => /\p{Script=Han}/u.test(c)))]);
  const most = Math.max(0, ...byCount.values());
  const giving = [...byCount]
    .filter(([, count]) => count === most)
    .map(([n]) => n)
    .sort((a, b) => a - b);
  if (!giving.length || giving.length > FEW) return ranked;
  const place = new Map(ranked.map((r, i) => [r.passage.id, i]));
  const passages = giving
    .map((n) => services.index.numbers.passages[n]!)
    .sort((a, b) => (place.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (place.get(b.id) ?? Number.MAX_SAFE_INTEGER));
  const first = new Set(passages.map((p) => p.id));
  const top = ranked[0]?.score ?? 1;
  return [
    ...passages.map((passage) => ({ passage, score: top, terms: named.filter((w) => library.matchText(passage).includes(w)) })),
    ...ranked.filter((r) => !first.has(r.passage.id)),
  ];
}
