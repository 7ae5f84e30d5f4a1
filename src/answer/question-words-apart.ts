// A question word glued to what it asks about is cut with it: jieba reads 多少米 as 多 / 少米 and
// 是多长 keeps 多长, so "1锚是多少米" asked for 少米, a word no document writes, which made the
// question look unanswerable. Set apart before segmenting, a question word is cut alone (and
// dropped as the stop word it is), and what it asks about (米) is cut on its own.

/**
 * Question words asking how much, how long, what for. Not after 许/很/众/诸/较/更/最/大: 许多长期 and
 * 很多少年 hold 多长 and 多少 across their own words.
 */
const WORDS = ['多少', '多长', '多久', '多大', '多高', '多远', '多重', '多宽', '多深', '多厚', '干什么', '干嘛', '做什么'];
const QUESTION_WORD = new RegExp(`(?<![许很众诸较更最大])(?:${WORDS.join('|')})`, 'gu');
/** 有 before one (桥有多宽): jieba knows 桥有 as a word, and the question asked for it. */
const HAS_BEFORE = new RegExp(`有(?=(?:${WORDS.join('|')}))`, 'gu');

/** `text` with its question words set apart by spaces, for segmenting a question (never a document). */
export function withQuestionWordsApart(text: string): string {
  return text.replace(HAS_BEFORE, ' 有').replace(QUESTION_WORD, (word) => ` ${word} `);
}

/** Whether a word or bigram cut from a question is one of these question words (it asks, it names nothing). */
export const isQuestionWord = (term: string): boolean => WORDS.includes(term);
