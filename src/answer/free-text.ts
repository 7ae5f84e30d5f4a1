import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { formatDateZh } from '../query/date-format.js';
import { simplifiedVariants } from '../text/normalize.js';
import { errorAnswer, pagedAnswer, pagedAnswerOf } from './answer-shape.js';
import { digitStrippedTitles } from './citation.js';
import { answerWholeDay, wholeDayAsked } from './day-question.js';
import { keywordSuggestion } from './keyword-suggestion.js';
import { passageItem } from './passage-item.js';
import { analyzeQuery, PUNCTUATION_OR_SPACE, type QueryAnalysis } from './query-analysis.js';
import { asksForFigures } from './question-intent.js';
import { type RankedPassage, type RankMode, rankPassages } from './ranked-search.js';
import { answerWholeSections, wholeSectionsAsked } from './section-question.js';
import { validateQuery } from './validate-query.js';

// /ask and /search differ only in wording and in how much an exact phrase counts.

const WORDING: Record<RankMode, { what: string; example: string }> = {
  ask: { what: '问题', example: '/ask 谁和古特雷斯通了电话' },
  search: { what: '关键词', example: '/search 健康丝绸之路' },
};

/** When a figure is asked for and a digit-stripped copy answers, say so: never guess digits. */
function strippedDigitsNotice(services: Services, query: string, docIds: Set<string>): string | null {
  if (!asksForFigures(query)) return null;
  const titles = digitStrippedTitles(services.library, docIds);
  return titles ? `注意：${titles}的副本丢失了所有数字（如“年月日”“亿人次”），数字和日期无法从中查到，也不会被猜测补全。` : null;
}

/** Kana or Hangul: the bot reads Chinese and English only, so such a question is matched by its Chinese characters alone. */
const JAPANESE_OR_KOREAN = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function languageNotice(query: string): string | null {
  return JAPANESE_OR_KOREAN.test(query)
    ? '注意：目前只支持中文（简体或繁体）和英文；日文假名、韩文无法理解，结果只按其中的汉字查找。'
    : null;
}

/** English words the lexicon could not map: the results rest on the question's other words only. */
function unknownEnglishNotice(unknown: readonly string[]): string | null {
  return unknown.length ? `注意：没有理解这些英文词：${unknown.join(', ')}；结果只按问题的其余部分查找。` : null;
}

/**
 * /search falls back to plain substring matching when the index has nothing: a single character
 * (疫) or a string jieba cuts unlike the corpus is still found wherever it is written.
 */
function substringMatches(services: Services, phrases: string[]): RankedPassage[] {
  if (!phrases.length) return [];
  return services.library.allPassages
    .filter((passage) => phrases.every((p) => services.library.matchText(passage).includes(p)))
    .map((passage) => ({ passage, score: 1, terms: phrases }));
}

/** Share of all sentences from which a one-character search is too common to mean anything on its own. */
const BROAD_SHARE = 0.1;

/** A one-character search written in a large share of the sentences (的, 国): say so, and what would narrow it. */
function tooBroad(services: Services, query: string, found: number): string | null {
  const all = services.library.allPassages.length;
  if ([...query].length !== 1 || found < all * BROAD_SHARE) return null;
  return `“${query}”出现在 ${found} 句中（全部句子的 ${Math.round((100 * found) / all)}%），单独搜索它会列出大量句子；请用更具体的词或短语，例如 /search 健康丝绸之路`;
}

/** Whether some sentence writes the day (3月18日 as the corpus writes days): a scan, on the rare question about a day without entries. */
function dayWritten(services: Services, day: string): boolean {
  const written = formatDateZh(day, Number(day.slice(0, 4)));
  return services.library.allPassages.some((passage) => services.library.matchText(passage).includes(written));
}

/**
 * Keywords no result contains as typed (/search 七亿元 finds 亿元, never 七亿元): said, so that a
 * reader checking a figure or a name does not take the results for matches of it.
 */
