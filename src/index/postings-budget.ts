// A query walks at most a budget of postings per field, rarest terms first, so that its time
// stays flat however large the corpus grows: at 100× the starting corpus a long question's
// distinctive terms reach hundreds of thousands of postings. The rarest terms carry most of
// BM25's weight; the common ones left out add little.
//
// The budget is far above what any question reaches on the starting corpus (every searched term
// there is in at most 15% of 757 passages), so answers there are unchanged (every eval set scores
// identically). Measured on the 100× bench corpus (npm run bench -- --scale 100; eval with
// --corpus), /ask time per question and Hit@1 on holdout-v1 / blind-v8:
//   no budget 303 ms, 0.81 / 0.52;  20,000: 145 ms, 0.81 / 0.51;
//   10,000: 65 ms, 0.76 / 0.51;  5,000: 26 ms, 0.76 / 0.47.
// 20,000 halves the time at no measurable cost; lower budgets start losing answers.
export const POSTINGS_BUDGET = 20_000;
/**
 * Postings of /search's keywords searched however common they are (passage-index.ts `always`):
 * 疫情 at 100× the corpus has 34,550; a few such keywords fit, a query of dozens does not.
 */
export const ALWAYS_POSTINGS_BUDGET = 5 * POSTINGS_BUDGET;

/**
 * The terms to search: rarest first while their postings fit the budget (the rarest always
 * kept), returned in their original order.
 */
export function withinPostingsBudget(terms: readonly string[], frequency: (term: string) => number, budget = POSTINGS_BUDGET): string[] {
  const allowed = new Set<string>();
  let postings = 0;
  for (const term of [...terms].sort((a, b) => frequency(a) - frequency(b))) {
    postings += frequency(term);
    if (allowed.size > 0 && postings > budget) break;
    allowed.add(term);
  }
  return terms.filter((t) => allowed.has(t));
}
