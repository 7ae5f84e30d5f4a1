import { MAX_QUERY_LENGTH } from './validate-query.js';

// A /search of Chinese keywords and nothing else (健康丝绸之路, 口罩 捐赠): CJK ideographs, one space
// between keywords, none around them. Most searches are such, and none of the readings other kinds
// of query call for can apply to one: Discord markup, a timestamp or an invisible character to take
// out, a length over the limit, operators or quotes, a name joined by a dash, a quantity, an amount,
// an address, a Latin word or kana. Each of those was a few microseconds a search, more with the
// caches cold between a bot's queries; their tests need a Latin letter, a digit or a symbol, which
// such a query has none of, so the answer is the same without them (test/answer/plain-keywords.test.ts
// compares both ways over the corpus's words). Dates, months, relative days, speakers and headings
// named are still read: they are written in Chinese characters too.

const PLAIN_KEYWORDS = /^[\u4E00-\u9FFF]+(?: [\u4E00-\u9FFF]+)*$/u;

/** Whether a query is Chinese keywords alone, in the form above. */
export const isPlainKeywords = (query: string): boolean => query.length <= MAX_QUERY_LENGTH && PLAIN_KEYWORDS.test(query);