function unmatchedPhrasesNotice(query: string, ranked: readonly RankedPassage[]): string | null {
  const found = new Set(ranked.flatMap((r) => r.terms));
  // Each keyword with its other written forms (義大利, 义大利, 意大利: simplifiedVariants), by position.
  const variants = simplifiedVariants(query.trim()).map((v) => v.split(PUNCTUATION_OR_SPACE).filter(Boolean));
  const [typed] = variants;
  if (!typed || variants.some((v) => v.length !== typed.length)) return null;
  const missing = typed.filter(
    // English keywords are searched through their translations: only Chinese ones are checked as typed.
    (keyword, k) => [...keyword].length > 1 && !/[A-Za-z]/u.test(keyword) && !variants.some((v) => found.has(v[k]!)),
  );
  return missing.length ? `注意：没有句子包含${missing.map((p) => `“${p}”`).join('、')}；以下结果只包含其中的部分词语。` : null;
}

/** For a question /ask could not answer: a /search of its words the documents write, when one finds something. */
function askSuggestions(services: Services, analysis: QueryAnalysis): string[] {
  const search = keywordSuggestion(services, analysis);
  return search ? [`用文档里出现的词搜索：${search}`, '或换一种说法提问'] : ['换一种说法，或用更短的关键词：/search 关键词'];
}

export function answerFreeText(services: Services, request: AnswerRequest, mode: RankMode): Answer {
  const { what, example } = WORDING[mode];
  const invalid = validateQuery(request.query, what, example);
  if (invalid) return errorAnswer(request, invalid);
  const day = mode === 'ask' ? wholeDayAsked(services, request.query) : null;
  // A day no entry stands under may still be written in the documents' text (a plain document's
  // "2023年4月12日，…"): then its sentences are ranked as for any question.
  if (day && (services.library.entriesOn(day).length > 0 || !dayWritten(services, day))) return answerWholeDay(services, request, day);
  const sections = mode === 'ask' ? wholeSectionsAsked(services, request.query) : null;
  if (sections) return answerWholeSections(services, request, sections);
  const analysis = analyzeQuery(services, request.query.trim());
  let ranked = rankPassages(services, analysis, mode);
  let broad: string | null = null;
  if (!ranked.length && mode === 'search') {
    ranked = substringMatches(services, analysis.phrases);
    broad = tooBroad(services, request.query.trim(), ranked.length);
  }
  if (!ranked.length) {
    const unknown = analysis.unknownEnglish.length
      ? `（无法理解的英文词：${analysis.unknownEnglish.join(', ')}）`
      : JAPANESE_OR_KOREAN.test(request.query)
        ? '（目前只支持中文和英文，日文假名、韩文无法理解）'
        : '';
    // A day typed as a search ("3月18日") is found by /date, which lists that day's entries.
    const day = analysis.dates[0];
    const dateHint = day ? [`/date ${formatDateZh(day, services.defaultYear)}`] : [];
    return pagedAnswer(request, [], {
      message: `没有找到与“${request.query.trim()}”相关的句子${unknown}。${day ? '按日期查看纪实条目请用 /date。' : ''}`,
      suggestions: [
        ...dateHint,
        ...(mode === 'ask' ? askSuggestions(services, analysis) : ['用更少或更短的关键词', '用 /ask 提一个完整的问题']),
      ],
    });
  }
  // The copies the notice is about: those answering first, and any the question names (白皮书里…多少).
  const shownDocs = new Set([...ranked.slice(0, 3).map((r) => r.passage.docId), ...analysis.docIds]);
  // The numbers of a day the question names ("March 10 and 12") are that day, not a quantity:
  // they are not highlighted in "10个南太平洋岛国".
  const notDayNumber = (term: string) => !analysis.dates.length || !/^\d+$/.test(term);
  return pagedAnswerOf(
    request,
    ranked,
    (r) => passageItem(services, r.passage, r.score, [...analysis.words, ...r.terms].filter(notDayNumber)),
    {
      message:
        [
          broad,
          mode === 'search' ? unmatchedPhrasesNotice(request.query, ranked) : null,
          languageNotice(request.query),
          unknownEnglishNotice(analysis.unknownEnglish),
          strippedDigitsNotice(services, request.query, shownDocs),
        ]
          .filter(Boolean)
          .join('\n') || null,
    },
  );
}
