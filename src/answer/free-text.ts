import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { errorAnswer, pagedAnswer, pagedAnswerOf } from './answer-shape.js';
import { passageItem } from './passage-item.js';
import { analyzeQuery } from './query-analysis.js';
import { rankPassages, type RankMode, type RankedPassage } from './ranked-search.js';
import { validateQuery } from './validate-query.js';

// /ask and /search differ only in wording and in how much an exact phrase counts.

const WORDING: Record<RankMode, { what: string; example: string }> = {
  ask: { what: '问题', example: '/ask 谁和古特雷斯通了电话' },
  search: { what: '关键词', example: '/search 健康丝绸之路' },
};

/** Questions about figures or days, which a digit-stripped copy cannot answer. */
const ASKS_FOR_FIGURES = /多少|几|何时|什么时候|哪天|哪一天|哪年|日期|数字|数量|比例|\d|how many|how much|when|what date|number/i;

/** When a figure is asked for and a digit-stripped copy answers, say so: never guess digits. */
function strippedDigitsNotice(services: Services, query: string, docIds: Set<string>): string | null {
  if (!ASKS_FOR_FIGURES.test(query)) return null;
  const stripped = [...docIds].map((id) => services.library.doc(id)?.meta).filter((m) => m?.digitsStripped);
  if (!stripped.length) return null;
  return `注意：《${stripped.map((m) => m!.title).join('》《')}》的副本丢失了所有数字（如“年月日”“亿人次”），数字和日期无法从中查到，也不会被猜测补全。`;
}

/**
 * /search falls back to plain substring matching when the index has nothing: a single character
 * (疫) or a string jieba cuts unlike the corpus is still found wherever it is written.
 */
function substringMatches(services: Services, phrases: string[]): RankedPassage[] {
  const wanted = phrases.filter((p) => [...p].length >= 1);
  if (!wanted.length) return [];
  return services.library.allPassages
    .filter((passage) => wanted.every((p) => services.library.matchText(passage).includes(p)))
    .map((passage) => ({ passage, score: 1, terms: wanted }));
}

export function answerFreeText(services: Services, request: AnswerRequest, mode: RankMode): Answer {
  const { what, example } = WORDING[mode];
  const invalid = validateQuery(request.query, what, example);
  if (invalid) return errorAnswer(request, invalid);
  const analysis = analyzeQuery(services, request.query.trim());
  let ranked = rankPassages(services, analysis, mode);
  if (!ranked.length && mode === 'search') ranked = substringMatches(services, analysis.phrases);
  if (!ranked.length) {
    const unknown = analysis.unknownEnglish.length ? `（无法理解的英文词：${analysis.unknownEnglish.join(', ')}）` : '';
    return pagedAnswer(request, [], {
      message: `没有找到与“${request.query.trim()}”相关的句子${unknown}。`,
      suggestions: mode === 'ask' ? ['换一种说法，或用更短的关键词：/search 关键词'] : ['试试更少或更短的关键词', '用 /ask 提一个完整的问题'],
    });
  }
  const shownDocs = new Set(ranked.slice(0, 3).map((r) => r.passage.docId));
  return pagedAnswerOf(request, ranked, (r) => passageItem(services, r.passage, r.score, [...analysis.words, ...r.terms]), {
    message: strippedDigitsNotice(services, request.query, shownDocs),
  });
}
