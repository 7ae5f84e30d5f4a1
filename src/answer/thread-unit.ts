import type { ForumPost } from '../core/types.js';
import { type Locale, say } from './locale.js';

// A thread counts its posts in its own unit: a forum's by floor (9楼, 帖子), an e-mail export's by
// its place in the thread (第9封, 邮件), a chat's as messages (条, 消息). Said in a forum's words,
// 第9封邮件说了什么 was answered "没有符合“9楼”的帖子" and a sender's mails counted as 条消息.

export type ThreadKind = 'forum' | 'email' | 'chat';

/** The kind of thread a post is of: a forum's posts have floors, an e-mail's a place in the thread and no floor, a chat's neither. */
export const threadKind = (post: ForumPost): ThreadKind => (post.floor ? 'forum' : post.number !== null ? 'email' : 'chat');

/** The kind the posts share; a forum's, the general one, when they are of several. */
export function sharedKind(posts: readonly ForumPost[]): ThreadKind {
  const kinds = new Set(posts.map(threadKind));
  return kinds.size === 1 ? [...kinds][0]! : 'forum';
}

/** What a post of the kind is called: 帖子, 邮件, 消息. */
export const postNoun = (kind: ThreadKind, locale: Locale): string =>
  kind === 'email' ? say(locale, '邮件', 'e-mail') : kind === 'chat' ? say(locale, '消息', 'message') : say(locale, '帖子', 'post');

/** The counter before the noun: 3 封邮件, 3 条消息. */
export const postCounter = (kind: ThreadKind): string => (kind === 'email' ? '封' : kind === 'chat' ? '条' : '个');

/** The `n`th post of a thread of the kind, as the question named it: 9楼, 第9封, 第9条. */
export const nthPost = (kind: ThreadKind, n: number, locale: Locale): string =>
  kind === 'email'
    ? say(locale, `第${n}封`, `e-mail ${n}`)
    : kind === 'chat'
      ? say(locale, `第${n}条`, `message ${n}`)
      : say(locale, `${n}楼`, `floor ${n}`);
