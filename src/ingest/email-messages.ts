import { findDatesInText } from '../query/date-find.js';
import { graphemes } from '../text/graphemes.js';
import type { PostHeader } from './forum-posts.js';
import { recognitionForm } from './normalize-raw.js';

// An e-mail thread exported as text (Foxmail, Outlook, a client's "save as text") writes each
// message under a block of header lines (发件人: / From:, 日期: / Date: / Sent:, 主题: / Subject:…).
// Read as prose, each header line was a sentence of its own, the best answer to "最新一封邮件说了
// 什么", and a body's sentences said neither who wrote them nor when. A message is a post of the
// thread (forum-posts.ts), as a chat's is: a part named by its sender and when it was sent, an
// entry of its day, its sender and date lines no sentence.

/** A header line: its field's label, then its value (发件人: 林晓岚 <…>, Date: Mon, 2 Mar 2026 09:14). */
const HEADER_LINE = /^\s*([\p{L} ]{1,16}?)\s*[:：]\s*(.*?)\s*$/u;
/** The fields a header block writes, by what they are. */
const SENDER = /^(?:发件人|發件人|寄件人|发信人|發信人|from)$/iu;
const SENT = /^(?:日期|时间|時間|发送时间|發送時間|发件时间|發件時間|sent|date)$/iu;
const OTHER = /^(?:收件人|收信人|抄送|密送|主题|主題|附件|to|cc|bcc|subject|attachments?)$/iu;
/** Of those, the fields a message's reader asks about (主题, 附件): the addresses are the sender's and the recipients', no text. */
const KEPT = /^(?:主题|主題|附件|subject|attachments?)$/iu;
/** A block holds a sender, a date and at least this many header lines in all. */
const MIN_FIELDS = 3;
/** A thread holds at least this many messages: one header block in prose is a quoted mail, not an export. */
const MIN_MESSAGES = 2;
/** A time of day as a header writes it (09:14, 9:14:05). */
const TIME = /\b(\d{1,2})(:\d{2})(?::\d{2})?\b/u;
/** An afternoon or evening marking a 12-hour clock (4:48 PM, 下午4:48). */
const AFTERNOON = /\bPM\b|下午|晚上/iu;
/** A name this long is an address line, not a sender's name. */
const MAX_NAME = 40;

/** A message's header block as read: its sender and date, and what its other header lines are. */
export interface EmailMessage {
  header: PostHeader;
  /** How the message's part is named: when it was sent and by whom (2026-03-02 09:14 林晓岚). */
  label: string;
  /** The block's lines by index: true for a line that stays a sentence (主题, 附件), false for the addresses and the date. */
  lines: Map<number, boolean>;
}

/** A header line's field kind, or null for a line that is none. */
function fieldOf(line: string): { kind: 'sender' | 'sent' | 'kept' | 'other'; value: string } | null {
  const field = HEADER_LINE.exec(recognitionForm(line));
  if (!field) return null;
  const label = field[1]!.trim();
  const value = field[2]!;
  if (SENDER.test(label)) return { kind: 'sender', value };
  if (SENT.test(label)) return { kind: 'sent', value };
  if (KEPT.test(label)) return { kind: 'kept', value };
  return OTHER.test(label) ? { kind: 'other', value } : null;
}

/** The sender's name as a From field writes it: the name before its address (林晓岚 <lin@…>), else the address. */
export function senderName(value: string): string {
  const named = value
    .replace(/<[^>]*>/gu, '')
    .replace(/["“”']/gu, '')
    .trim();
  const name = named || value.replace(/[<>]/gu, '').trim();
  return graphemes(name).length <= MAX_NAME ? name : graphemes(name).slice(0, MAX_NAME).join('');
}

/** The message a block of header lines starting at `start` heads, or null. */
function messageAt(lines: readonly string[], start: number, year: number | null): EmailMessage | null {
  const read = new Map<number, boolean>();
  let sender: string | null = null;
  let sent: string | null = null;
  for (let i = start; i < lines.length; i++) {
    const field = fieldOf(lines[i]!);
    if (!field) break;
    read.set(i, field.kind === 'kept');
    if (field.kind === 'sender') sender ??= field.value;
    if (field.kind === 'sent') sent ??= field.value;
  }
  if (sender === null || sent === null || read.size < MIN_FIELDS) return null;
  const author = senderName(sender);
  const day = findDatesInText(sent, year ?? 2000)[0];
  const date = day && (year !== null || /\d{4}/u.test(sent)) ? day.date : null;
  const clock = TIME.exec(sent);
  // An afternoon hour written on a 12-hour clock (4:48 PM) is read on a 24-hour one, as other headers write it.
  const hour = clock ? Number(clock[1]) + (AFTERNOON.test(sent) && Number(clock[1]) < 12 ? 12 : 0) : 0;
  const time = clock ? `${String(hour).padStart(2, '0')}${clock[2]}` : null;
  const stamp = [date ?? sent, time].filter(Boolean).join(' ');
  return {
    header: { floor: '', number: null, author, marked: false, date, time },
    label: `${stamp} ${author}`.trim(),
    lines: read,
  };
}

/** The messages of an e-mail export's lines, by the index of their header block's first line: none unless it is one. */
export function emailMessages(lines: readonly string[], year: number | null): Map<number, EmailMessage> {
  const messages = new Map<number, EmailMessage>();
  for (let i = 0; i < lines.length; i++) {
    if (fieldOf(lines[i]!) === null || (i > 0 && fieldOf(lines[i - 1]!) !== null)) continue;
    const message = messageAt(lines, i, year);
    if (message) messages.set(i, message);
  }
  return messages.size >= MIN_MESSAGES ? messages : new Map();
}
