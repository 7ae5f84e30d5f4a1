import { readingOrder } from '../core/reading-order.js';
import type { Services } from '../core/services.js';
import type { Passage } from '../core/types.js';
import { wholeDayOf } from './day-phrases.js';
import type { RankedPassage } from './ranked-passage.js';
import { threadPosts } from './thread-posts.js';
import { sentencesWritingDays, writtenDayForm } from './written-days.js';

// A day typed as a search (/search 2026-03-17, /search 2026年3月17日): searched by its numbers, an
// ISO day found 2026, 03 and 17 apart (21:17, 8:00至17:00), and neither form found the chat
// messages of that day, whose stamp writes it in a header, no sentence. The day is the same
// however it is typed: the sentences writing it, as a question about it finds them
// (written-days.ts), and the posts and messages stamped that day, in the documents' order.

/** A day typed in digits with dashes, slashes or dots (2026-03-17, 2026/3/17): its numbers are no keywords. */
const NUMERIC_DAY = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/u;

/** The sentences a search of a day alone finds; null when the query is no day alone, or one ranking finds as well. */
export function daySearched(services: Services, query: string): RankedPassage[] | null {
  const typed = query.trim();
  const asked = wholeDayOf(services, typed);
  if (!asked) return null;
  const { day, yearTyped } = asked;
  const stamped = threadPosts(services.library).all.filter(({ post }) => post.date === day);
  // A day written in words (3月18日) with no post stamped on it is ranked as any keyword.
  if (!stamped.length && !NUMERIC_DAY.test(typed)) return null;
  const ids = new Set<string>(sentencesWritingDays(services, [day], yearTyped).map((passage) => passage.id));
  for (const { section } of stamped) for (const id of section.passageIds) ids.add(id);
  if (!ids.size) return null;
  const found: Passage[] = [];
  const seen = new Set<string>();
  // Read in the order of the documents holding some: a passage's id opens with its document's.
  const docs = new Set([...ids].map((id) => id.slice(0, id.lastIndexOf(':'))));
  for (const doc of services.library.documents.filter((d) => docs.has(d.meta.id)))
    for (const { passage } of readingOrder(doc))
      if (ids.has(passage.id) && !seen.has(passage.id)) {
        seen.add(passage.id);
        found.push(passage);
      }
  return found.map((passage) => ({ passage, score: 1, terms: [writtenDayForm(day)] }));
}
