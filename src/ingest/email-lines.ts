import { graphemes } from '../text/graphemes.js';
import { type EmailMessage, emailMessages } from './email-messages.js';
import type { PostHeader } from './forum-posts.js';
import { recognitionForm } from './normalize-raw.js';
import type { PartWriter } from './part-writer.js';

// The lines of an e-mail export (email-messages.ts) read into its messages' parts. A reply quotes
// the mail it answers on `>` lines: read as text, the copy outranked the original and ran into the
// `在 … 写道：` line over it; each quoted line is a quote of its own (listed after the rest, as a
// chat's quote is, quotes-last.ts). A signature under its closing (Best regards, / 敬祝 商祺) is
// the sender's lines, each apart: joined, a name, a title and a phone number were one "sentence".
// The export's own separators (---------- 邮件 1/7 ----------, =====) say nothing.

/** A line quoting an earlier mail: its `>` marks. */
const QUOTE_MARKS = /^\s*(?:>\s*)+/u;
/** The line a reply writes over its quote (在 2026年3月2日 09:14，林晓岚 <…> 写道：, On Mon, … wrote:). */
const ATTRIBUTION = /^(?:在|于|於|On\s).{4,160}(?:写道|寫道|wrote)\s*[:：]?$/iu;
/** A separator line: a rule, perhaps around a short label (---------- 邮件 1/7 ----------). */
const RULE = /^[-=_—–~*＝－·]{3,}(?:[^。！？.!?]{0,24}?[-=_—–~*＝－·]{3,})?$/u;
/** An export's closing mark on its last line ([导出结束], [End of export]). */
const CLOSING_MARK = /^[[［【][^\]］】]{1,16}[\]］】]$/u;
/** A closing over a signature (Best regards, / 敬祝 商祺 / 此致). */
const SIGN_OFF =
  /^(?:best(?:\s+regards|\s+wishes)?|kind(?:est)?\s+regards|warm\s+regards|regards|cheers|thanks|thank\s+you|sincerely|yours(?:\s+sincerely|\s+truly)?|祝好|此致|敬礼|谢谢|謝謝|(?:敬|顺|順)祝\s*\S{0,6})[,，!！。.]?$/iu;
/** A signature line this long is a paragraph of text. */
const MAX_SIGNATURE_LINE = 80;

export class EmailLines {
  private readonly messages: Map<number, EmailMessage>;
  /** The header lines of every message, true for those read as sentences (主题, 附件). */
  private readonly headerLines = new Map<number, boolean>();
  private readonly lastLine: number;
  /** Messages opened so far. */
  private opened = 0;
  /** A signature is being read: its lines are each a paragraph. */
  private inSignature = false;
  /** Positions of the sentences read as quotes of an earlier mail (`>` lines). */
  readonly quoted: number[] = [];

  constructor(lines: readonly string[], year: number | null) {
    this.messages = emailMessages(lines, year);
    for (const message of this.messages.values()) for (const [i, kept] of message.lines) this.headerLines.set(i, kept);
    let last = lines.length - 1;
    while (last > 0 && lines[last]!.trim() === '') last--;
    this.lastLine = last;
  }

  /** Whether the document is an e-mail export. */
  get found(): boolean {
    return this.messages.size > 0;
  }

  /** Reads line `at` when it is a message's header, quote, signature or a separator: the header read, if it opened a message. */
  take(at: number, text: string, builder: PartWriter): { taken: boolean; opened?: PostHeader } {
    const message = this.messages.get(at);
    if (message) this.opened++;
    if (message) builder.heading(1, message.label, text.trim(), message.header.date);
    const header = this.headerLines.get(at);
    this.inSignature &&= header === undefined;
    if (header !== undefined) {
      if (header) this.apart(text, builder);
      // Numbered by its place in the thread, as a floor is: 第4封 asks for the fourth (post-question.ts).
      return message ? { taken: true, opened: { ...message.header, number: this.opened } } : { taken: true };
    }
    const line = recognitionForm(text).trim();
    if (QUOTE_MARKS.test(line) || ATTRIBUTION.test(line)) {
      this.inSignature = false;
      const quoted = text.replace(QUOTE_MARKS, '').trim();
      if (quoted) this.quote(quoted, builder);
      else builder.flush();
      return { taken: true };
    }
    if (RULE.test(line) || (at === this.lastLine && CLOSING_MARK.test(line))) {
      builder.flush();
      return { taken: true };
    }
    if (line === '') this.inSignature = false;
    if (line === '') return { taken: false };
    if (SIGN_OFF.test(line)) this.inSignature = true;
    else if (!this.inSignature || graphemes(line).length > MAX_SIGNATURE_LINE) return { taken: false };
    this.apart(text, builder);
    return { taken: true };
  }

  /** A quoted line, a paragraph of its own: its sentences' positions are kept as quotes (post-replies.ts quotedPositions). */
  private quote(text: string, builder: PartWriter): void {
    builder.flush();
    const from = builder.placed;
    builder.line(text);
    builder.flush();
    for (let position = from + 1; position <= builder.placed; position++) this.quoted.push(position);
  }

  /** A line read as a paragraph of its own. */
  private apart(text: string, builder: PartWriter): void {
    builder.flush();
    builder.line(text.trim());
    builder.flush();
  }
}
