import type { IngestedDocument } from '../core/types.js';
import { type ChatMessage, chatMessages, isQuoteRule } from './chat-messages.js';
import { EmailLines } from './email-lines.js';
import { type PostHeader, postHeaders, postLabel, threadPosts } from './forum-posts.js';
import { recognitionForm } from './normalize-raw.js';
import { APPENDIX, CHAPTER_HEADING } from './part-headings.js';
import type { PartWriter } from './part-writer.js';
import { HEADING } from './plain-layout.js';

// A forum thread's post headers (3楼 · 阿绿的阳台　2026-05-12 22:10) and a chat's stamped lines
// (2026-03-14 20:31 王阿姨🌸：…), read line by line into a plain document's parts (plain.ts): each
// opens a part named by its floor or stamp and author, dated by its day, and the posts read are
// the document's posts (threadPosts). An e-mail export's messages are its posts too (email-lines.ts).

/** Whether a line heads a part of the document (## 附录：群规, 第一章, 附件一): no message's line. */
const isHeading = (text: string): boolean => {
  const line = recognitionForm(text.trim());
  return HEADING.test(line) || CHAPTER_HEADING.test(line) || APPENDIX.test(line);
};

export class ThreadLines {
  private readonly headers: Map<number, PostHeader>;
  private readonly messages: Map<number, ChatMessage>;
  private readonly emails: EmailLines | null;
  /** A chat message is being read: each of its lines is a paragraph, as its writer broke them. */
  private inMessage = false;
  private readonly read: { header: PostHeader; path: string[] }[] = [];
  /** The line of the chat's last message: a blank line after it ends the messages. */
  private readonly lastMessage: number;

  constructor(lines: readonly string[], year: number | null) {
    this.headers = postHeaders(lines, year);
    this.messages = this.headers.size ? new Map() : chatMessages(lines, year);
    const emails = this.headers.size || this.messages.size ? null : new EmailLines(lines, year);
    this.emails = emails?.found ? emails : null;
    // A loop, not Math.max(...keys): a spread of 120,000 arguments overflows the stack.
    let last = -1;
    for (const line of this.messages.keys()) if (line > last) last = line;
    this.lastMessage = last;
  }

  /** Reads line `at` when it opens a post or a message, or is a message's line: whether it did (what was being read ends there). */
  take(at: number, text: string, builder: PartWriter): boolean {
    if (this.emails) {
      const { taken, opened } = this.emails.take(at, text, builder);
      if (opened) this.read.push({ header: opened, path: builder.at ?? [] });
      return taken;
    }
    const message = this.messages.get(at);
    if (message) {
      this.inMessage = true;
      builder.heading(1, message.label, text.trim(), message.header.date);
      this.read.push({ header: message.header, path: builder.at ?? [] });
      if (message.text) builder.line(message.text);
      builder.flush();
      return true;
    }
    // A message's lines run to the next stamped line, or a heading (## 附录：群规), or after the last
    // message a blank line: what follows is the document's, not the last speaker's. Between messages a
    // blank line may part a message's paragraphs. A rule among its lines marks a quote, no footer.
    const heading = this.inMessage && isHeading(text);
    if (heading || (this.inMessage && at > this.lastMessage && text.trim() === '')) {
      this.inMessage = false;
      if (!heading) builder.closePart();
      // The heading is read as the document's.
      return !heading;
    }
    if (this.inMessage) {
      if (!isQuoteRule(text)) builder.line(text.trim());
      builder.flush();
      return true;
    }
    const header = this.headers.get(at);
    if (!header) return false;
    builder.heading(1, postLabel(header), text.trim(), header.date);
    this.read.push({ header, path: builder.at ?? [] });
    return true;
  }

  /** What the document holds of a thread: the posts read (threadPosts) and the positions of the sentences quoting others (an e-mail's `>` lines), each when it has some. */
  parts(): Pick<IngestedDocument, 'posts' | 'quoted'> {
    const quoted = this.emails?.quoted ?? [];
    return { ...(this.read.length ? { posts: threadPosts(this.read) } : {}), ...(quoted.length ? { quoted } : {}) };
  }
}
