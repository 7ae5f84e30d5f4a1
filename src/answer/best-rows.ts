import { kthLargest } from '../index/kth-largest.js';
import type { SentenceMatches } from '../index/sentence-matches.js';

// The sentences that go on to ranking's second stage: the matched rows best BM25 first (words +
// bigrams; ties by row, i.e. index order), as far as `enough` of them pass a test (ranked-search.ts).

const rowScore = (matches: SentenceMatches, row: number): number => matches.words[row]! + matches.bigrams[row]!;

/**
 * The first `enough` rows passing `keep`, best first. Only the best rows are sorted and tested:
 * a long question at scale matches tens of thousands, and `keep` looks up each row's terms.
 */
export function bestRows(matches: SentenceMatches, enough: number, keep: (row: number) => boolean): number[] {
  const { count } = matches;
  const scores = new Float64Array(count);
  for (let row = 0; row < count; row++) scores[row] = rowScore(matches, row);
  const byScore = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
  // The best rows, sorted, tested in order until enough pass: most often enough do among the first.
  const pool = Math.min(count, enough * 8);
  const threshold = pool > 0 ? kthLargest(scores, pool) : Number.POSITIVE_INFINITY;
  const best: number[] = [];
  for (let row = 0; row < count; row++) if (scores[row]! >= threshold) best.push(row);
  best.sort(byScore);
  const kept: number[] = [];
  for (const row of best) {
    if (kept.length >= enough) return kept;
    if (keep(row)) kept.push(row);
  }
  if (kept.length >= enough || best.length >= count) return kept;
  // Few pass (an operator's phrase few sentences write, 中国—意大利): every other row is tested
  // once and only those passing are sorted. Growing the sorted pool instead sorted every row
  // several times over (~25 ms at 100× the corpus, 21,000 rows).
  // The rows below the threshold are exactly those not yet tested.
  for (let row = 0; row < count; row++) if (scores[row]! < threshold && keep(row)) kept.push(row);
  return kept.sort(byScore).slice(0, enough);
}

/**
 * The same rows as bestRows when whether a row passes depends only on its term set
 * (`sets`, matches.termSets): each set is tested once, so every row is, and only the rows
 * passing compete; then just the `enough` best of those are sorted.
 */
export function bestRowsBySet(matches: SentenceMatches, sets: Uint32Array, enough: number, keep: (row: number) => boolean): number[] {
  const { count } = matches;
  let all = 0;
  for (let row = 0; row < count; row++) all |= sets[row]!;
  // Per term set: 0 not yet tested, 1 passes, -1 fails.
  const verdicts = new Int8Array((all >>> 0) + 1);
  const passing = new Uint32Array(count);
  const scores = new Float64Array(count);
  let n = 0;
  for (let row = 0; row < count; row++) {
    const set = sets[row]!;
    let verdict = verdicts[set]!;
    if (verdict === 0) {
      verdict = keep(row) ? 1 : -1;
      verdicts[set] = verdict;
    }
    if (verdict < 0) continue;
    passing[n] = row;
    scores[n++] = rowScore(matches, row);
  }
  const threshold = n > enough ? kthLargest(scores.subarray(0, n), enough) : Number.NEGATIVE_INFINITY;
  // Indices into `passing`, which ascends like the rows: ties keep index order.
  const best: number[] = [];
  for (let i = 0; i < n; i++) if (scores[i]! >= threshold) best.push(i);
  best.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return best.slice(0, enough).map((i) => passing[i]!);
}

/** How many rows pass `keep`; given the rows' term `sets` (when `keep` depends on nothing else), each set is tested once. */
export function countRows(matches: SentenceMatches, keep: (row: number) => boolean, sets: Uint32Array | null): number {
  let count = 0;
  if (!sets) {
    for (let row = 0; row < matches.count; row++) if (keep(row)) count++;
    return count;
  }
  const verdicts = new Map<number, boolean>();
  for (let row = 0; row < matches.count; row++) {
    let verdict = verdicts.get(sets[row]!);
    if (verdict === undefined) {
      verdict = keep(row);
      verdicts.set(sets[row]!, verdict);
    }
    if (verdict) count++;
  }
  return count;
}
