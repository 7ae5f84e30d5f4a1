import type { Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import type { ForumPost, IngestedDocument, Section } from '../core/types.js';

// The posts of the corpus's forum threads (ingest/forum-posts.ts), each with its part, and the
// names a question may call their authors by.

export interface ThreadPost {
  doc: IngestedDocument;
  post: ForumPost;
  section: Section;
}

const key = (docId: string, path: readonly string[]) => `${docId}\u0000${path.join('\u0000')}`;

/** Every thread's posts, in order, by document and part, once per library. */
export const threadPosts = memoized((library: Library) => {
  const all: ThreadPost[] = [];
  const byPart = new Map<string, ThreadPost>();
  for (const doc of library.documents) {
    const sections = new Map(doc.sections.map((section) => [key(doc.meta.id, section.path), section]));
    for (const post of doc.posts ?? []) {
      const section = sections.get(key(doc.meta.id, post.path));
      if (!section) continue;
      const found = { doc, post, section };
      all.push(found);
      byPart.set(key(doc.meta.id, post.path), found);
    }
  }
  return { all, byPart };
});

/** The post a sentence of `docId` standing in part `path` belongs to, or null. */
export function postIn(library: Library, docId: string, path: readonly string[] | null): ThreadPost | null {
  return path ? (threadPosts(library).byPart.get(key(docId, path)) ?? null) : null;
}

/**
 * A name people call an author by, short of the whole: a familiar form opening or closing it, 老,
 * 小 or 阿 before one character (番茄老张 is 老张, 植保站的小周 小周, 阿绿的阳台 阿绿), as
 * Chinese calls people by their surname or a character of their name.
 */
const FAMILIAR = /^[老小阿]\p{Script=Han}|[老小阿]\p{Script=Han}$/gu;

/**
 * A nickname's words apart from its marks (7栋-老陈🚲: 老陈; 物业-小林（管家）: 物业, 小林, 管家; 王阿姨🌸:
 * 王阿姨): a chat's members are called by them, never by the emoji. A word with a digit (7栋, 5栋)
 * says where the member lives, and is asked about as such (5栋停水了吗), not as a name.
 */
function nameWords(author: string): string[] {
  const words = author.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => word !== author && !/\p{N}/u.test(word) && [...word].length >= 2);
}

/** The names a question may call `author` by: the whole, its words and their familiar forms when no other author of the thread has them. */
export function authorNames(author: string, others: readonly string[]): string[] {
  const words = nameWords(author);
  const familiar = [...new Set([author, ...words].flatMap((name) => name.match(FAMILIAR) ?? []))].filter((form) => form !== author);
  const calls = [...new Set([...words, ...familiar])];
  return [author, ...calls.filter((form) => !others.some((other) => other !== author && other.includes(form)))];
}
