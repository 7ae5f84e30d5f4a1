import { toSimplified } from '../text/normalize.js';

// "甲方是谁", "什么是居间方", "乙方叫什么名字": a question asking what a term stands for is answered by
// the sentence defining it (出租方（以下简称甲方）：周慧琳; 本合同所称居间方，是指…), which a contract,
// a manual or a glossary writes once, while every clause naming the term shares as many of the
// question's words and ranks with it (the definition of 甲方 ranked 12th among 25 clauses naming
// 甲方). Such sentences are listed first, as a rule, not a weight: no open question asks one, so
// none could be fitted.

const ASKS_DEFINITION =
  /^(\p{Script=Han}{1,8}?)(?:到底|究竟)?(?:是谁|是什么|指什么|是指什么|指的是什么|叫什么|是哪位|是哪个|是哪家)|^什么(?:是|叫)(\p{Script=Han}{1,8})$/u;

/** The term a question asks the meaning or the holder of, or null. */
export function definedTerm(question: string): string | null {
  const match = ASKS_DEFINITION.exec(toSimplified(question).replace(/[\s，。？?！!]+$/u, ''));
  return match?.[1] ?? match?.[2] ?? null;
}

/** Whether a sentence defines `term`: names something as short for it (以下简称甲方), says what it means (居间方是指), or labels it (甲方：…). */
export function definesTerm(term: string): (sentence: string) => boolean {
  const defining = new RegExp(`(?:简称|下称|以下称|统称)[“"「『]?${term}|${term}[”"」』]?[，,]?(?:是指|系指|指的是)|^${term}[：:]`, 'u');
  return (sentence) => defining.test(toSimplified(sentence));
}
