import type { Services } from '../core/services.js';
import { GENERIC_QUESTION_WORDS } from './generic-question-words.js';

// What a question says besides what it names (days, a month, floors, speakers) asks nothing more:
// the question is a listing in other words. Shared by the questions about a day, a month, a year,
// the newest entry, named days, posts and turns; in a file of its own so that none of them imports
// another's answer for it (day-question.ts → date.ts → latest-question.ts was an import cycle).

/** Words that join the days named ("3月24日和25日", "March 24 and 25"). */
const JOINING_WORDS: ReadonlySet<string> = new Set(['和', '与', '及', '以及', '还有', '跟', 'and', 'or']);

/** Whether what a question says besides what it names asks nothing ("发生了什么", "what happened on"): its words are all `generic`. */
export function asksNothingMore(services: Services, rest: string, generic: ReadonlySet<string> = GENERIC_QUESTION_WORDS): boolean {
  const english = services.english(rest);
  const chinese = services.tokenizer.tokenize(rest).words;
  const unknownEnglish = english?.unknown ?? [];
  const words = [...chinese, ...(english?.terms ?? []), ...unknownEnglish.map((w) => w.toLowerCase())];
  return words.every((w) => generic.has(w.toLowerCase()) || JOINING_WORDS.has(w.toLowerCase()) || /^[\p{P}\p{S}\s]*$/u.test(w));
}
