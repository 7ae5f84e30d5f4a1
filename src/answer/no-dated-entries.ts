import { type Locale, say } from './locale.js';

// Documents none of which has dated entries (a server's rules, a manual, a feature): /date has
// nothing to list, whatever is typed. Said in one wording wherever it is said (/date's answer,
// /about, /help's line for /date), with what to use instead, rather than suggesting days (the
// starting chronicle's 3月18日) that /date would answer "no entries" to.

/** The fact itself, as every message below words it. */
const NONE_DATED = { zh: '已载入的文档都没有带日期的条目', en: 'no loaded document has dated entries' };

/** What /date lists, that no loaded document has any, and what to use instead. */
export function noDatedEntries(locale: Locale): string {
  return say(
    locale,
    `/date 按日期列出文档中带日期的条目，但${NONE_DATED.zh}。要找正文中写到的日期或事情，请用 /search 或 /ask。`,
    `/date lists the dated entries of the documents, but ${NONE_DATED.en}. To find a date or anything the text writes, use /search or /ask.`,
  );
}

/** Said beside an /ask about a day (5月3日发生了什么) over such documents: answered from the text instead. */
export function noDatedEntriesNote(locale: Locale): string {
  return say(locale, `${NONE_DATED.zh}，这个问题按正文回答。`, `${capitalized(NONE_DATED.en)}: the question is answered from the text.`);
}

const capitalized = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Said by /about (and Discord's): a user trying /date learns there why it lists nothing. */
export const NO_DATED_ENTRIES_ABOUT = {
  zh: `${NONE_DATED.zh}：/date 没有可列出的内容`,
  en: `${capitalized(NONE_DATED.en)}: /date has nothing to list`,
};

/** /help's line for /date: it names no chronicle, and says it has nothing to list. */
export const NO_DATED_ENTRIES_HELP = {
  zh: `列出某一天的全部带日期条目（${NONE_DATED.zh}）`,
  en: `every dated entry of a day (${NONE_DATED.en})`,
};
