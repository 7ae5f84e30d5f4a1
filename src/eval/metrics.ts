import type { Answer } from '../core/types.js';
import type { NegativeCase, RankedCase, SetCase } from './dev-set.js';

// The metrics of eval/README.md, computed on answers from the real answer layer.

export interface RankedScore {
  cases: number;
  hit1: number;
  hit3: number;
  mrr10: number;
  misses: { q: string; rank: number | null }[];
}

export interface SetScore {
  cases: number;
  recall: number;
  precision: number;
  failures: { q: string; recall: number; precision: number }[];
}

/** Rank (1-based) of the first item containing an expected phrase, within the first 10, else null. */
export function firstHitRank(answer: Answer, expect: string[]): number | null {
  const at = answer.items.slice(0, 10).findIndex((item) => expect.some((phrase) => item.text.includes(phrase)));
  return at < 0 ? null : at + 1;
}

export function scoreRanked(cases: RankedCase[], answerOf: (c: RankedCase) => Answer): RankedScore {
  let hit1 = 0;
  let hit3 = 0;
  let mrr = 0;
  const misses: RankedScore['misses'] = [];
  for (const c of cases) {
    const rank = firstHitRank(answerOf(c), c.expect);
    if (rank === 1) hit1++;
    if (rank !== null && rank <= 3) hit3++;
    if (rank !== null) mrr += 1 / rank;
    if (rank !== 1) misses.push({ q: c.q, rank });
  }
  const n = Math.max(1, cases.length);
  return { cases: cases.length, hit1: hit1 / n, hit3: hit3 / n, mrr10: mrr / n, misses };
}

/** Recall over expected phrases and precision over returned items (all pages). */
export function scoreSet(cases: SetCase[], answerOf: (c: SetCase) => Answer): SetScore {
  let recall = 0;
  let precision = 0;
  const failures: SetScore['failures'] = [];
  for (const c of cases) {
    const texts = answerOf(c).items.map((i) => i.text);
    const found = c.expect.filter((phrase) => texts.some((t) => t.includes(phrase))).length;
    const relevant = texts.filter((t) => c.expect.some((phrase) => t.includes(phrase))).length;
    const r = c.expect.length ? found / c.expect.length : 1;
    const p = texts.length ? relevant / texts.length : c.expect.length ? 0 : 1;
    recall += r;
    precision += p;
    if (r < 1 || p < 1) failures.push({ q: c.q, recall: r, precision: p });
  }
  const n = Math.max(1, cases.length);
  return { cases: cases.length, recall: recall / n, precision: precision / n, failures };
}

export function negativePasses(c: NegativeCase, answer: Answer): boolean {
  if (answer.items.length > 0 || !answer.message) return false;
  return c.want === 'error' ? Boolean(answer.error) : !answer.error;
}
