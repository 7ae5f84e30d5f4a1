import { graphemes } from '../text/graphemes.js';
import { headingDay } from './dated-sections.js';
import { headerLines, type PostHeader } from './forum-posts.js';

// A group chat exported as text writes each message on a line opening with its day, time and
// speaker (`2026-03-14 20:31 王阿姨🌸：各位邻居晚上好…`), its further lines (a pasted notice) under it
// until the next stamped line. Read as prose, messages not ending in 。 ran into the next line,
// across speakers and days, and the stamp was no date. A message is a post of the chat
// (forum-posts.ts): a part of its own, cited by its stamp and speaker, an entry of its day, its
// stamp no sentence. A line the chat itself writes (“Lily”撤回了一条消息) is a message of no one.

/** A day (ISO, or 2026年3月14日) and a time: a message's stamp. */
const DAY = String.raw`(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)`;
const TIME = String.raw`(\d{1,2}:\d{2}(?::\d{2})?)`;
/** The stamp opening a message's line, then what follows. */
const STAMPED = new RegExp(String.raw`^${DAY}\s+${TIME}\s+(\S.*)$`, 'u');
/**
 * A speaker's name, then the stamp, alone on a line over the message's (王阿姨 2026-03-14 20:31:05), as
 * other exporters write. The spaces before the stamp are tried from the first of a run only: tried
 * from each, a line's long run of spaces was walked once per space (20,000 spaces: half a second).
 */
const NAME_FIRST = new RegExp(String.raw`^(\S.*?)(?<!\s)\s+${DAY}\s+${TIME}$`, 'u');
/** The speaker before the first colon; a speaker's name this long or holding sentence punctuation is the message's text. */
const SPEAKER = /^([^：:]{1,40}?)\s*[：:]\s*/u;
/** Whether the colon at `at` is a time's (8:00 至 17:00), which ends no speaker's name. */
const isTimeColon = (text: string, at: number): boolean =>
  text[at] === ':' && /\d/u.test(text[at - 1] ?? '') && /^\d{2}/u.test(text.slice(at + 1));
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
  /** How its stamp is written (its day's separator, seconds or not): an exporter writes every stamp alike. */
  form: string;
}

/** Whether `name` may be a speaker's: short, and no sentence. */
const isName = (name: string): boolean => name !== '' && graphemes(name).length <= MAX_NAME && !SENTENCE_MARKS.test(name);

/**
 * The message a line opens, or null. `next`, the line after it: a stamp and a name alone over a
 * line of text head the message written there (2026-03-14 20:31 王阿姨 / 各位邻居晚上好…).
 */
export function chatMessage(line: string, year: number | null, next = ''): ChatMessage | null {
  const trimmed = line.trim();
  const stamped = STAMPED.exec(trimmed);
  const nameFirst = stamped ? null : NAME_FIRST.exec(trimmed);
  const read = stamped
    ? { written: stamped[1]!, time: stamped[2]!, rest: stamped[3]! }
    : nameFirst && { written: nameFirst[2]!, time: nameFirst[3]!, rest: nameFirst[1]! };
  if (!read) return null;
  const { written, time, rest } = read;
  const under = next.trim();
  const alone = under !== '' && !STAMPED.test(under) && !NAME_FIRST.test(under) && !SPEAKER.test(rest) && isName(rest);
  if (nameFirst && !alone) return null;
  const day = headingDay(written, year);
  const said = alone ? null : SPEAKER.exec(rest);
  const speaker = said && !isTimeColon(rest, said[0].search(/[：:]/u)) ? said : null;
  const name = alone ? rest : (speaker?.[1]?.trim() ?? '');
  const author = isName(name) ? name : '';
  const stamp = `${written} ${time}`;
  return {
    header: { floor: '', number: null, author, marked: false, date: day && 'date' in day ? day.date : null, time },
    label: alone ? trimmed : author ? `${stamp} ${author}` : stamp,
    text: alone ? '' : author && speaker ? rest.slice(speaker[0].length) : rest,
    form: `${/年/u.test(written) ? '年' : (/\d([-/.])/u.exec(written)?.[1] ?? '')} ${time.split(':').length}`,
  };
}

/**
 * The messages of a document's lines by line index: none unless it is a chat (as many as a thread's
 * posts). A stamped line written unlike most of the chat's stamps (2026年3月17日 8:00 至 17:00 停水
 * among 2026-03-14 20:31 …) is a line of a message, a notice's, not a message.
 */
export function chatMessages(lines: readonly string[], year: number | null): Map<number, ChatMessage> {
  const messages = headerLines(lines, (line, i) => chatMessage(line, year, lines[i + 1]), 2000);
  const forms = new Map<string, number>();
  for (const { form } of messages.values()) forms.set(form, (forms.get(form) ?? 0) + 1);
  const usual = [...forms].reduce<[string, number] | null>((best, seen) => (best && best[1] >= seen[1] ? best : seen), null)?.[0];
  for (const [at, { form }] of messages) if (form !== usual) messages.delete(at);
  return messages;
}

/** Whether a line of a message is the rule under a quote, which says nothing. */
export const isQuoteRule = (line: string): boolean => QUOTE_RULE.test(line.trim());
