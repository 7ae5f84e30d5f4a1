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

/** A name `who` (as written over their words) may be called by, and that name as a folded question writes it. */
export interface NameCalling {
  who: string;
  name: string;
  /** Folded as questions are (NFKC, Simplified, lower case): Markus Weber as markus weber, 陳怡君 as 陈怡君. */
  form: string;
}

const folded = (name: string) => toSimplified(name.normalize('NFKC'));

function callingsOf(people: readonly string[], spell: (name: string) => string): NameCalling[] {
  // Longest names first: 阿绿的阳台 is taken whole, not as 阿绿 leaving 阳台 asked (so 主持人 钱远, not 钱远).
  return people
    .flatMap((who) => authorNames(who, people).map((name) => ({ who, name: spell(name), form: folded(name) })))
    .sort((a, b) => b.name.length - a.name.length);
}

/** Authors' names as written (authors-asked.ts matches their folded forms and tells which were written as is). */
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

/** A question asking who (谁, 哪位) is about the names after it, not by them: 谁回复了老张. */
const WHO = /谁|哪位/u;

/** Where a question asks who: names after it are what it asks about, not whose words answer it (Infinity when it does not ask). */
export const whoAskedAt = (question: string): number => WHO.exec(question)?.index ?? Number.POSITIVE_INFINITY;
