import type { Services } from '../core/services.js';
import type { Candidate } from './candidate.js';
import { definedTerm, definesTerm } from './definition-question.js';
import { documentsPointedAt } from './document-pointed.js';
import type { QueryAnalysis } from './query-analysis.js';
import type { RankMode } from './rank-mode.js';
import { rowAndColumnTest } from './row-and-column.js';
import { byWrittenEnglish } from './written-english-order.js';

// Ranked candidates of /ask and /search put in the order the kind of question or line asks for,
// after scoring and before they are listed (ranked-search.ts); /ask's listed sentences are ordered
// after, by ask-order.ts.

/** Moves the items `test` holds for to the start or the end, each part in its order (a stable partition, in place). */
export function moveIf<T>(items: T[], to: 'first' | 'last', test: (item: T) => boolean): void {
  const holds = items.map(test);
  if (!holds.includes(true)) return;
  const kept = items.filter((_, i) => !holds[i]);
  const moved = items.filter((_, i) => holds[i]);
  items.splice(0, items.length, ...(to === 'first' ? [...moved, ...kept] : [...kept, ...moved]));
}

/**
 * Ranked candidates reordered in place (ranked-search.ts): the sentences writing an English
 * question's words first (written-english-order.ts); a line answering nothing last; for /ask, a
 * table row naming the cell asked first, and a sentence defining the term asked first.
 */
export function rankedOrder(services: Services, analysis: QueryAnalysis, mode: RankMode, ranked: { candidate: Candidate }[]): void {
  const english = byWrittenEnglish(analysis.question, mode);
  if (english) ranked.sort(english);
  // A document pointed at (这篇论文的作者是谁): its sentences first (document-pointed.ts).
  const pointed = mode === 'ask' ? documentsPointedAt(services, analysis.question) : null;
  if (pointed?.size) moveIf(ranked, 'first', ({ candidate }) => pointed.has(candidate.passage.docId));
  // A line that is only a label (决议：) or a contents line (目录's 4. 红烧肉) answers nothing: listed after every sentence that may.
  moveIf(ranked, 'last', ({ candidate }) => candidate.last === true);
  // A row holding the cell a question names by its column and row (2024年的营业收入): row-and-column.ts.
  if (mode === 'ask') {
    const namesCell = rowAndColumnTest(analysis.words);
    moveIf(ranked, 'first', ({ candidate }) => namesCell(services.library.matchText(candidate.passage)));
  }
  // A sentence defining the term a question asks about (甲方是谁: 出租方（以下简称甲方）：…) answers it first.
  const term = mode === 'ask' ? definedTerm(analysis.question) : null;
  if (term) {
    const defines = definesTerm(term);
    moveIf(ranked, 'first', ({ candidate }) => defines(candidate.passage.text));
  }
}
