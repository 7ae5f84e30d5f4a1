import type { Library } from '../core/library.js';
import { nameCallings, whoAskedAt } from './name-callings.js';

// The authors of a thread's posts a question names (老张说了什么, Markus最后一封邮件, 陳怡君说了什么),
// found as the question is read: folded, lower case and Simplified (Markus Weber as markus weber,
// 陳怡君 as 陈怡君), as every question is (post-question.ts folds it before looking).

/** The opening poster. */
const OP_ASKED = /楼主|(?<![A-Za-z])LZ(?![A-Za-z])/giu;

export interface AuthorsAsked {
  op: boolean;
  authors: Set<string>;
  /** Of `authors`, those named only folded (Markus, 陈怡君 of 陳怡君). */
  foldedOnly: Set<string>;
  /** Authors named by less than the whole name, by the form named. */
  called: Map<string, string>;
  rest: string;
}

/**
 * The authors a folded question names (楼主: the opening poster), and the question without them.
 * Asked who before them (谁说楼主的盆太小, 谁回复了老张), they are what it asks about, not whose
 * posts answer it.
 */
export function authorsAsked(question: string, library: Library): AuthorsAsked {
  const who = whoAskedAt(question);
  let op = false;
  let rest = question.replace(OP_ASKED, (name: string, at: number) => {
    op ||= at < who;
    return ' '.repeat(name.length);
  });
  const authors = new Set<string>();
  const written = new Set<string>();
  const called = new Map<string, string>();
  for (const { who: author, name, form } of nameCallings(library, 'author')) {
    const at = rest.indexOf(form);
    if (at < 0) continue;
    if (at < who) authors.add(author);
    if (at < who && form === name) written.add(author);
    if (at < who && name !== author) called.set(name, author);
    rest = rest.split(form).join(' '.repeat(form.length));
  }
  const foldedOnly = new Set([...authors].filter((author) => !written.has(author)));
  return { op, authors, foldedOnly, called, rest };
}
