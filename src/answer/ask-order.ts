import type { Services } from '../core/services.js';
import { definedTerm, definesTerm } from './definition-question.js';
import { documentsPointedAt } from './document-pointed.js';
import { measuresFirst } from './measure-question.js';
import { blockAskedWhole } from './message-blocks.js';
import { phoneLinesFirst } from './phone-question.js';
import { namedPostsFirst } from './post-question.js';
import type { QueryAnalysis } from './query-analysis.js';
import { quotesLast } from './quotes-last.js';
import type { RankedPassage, RankMode } from './ranked-search.js';
import type { Candidate } from './ranking-features.js';
import { readingsFirst } from './reading-question.js';
import { referencesFirst } from './reference-marks.js';
import { namesRowAndColumn } from './row-and-column.js';
import { translationsFirst } from './translation-context.js';
import { byWrittenEnglish } from './written-english-order.js';

// Ranked sentences put in the order the kind of question or line asks for, after ranking: the
// ranked candidates of /ask and /search (rankedOrder, before they are listed), then /ask's listed
// sentences (inThreadOrder, askedKindFirst).

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
  if (mode === 'ask')
    moveIf(ranked, 'first', ({ candidate }) => namesRowAndColumn(services.library.matchText(candidate.passage), analysis.words));
  // A sentence defining the term a question asks about (甲方是谁: 出租方（以下简称甲方）：…) answers it first.
  const term = mode === 'ask' ? definedTerm(analysis.question) : null;
  if (term) {
    const defines = definesTerm(term);
    moveIf(ranked, 'first', ({ candidate }) => defines(candidate.passage.text));
  }
}

/**
 * Posts and messages: a question naming a thread's posts (老张说浇水要怎么浇) ranks theirs first; a
 * text pasted whole into a chat and asked for whole (公告全文) is its message, in order; a reply's
 * quote of another's words (「…」) is no answer, so it comes after the rest.
 */
export const inThreadOrder = (services: Services, question: string, ranked: readonly RankedPassage[]): RankedPassage[] =>
  blockAskedWhole(services, question, quotesLast(services, namedPostsFirst(services, question, ranked)));

/**
 * A question asking a measure (桥有多宽) lists the sentences giving it first (measure-question.ts);
 * one asking how a character is read (圮字怎么读) the notes giving its reading (reading-question.ts);
 * one asking what an original sentence means (这句翻译成白话是什么意思) its translation (translation-context.ts);
 * one naming a paper's reference by its mark (文献[8]) that reference (reference-marks.ts);
 * one asking a phone number (林晓岚的手机号) the lines giving one (phone-question.ts).
 */
export function askedKindFirst(
  services: Services,
  question: string,
  analysis: QueryAnalysis,
  ranked: readonly RankedPassage[],
  meets: ((matchText: string) => boolean) | null,
): RankedPassage[] {
  const measured = measuresFirst(services, analysis, ranked, meets);
  const read = translationsFirst(services.library, question, readingsFirst(services, question, measured));
  return [...phoneLinesFirst(question, referencesFirst(services.library, question, read))];
}
