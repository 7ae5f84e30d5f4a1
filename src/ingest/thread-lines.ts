import type { IngestedDocument } from '../core/types.js';
import { type ChatMessage, chatMessages, isQuoteRule } from './chat-messages.js';
import { EmailLines } from './email-lines.js';
import { type PostHeader, postHeaders, postLabel, threadPosts } from './forum-posts.js';

// A forum thread's post headers (3楼 · 阿绿的阳台　2026-05-12 22:10) and a chat's stamped lines
// (2026-03-14 20:31 王阿姨🌸：…), read line by line into a plain document's parts (plain.ts): each
// opens a part named by its floor or stamp and author, dated by its day, and the posts read are
// the document's posts (threadPosts). An e-mail export's messages are its posts too (email-lines.ts).

/** What of plain.ts's builder a post needs: a heading of its own and its lines. */
export interface PartWriter {
  heading(level: number, text: string, written?: string, day?: string | null): void;
  line(text: string): void;
  /** How many sentence places the document has so far: the position of the last. */
  readonly placed: number;
  flush(): void;
  readonly at: string[] | null;
}

export class ThreadLines {
  private readonly headers: Map<number, PostHeader>;
  private readonly messages: Map<number, ChatMessage>;
  private readonly emails: EmailLines | null;
  /** A chat message is being read: each of its lines is a paragraph, as its writer broke them. */
  private inMessage = false;
  private readonly read: { header: PostHeader; path: string[] }[] = [];

  constructor(lines: readonly string[], year: number | null) {
    this.headers = postHeaders(lines, year);
    this.messages = this.headers.size ? new Map() : chatMessages(lines, year);
    const emails = this.headers.size || this.messages.size ? null : new EmailLines(lines, year);
    this.emails = emails?.found ? emails : null;
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
    // A message's lines run to the next stamped line: a rule among them marks a quote, no footer.
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
