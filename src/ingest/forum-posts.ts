import type { ForumPost } from '../core/types.js';
import { graphemes } from '../text/graphemes.js';
import { headingDay } from './dated-sections.js';
import { recognitionForm } from './normalize-raw.js';

// A forum thread or a chat log copied whole writes each post under a header line: its floor
// (楼主, 3楼, #3), its author and when it was posted (`3楼 · 阿绿的阳台（楼主）　2026-05-12 22:10`).
// Read as prose, the header was a sentence of its own, the best answer to "3楼说了什么", and a
// post's second sentence said neither who wrote it nor when. A post is a part, as a heading's
// text is: cited by floor and author, an entry of the day it was posted (as a dated heading's
// section is, dated-sections.ts), its header no sentence.

/** A floor: the opening post (楼主), a number of floors (3楼, 第3楼, 3L) or of posts (#3, 3#). */
const FLOOR = /^(?:楼主|LZ|(?:第\s*)?\d{1,5}\s*(?:楼|L)|#\s*\d{1,5}|\d{1,5}\s*#)$/iu;
/** A post's author marked as the thread's (阿绿的阳台（楼主）). */
const OP_MARK = /\s*\((?:楼主|LZ|OP)\)$/iu;
/** Fields of a header apart: a middle dot, a bar, spaces. */
const FIELD_BREAK = /\s*[·・•|｜]\s*|\s+/u;
/** Words a header writes before its time (发表于 2026-05-12). */
const POSTED = /\s*(?:发表于|发布于|发表时间[:：]?|回复于|posted(?:\s+on)?)\s*$/iu;
/** What a forum writes after the time: the client it was posted from, the poster's region (来自Android客户端, IP属地:广东). */
const POSTED_FROM = /(?:\s+(?:来自\s*\S{1,20}|IP属地[:：]?\s*\S{1,10}))+$/u;
/** A time of day closing the header (22:10, 22:10:05). */
const TIME = /\s*(\d{1,2}:\d{2}(?::\d{2})?)$/u;
/** The day written last, before its time: an ISO or a Chinese day, with or without its year. */
const DAY_LAST = /(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号])$/u;
/** A name this long, or holding sentence punctuation, is a line of text, not an author. */
const MAX_NAME = 24;
const SENTENCE_MARKS = /[，。！？；：,!?;:“”"]/u;
/** A thread has at least this many posts: one header-like line in prose is a quotation, not a thread. */
const MIN_POSTS = 3;

/** A post header as read from its line: the post's path is set when its section opens. */
export type PostHeader = Omit<ForumPost, 'path' | 'op'> & { marked: boolean };

/** The header a line writes, or null. */
export function postHeader(line: string, year: number | null): PostHeader | null {
  const text = recognitionForm(line).replace(POSTED_FROM, '');
  const time = TIME.exec(text);
  const beforeTime = time ? text.slice(0, time.index) : text;
  const written = DAY_LAST.exec(beforeTime);
  if (!written) return null;
  const fields = beforeTime.slice(0, written.index).replace(POSTED, '').split(FIELD_BREAK).filter(Boolean);
  const floors = fields.filter((field) => FLOOR.test(field));
  const names = fields.filter((field) => !FLOOR.test(field));
  if (floors.length !== 1 || names.length !== 1) return null;
  const marked = OP_MARK.test(names[0]!);
  const author = names[0]!.replace(OP_MARK, '');
  if (!author || graphemes(author).length > MAX_NAME || SENTENCE_MARKS.test(author)) return null;
  const day = headingDay(written[0], year);
  const floor = floors[0]!.replace(/\s+/gu, '').replace(/^第/u, '').toUpperCase().replace(/^LZ$/u, '楼主').replace(/L$/u, '楼');
  const number = /\d+/u.exec(floor)?.[0];
  return {
    floor,
    number: number === undefined ? null : Number(number),
    author,
    marked,
    date: day && 'date' in day ? day.date : null,
    time: time?.[1] ?? null,
  };
}

/** The lines `read` finds a post's header in (of lines shorter than `longest`), by line index: none unless at least MIN_POSTS. */
export function headerLines<T>(lines: readonly string[], read: (line: string, i: number) => T | null, longest: number): Map<number, T> {
  const headers = new Map<number, T>();
  lines.forEach((line, i) => {
    const header = line.length < longest ? read(line, i) : null;
    if (header) headers.set(i, header);
  });
  return headers.size >= MIN_POSTS ? headers : new Map();
}

/** The post headers of a document's lines by line index: none unless it is a thread. */
export const postHeaders = (lines: readonly string[], year: number | null): Map<number, PostHeader> =>
  headerLines(lines, (line) => postHeader(line, year), 200);

/** How a post is cited and named as a part: its floor and author (3楼 阿绿的阳台). */
export const postLabel = (header: PostHeader): string => `${header.floor} ${header.author}`;

/**
 * The thread's posts, each with its part's path, its author's posts marked as the opening
 * poster's: the author of the post headed 楼主 or marked so, else of the first floor.
 */
export function threadPosts(read: readonly { header: PostHeader; path: string[] }[]): ForumPost[] {
  const opening =
    read.find(({ header }) => header.floor === '楼主') ??
    read.find(({ header }) => header.marked) ??
    read.find(({ header }) => header.number === 1) ??
    read[0];
  // A chat's messages have no floors, and no opening poster.
  const op = opening?.header.floor ? opening.header.author : undefined;
  return read.map(({ header: { marked, ...post }, path }) => ({ ...post, op: marked || post.author === op, path }));
}
