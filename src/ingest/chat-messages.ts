import { graphemes } from '../text/graphemes.js';
import { headingDay } from './dated-sections.js';
import { headerLines, type PostHeader } from './forum-posts.js';

// A group chat exported as text writes each message on a line opening with its day, time and
// speaker (`2026-03-14 20:31 王阿姨🌸：各位邻居晚上好…`), its further lines (a pasted notice) under it
// until the next stamped line. Read as prose, messages not ending in 。 ran into the next line,
// across speakers and days, and the stamp was no date. A message is a post of the chat
// (forum-posts.ts): a part of its own, cited by its stamp and speaker, an entry of its day, its
// stamp no sentence. A line the chat itself writes (“Lily”撤回了一条消息) is a message of no one.

/** The stamp opening a message's line: its day (ISO, or 2026年3月14日) and time, then what follows. */
const STAMPED = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s+(\d{1,2}:\d{2}(?::\d{2})?)\s+(\S.*)$/u;
/** The speaker before the first colon; a speaker's name this long or holding sentence punctuation is the message's text. */
const SPEAKER = /^([^：:]{1,40}?)\s*[：:]\s*/u;
const MAX_NAME = 24;
const SENTENCE_MARKS = /[，。！？；,!?;“”"]/u;
/** The rule a chat client writes between a quoted message and the reply (- - - - -). */
const QUOTE_RULE = /^(?:-\s*){3,}$/u;

/** A message's stamp and speaker as read from its line, and the text after them. */
export interface ChatMessage {
  header: PostHeader;
  /** The stamp and speaker as written (2026-03-14 20:31 王阿姨🌸): the message's part is named by it. */
  label: string;
  text: string;
}

/** The message a line opens, or null. */
export function chatMessage(line: string, year: number | null): ChatMessage | null {
  const stamped = STAMPED.exec(line.trim());
  if (!stamped) return null;
  const [, written, time, rest] = stamped as unknown as [string, string, string, string];
  const day = headingDay(written, year);
  const speaker = SPEAKER.exec(rest);
  const name = speaker?.[1]?.trim() ?? '';
  const said = name && graphemes(name).length <= MAX_NAME && !SENTENCE_MARKS.test(name);
  const author = said ? name : '';
  const stamp = `${written} ${time}`;
  return {
    header: { floor: '', number: null, author, marked: false, date: day && 'date' in day ? day.date : null, time },
    label: author ? `${stamp} ${author}` : stamp,
    text: said && speaker ? rest.slice(speaker[0].length) : rest,
  };
}

/** The messages of a document's lines by line index: none unless it is a chat (as many as a thread's posts). */
export const chatMessages = (lines: readonly string[], year: number | null): Map<number, ChatMessage> =>
  headerLines(lines, (line) => chatMessage(line, year), 2000);

/** Whether a line of a message is the rule under a quote, which says nothing. */
export const isQuoteRule = (line: string): boolean => QUOTE_RULE.test(line.trim());
