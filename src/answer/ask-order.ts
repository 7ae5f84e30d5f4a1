import type { Services } from '../core/services.js';
import { askersFirst } from './asker-question.js';
import { fieldsFirst } from './labelled-fields.js';
import { measuresFirst } from './measure-question.js';
import { blockAskedWhole } from './message-blocks.js';
import { namedPostsFirst } from './post-question.js';
import type { QueryAnalysis } from './query-analysis.js';
import { quotesLast } from './quotes-last.js';
import type { RankedPassage } from './ranked-search.js';
import { readingsFirst } from './reading-question.js';
import { referencesFirst } from './reference-marks.js';
import { translationsFirst } from './translation-context.js';

// /ask's listed sentences put in the order the kind of question asks for, after ranking
// (inThreadOrder, askedKindFirst); the ranked candidates' own orders, before they are listed, are
// ranked-order.ts's (apart: ranking them needs no post-question.ts, which ranks with ranked-search.ts).

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
 * one naming a paper's reference by its mark (文献[8]) that reference (reference-marks.ts); one
 * asking who asked (谁问了…) the sentences asking in a transcript's turns (asker-question.ts); one
 * asking where or when of a document, or which of a labelled list, those fields (labelled-fields.ts).
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
  return fieldsFirst(services, analysis, askersFirst(services, question, referencesFirst(services.library, question, read)));
}
