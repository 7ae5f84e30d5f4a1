import { beforeAll, describe, expect, it } from 'vitest';
import { bestUnitScore, UnitScores, unitScoresOnDemand } from '../../src/answer/unit-scores.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

describe('unit scores (real corpus)', () => {
  it('given the sentences matching a query, then each unit scores the sum of its sentences (words counted twice)', () => {
    const matches = services.index.sentences({ words: ['古特雷斯'], bigrams: ['古特', '特雷'] });
    const units = new UnitScores(services.library);
    units.sum(matches);
    const expected = new Map<string, number>();
    for (let row = 0; row < matches.count; row++)
      for (const unit of services.library.unitsContaining(matches.id(row)))
        expected.set(unit, (expected.get(unit) ?? 0) + 2 * matches.words[row]! + matches.bigrams[row]!);
    expect(expected.size).toBeGreaterThan(0);
    for (const [unit, score] of expected) expect(units.score(unit)).toBeCloseTo(score, 12);
    const best = units.best(0);
    expect(units.score(best[0]!)).toBe(Math.max(...expected.values()));
  });

  it('given a second query, then units only the first one matched score 0, and best() keeps the share asked', () => {
    const units = new UnitScores(services.library);
    units.sum(services.index.sentences({ words: ['古特雷斯'], bigrams: [] }));
    const first = units.best(0);
    units.sum(services.index.sentences({ words: ['塞尔维亚'], bigrams: [] }));
    const second = units.best(0.4);
    expect(second.length).toBeGreaterThan(0);
    expect(second.length).toBeLessThanOrEqual(12);
    for (const unit of first.filter((u) => !second.includes(u))) expect(units.score(unit)).toBe(0);
    const top = units.score(second[0]!);
    for (const unit of second) expect(units.score(unit)).toBeGreaterThanOrEqual(top * 0.4);
  });

  it('given a query’s best sentences, then their units score on demand what summing every match gives, to the bit, pruned or not', () => {
    const terms = { words: ['医疗'], bigrams: ['医疗', '物资'] };
    const matches = services.index.sentences(terms);
    const units = new UnitScores(services.library);
    units.sum(matches);
    const top = services.index.bestSentences(terms, 20, () => true);
    expect(top).not.toBeNull();
    const candidates = top!.docs;
    for (const scores of [matches, top!]) {
      const onDemand = unitScoresOnDemand(services.library, scores);
      // A passage that is not a candidate is summed alone.
      for (const n of [...candidates, matches.docs[0]!])
        expect(onDemand(n)).toBe(bestUnitScore(services.library, n, (unit) => units.score(unit)));
    }
  });
});
