import { type Locale, say } from './locale.js';

// /date over documents none of which has dated entries (a server's rules, a manual, a feature):
// it has nothing to list, whatever is typed. Said plainly, with what to use instead, rather than
// suggesting days (the starting chronicle's 3月18日) that it would answer "no entries" to.

/** What /date lists, that no loaded document has any, and what to use instead. */
export function noDatedEntries(locale: Locale): string {
  return say(
    locale,
    '/date 按日期列出文档中带日期的条目，但已载入的文档都没有带日期的条目。要找正文中写到的日期或事情，请用 /search 或 /ask。',
    '/date lists the dated entries of the documents, but no loaded document has dated entries. To find a date or anything the text writes, use /search or /ask.',
  );
}
