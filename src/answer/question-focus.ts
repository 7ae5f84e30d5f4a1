// Where a question puts what it asks. Questions restate the event they are about first and ask
// about it last: "李文亮的事调查完之后，武汉警方怎么处理那份训诫书？", "习近平和沙特国王通电话时
// 是怎么说病毒的？". The event's words also match the sentence announcing the event; the words of
// the last clause are what tell the answer sentence apart, so they weigh more in ranking.

/** Clause boundaries after which the asked part starts: punctuation, or 时/时候/里/之后/以后
 * (not inside 什么时候, 同时, 哪里…). */
const BOUNDARY = /[，,；;：:]|的时候|(?<!什么)时候|之后|以后|(?<![同及当小何那此随适按准暂临])时(?!候)|(?<![哪这那公])里/g;

/** "TOPIC 是 哪个/什么/谁… PREDICATE": the copula splits what is known from what is asked. */
const COPULA_QUESTION = /是(?=哪|什么|谁|多少|几|怎么|怎样|如何|何)/;

/** The asked part of a question, or null when it has no separate event part. */
export function questionFocus(question: string): string | null {
  return clauseFocus(question) ?? copulaFocus(question);
}

function copulaFocus(question: string): string | null {
  const m = COPULA_QUESTION.exec(question);
  if (!m || (m.index ?? 0) < 2) return null;
  const focus = question.slice((m.index ?? 0) + 1).trim();
  return [...focus.replace(/[\p{P}\s]/gu, '')].length >= 3 ? focus : null;
}

function clauseFocus(question: string): string | null {
  let last = -1;
  let length = 0;
  for (const m of question.matchAll(BOUNDARY)) {
    last = m.index ?? -1;
    length = m[0].length;
  }
  if (last <= 0) return null;
  const focus = question.slice(last + length).trim();
  const event = question.slice(0, last).trim();
  // Both parts must say something; a trailing fragment ("…的时候？") is no focus.
  return [...focus.replace(/[\p{P}\s]/gu, '')].length >= 2 && [...event].length >= 2 ? focus : null;
}
