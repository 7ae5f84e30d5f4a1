import type { SentenceMatches } from '../index/sentence-matches.js';

// How much of a question a sentence holds: the share of the question's information (its terms'
// weights) among the terms the sentence contains, and the tests ranked-search.ts makes with it
// over the matched sentences (is the question answerable at all; which candidates hold little).

/**
 * The share of `terms`' weight that a set of matched terms holds. Weights are read once per
 * query: coverage is tested for every distinct term set, or for every row of a long question.
 */
export function weightedShare(terms: Set<string>, weight: (term: string) => number): (matched: Iterable<string>) => number {
  const weights = new Map<string, number>();
  let all = 0;
  for (const t of terms) {
    const w = weight(t);
    weights.set(t, w);
    all += w;
  }
  return (matched) => {
    if (all <= 0) return 0;
    let found = 0;
    for (const t of matched) found += weights.get(t) ?? 0;
    return found / all;
  };
}

/** Whether some matched sentence's terms pass `test`, each distinct term set tested once. */
export function someRowPasses(sentences: SentenceMatches, test: (terms: string[]) => boolean): boolean {
  const tested = new Set<number>();
  for (let row = 0; row < sentences.count; row++) {
    const set = sentences.termSets?.[row];
    if (set !== undefined) {
      if (tested.has(set)) continue;
      tested.add(set);
    }
    if (test(sentences.terms(row))) return true;
  }
  return false;
}

/** The first-stage sentences whose terms fail `test`, each distinct term set tested once. */
export function rowsFailing(sentences: SentenceMatches, docs: readonly number[], test: (terms: string[]) => boolean): Set<number> {
  const verdicts = new Map<number, boolean>();
  const failed = new Set<number>();
  for (const doc of docs) {
    const row = sentences.rowOfNumber(doc);
    if (row < 0) continue;
    const set = sentences.termSets?.[row];
    let passes = set === undefined ? undefined : verdicts.get(set);
    if (passes === undefined) {
      passes = test(sentences.terms(row));
      if (set !== undefined) verdicts.set(set, passes);
    }
    if (!passes) failed.add(doc);
  }
  return failed;
}
