import type { Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import { toSimplified } from '../text/normalize.js';
import { speakerTurns } from './speaker-turns.js';
import { authorNames, threadPosts } from './thread-posts.js';

// The names a question may call the people of the corpus by: a thread's authors (post-question.ts:
// 老张说了什么) or a transcript's speakers (turns-asked.ts: 何文涛说了什么). Each person's whole
// name and familiar forms (thread-posts.ts authorNames) are read against every other's, once per
// library: on every question it cost 1–2 ms over a 3,000-turn transcript.

/** Whose names: the authors of forum posts, chat messages and e-mails, or the speakers of transcripts. */
export type CalledKind = 'author' | 'speaker';

/** A name `who` (as written over their words) may be called by. */
export interface NameCalling {
  who: string;
  name: string;
}

function callingsOf(people: readonly string[], fold: (name: string) => string): NameCalling[] {
  // Longest names first: 阿绿的阳台 is taken whole, not as 阿绿 leaving 阳台 asked (so 主持人 钱远, not 钱远).
  return people
    .flatMap((who) => authorNames(who, people).map((name) => ({ who, name: fold(name) })))
    .sort((a, b) => b.name.length - a.name.length);
}

/**
 * Authors' names as written. Folded as the question is (toSimplified: case, width), a nickname with
 * capitals or full-width marks (Lily在加班💻, 物业-小林（管家）) would be matched whole, not by its
 * words: a change of answers (genre v5's chat), to be made and measured on its own.
 */
const authorCallings = memoized((library: Library) =>
  callingsOf([...new Set(threadPosts(library).all.map(({ post }) => post.author))].filter(Boolean), (name) => name),
);

/** Speakers' names Simplified, as turns-asked.ts reads the question. */
const speakerCallings = memoized((library: Library) =>
  callingsOf([...new Set(library.documents.flatMap((doc) => speakerTurns(doc).map((turn) => turn.speaker)))], toSimplified),
);

/** Every name a question may call the library's authors or speakers by, longest first (once per library). */
export const nameCallings = (library: Library, kind: CalledKind): readonly NameCalling[] =>
  (kind === 'author' ? authorCallings : speakerCallings)(library);
