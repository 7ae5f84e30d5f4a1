import type { Services } from '../core/services.js';
import { askersFirst } from './asker-question.js';
import { fieldsFirst } from './labelled-fields.js';
import { measuresFirst } from './measure-question.js';
import { blockAskedWhole } from './message-blocks.js';
import { phoneLinesFirst } from './phone-question.js';
import { namedPostsFirst } from './post-question.js';
import type { QueryAnalysis } from './query-analysis.js';
import { quotesLast } from './quotes-last.js';
import type { RankedPassage } from './ranked-passage.js';
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

/** One kind of question's order: the sentences answering that kind moved first, the rest as ranked. */
type AskedKindRule = (
  services: Services,
  question: string,
  analysis: QueryAnalysis,
  ranked: readonly RankedPassage[],
  meets: ((matchText: string) => boolean) | null,
) => readonly RankedPassage[];

/**
 * The kinds, applied in this order, so a later rule's sentences end up before an earlier one's:
 * a measure (桥有多宽: measure-question.ts); how a character is read (圮字怎么读: reading-question.ts);
 * what an original sentence means (这句翻译成白话是什么意思: translation-context.ts); a paper's
 * reference by its mark (文献[8]: reference-marks.ts); who asked (谁问了…: asker-question.ts); where
 * or when of a document, or which of a labelled list (labelled-fields.ts); a phone number
 * (林晓岚的手机号: phone-question.ts). Most questions are none of these and pass through unchanged.
 */
const ASKED_KIND_RULES: readonly AskedKindRule[] = [
  (services, _question, analysis, ranked, meets) => measuresFirst(services, analysis, ranked, meets),
  (services, question, _analysis, ranked) => readingsFirst(services, question, ranked),
  (services, question, _analysis, ranked) => translationsFirst(services.library, question, ranked),
  (services, question, _analysis, ranked) => referencesFirst(services.library, question, ranked),
  (services, question, _analysis, ranked) => askersFirst(services, question, ranked),
  (services, _question, analysis, ranked) => fieldsFirst(services, analysis, ranked),
  (_services, question, _analysis, ranked) => phoneLinesFirst(question, ranked),
];

/** /ask's listed sentences with those answering the kind of question asked first (ASKED_KIND_RULES). */
export function askedKindFirst(
  services: Services,
  question: string,
  analysis: QueryAnalysis,
  ranked: readonly RankedPassage[],
  meets: ((matchText: string) => boolean) | null,
): RankedPassage[] {
  let ordered = ranked;
  for (const rule of ASKED_KIND_RULES) ordered = rule(services, question, analysis, ordered, meets);
  return [...ordered];
}
