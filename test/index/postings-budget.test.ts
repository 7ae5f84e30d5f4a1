import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POSTINGS_BUDGET, withinPostingsBudget } from '../../src/index/postings-budget.js';

describe('postings budget', () => {
  it('given terms whose postings exceed the budget, then the commonest are left out and the order kept', () => {
    const df: Record<string, number> = { 疫情: 900, 习近平: 300, 古特雷斯: 2, 通电话: 40 };
    expect(withinPostingsBudget(['疫情', '习近平', '古特雷斯', '通电话'], (t) => df[t] ?? 0, 400)).toEqual([
      '习近平',
      '古特雷斯',
      '通电话',
    ]);
  });

  it('given a single term over the budget, then it is still searched', () => {
    expect(withinPostingsBudget(['疫情'], () => 10 * POSTINGS_BUDGET)).toEqual(['疫情']);
  });

  it('given any terms, then the kept ones fit the budget (or are the rarest alone) and none left out is rarer', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 30 }),
        fc.array(fc.nat(5_000), { minLength: 30, maxLength: 30 }),
        fc.integer({ min: 1, max: 20_000 }),
        (terms, counts, budget) => {
          const df = (t: string) => counts[terms.indexOf(t)] ?? 0;
          const kept = withinPostingsBudget(terms, df, budget);
          expect(kept).toEqual(terms.filter((t) => kept.includes(t)));
          if (terms.length) expect(kept.length).toBeGreaterThan(0);
          if (kept.length > 1) expect(kept.reduce((n, t) => n + df(t), 0)).toBeLessThanOrEqual(budget);
          const dropped = terms.filter((t) => !kept.includes(t));
          for (const t of dropped) for (const k of kept) expect(df(t)).toBeGreaterThanOrEqual(df(k));
        },
      ),
      { numRuns: 500 },
    );
  });
});
