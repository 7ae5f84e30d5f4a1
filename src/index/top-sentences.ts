import { offerHoldingAll, offerHoldingAny, type SetJudge } from './list-walks.js';
import { countPassing } from './passing-count.js';
import { ScoredDocuments } from './scored-documents.js';
import { boundOf, type Lists, listsOf, type ScoredField, type Sums, sumsOf } from './scored-lists.js';
import { MERGE_MAX_TERMS } from './term-merge.js';

// The best few sentences of a few-term query without summing every sentence that shares a term
// with it. Keyword searches at 100× the corpus match thousands of sentences, yet the best 150
// nearly always hold every term. So: (1) the sentences holding every term are found by walking
// the rarest term's postings and testing the others' bitsets (term-bits.ts), and scored; when
// enough of them pass, the score of the k-th best is a floor no answer falls below; (2) a term is
// required when every set of terms lacking it scores below that floor at best (its terms'
// bounds, term-scores.ts), and only sentences holding all required terms can still compete: they
// are walked the same way. When no term is required (too few sentences hold every term, or the
// floor is low), every sentence holding some term is walked, by the union of the bitsets.
// A sentence's sums add each posting's score (term-scores.ts, postingScore's) as mergeTerms adds
// them, found through the bitsets (scored-lists.ts), so scores and ties are the same to the bit,
// and any sentence's sums can be asked for afterwards at the same small cost.

export interface TopSentences {
  /** The chosen passages' numbers, best sum (words + bigrams) first, ties by number. */
  docs: number[];
  /** Sets `into` to a passage's sums for this query (0 and 0 when it holds none of the terms). */
  sumsOf(doc: number, into: Sums): void;
  /** How many documents hold terms that pass, `docs` among them (counted when asked: it walks every match). */
  matched(): number;
}

/**
 * The `enough` best documents (by words + bigrams, ties by number) whose term set (bit i: list i,
 * words' lists first) `passes`; null only when there is no term, more than MERGE_MAX_TERMS, or
 * nothing is wanted (the caller then sums every document).
 */
export function topSentences(
  words: ScoredField,
  bigrams: ScoredField,
  enough: number,
  passes: (set: number) => boolean,
): TopSentences | null {
  const lists = listsOf(words, bigrams);
  const k = lists.count;
  if (k === 0 || k > MERGE_MAX_TERMS || enough < 1) return null;
  const all = (1 << k) - 1;
  // The best kept as they are scored: once `enough` are, the worst's score is a floor no answer falls below.
  const best = new ScoredDocuments(enough);
  // (1) Every document holding every term: at most as many as the rarest term has.
  if (passes(all)) offerHoldingAll(lists, all, null, best);
  // (2) Documents lacking some term: those holding every required one, or else those holding any.
  const floor = best.floor();
  let required = 0;
  for (let i = 0; i < k; i++) if (boundOf(lists, all & ~(1 << i)) < floor) required |= 1 << i;
  if (required !== all) {
    const judge = new SetVerdicts(lists, passes);
    if (required === 0) offerHoldingAny(lists, judge, best);
    else offerHoldingAll(lists, required, judge, best);
  }
  return {
    docs: best.best(),
    sumsOf: (doc, into) => sumsOf(lists, doc, into),
    matched: () => countPassing(lists, passes),
  };
}

/**
 * Whether a document lacking some term may compete, by its set of terms: the set must pass, and
 * its terms' bounds reach the floor, which rises as better documents are kept. Each set is
 * judged once; every term set was 0 … the whole query's.
 */
class SetVerdicts implements SetJudge {
  private readonly all: number;
  /** Per set: 0 not yet judged, 1 passes, -1 does not (or is every term: walked before). */
  private readonly verdicts: Int8Array;
  private readonly bounds: Float64Array;

  constructor(
    private readonly lists: Lists,
    private readonly passes: (set: number) => boolean,
  ) {
    this.all = 2 ** lists.count - 1;
    this.verdicts = new Int8Array(this.all + 1);
    this.bounds = new Float64Array(this.all + 1);
  }

  competes(set: number, floor: number): boolean {
    let verdict = this.verdicts[set]!;
    if (verdict === 0) {
      verdict = set !== this.all && this.passes(set) ? 1 : -1;
      this.verdicts[set] = verdict;
      this.bounds[set] = boundOf(this.lists, set);
    }
    return verdict > 0 && this.bounds[set]! >= floor;
  }
}
