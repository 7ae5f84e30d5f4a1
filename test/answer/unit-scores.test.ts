import { beforeAll, describe, expect, it } from 'vitest';
import { bestUnitScore, UnitScores, unitScoresOnDemand } from '../../src/answer/unit-scores.js';
import { buildUnitSpans, NO_UNIT, READ_THROUGH_LIBRARY, RECORD, unitSpansFor } from '../../src/answer/unit-spans.js';
import { createServices } from '../../src/core/create-engine.js';
import { buildLibrary } from '../../src/core/library.js';
import type { Services } from '../../src/core/services.js';
import { numberPassages } from '../../src/index/passage-numbers.js';
import type { Sums } from '../../src/index/scored-lists.js';
import type { SentenceMatches } from '../../src/index/sentence-matches.js';
import { createLogger } from '../../src/log.js';
import { awkwardCorpus } from '../support/awkward-corpus.js';

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

/** Each unit's sum of its matched sentences' scores (words counted twice), kept in a plain Map. */
function summedByUnit(matches: SentenceMatches): Map<string, number> {
  const sums = new Map<string, number>();
  for (let row = 0; row < matches.count; row++)
    for (const unit of services.library.unitsContaining(matches.id(row)))
      sums.set(unit, (sums.get(unit) ?? 0) + 2 * matches.words[row]! + matches.bigrams[row]!);
  return sums;
}

describe('unit scores (real corpus)', () => {
  it('given the sentences matching a query, then each unit scores the sum of its sentences (words counted twice)', () => {
    const matches = services.index.sentences({ words: ['古特雷斯'], bigrams: ['古特', '特雷'] });
    const units = new UnitScores(services.library);
    units.sum(matches);
    const expected = summedByUnit(matches);
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

  it('given a query touching more units than its reused list first holds, then every unit sums as one map would, and the next query clears them all', () => {
    // Words common enough to touch a few hundred units, several times the list's first size (64): it grows mid-sum.
    const broad = services.index.sentences({ words: ['中国', '疫情', '国家', '合作', '防控', '武汉'], bigrams: [] });
    const units = new UnitScores(services.library);
    units.sum(broad);
    const expected = summedByUnit(broad);
    expect(expected.size).toBeGreaterThan(4 * 64);
    for (const [unit, score] of expected) expect(units.score(unit)).toBeCloseTo(score, 12);
    const best = [...expected].sort((a, b) => b[1] - a[1])[0]!;
    expect(units.score(units.best(0)[0]!)).toBe(best[1]);
    units.sum(services.index.sentences({ words: ['古特雷斯'], bigrams: [] }));
    const left = [...expected.keys()].filter((unit) => units.score(unit) > 0);
    expect(left.length).toBeLessThan(20);
    for (const unit of left) expect(units.best(0)).toContain(unit);
  });

  it('given a query’s best sentences, then their units score on demand what summing every match gives, to the bit, pruned or not', () => {
    const terms = { words: ['医疗'], bigrams: ['医疗', '物资'] };
    const matches = services.index.sentences(terms);
    const units = new UnitScores(services.library);
    units.sum(matches);
    const top = services.index.bestSentences(terms, 20, () => true);
    expect(top).not.toBeNull();
    const candidates = top!.docs;
    const spans = unitSpansFor(services.library, services.index.numbers.passages.length);
    for (const scores of [matches, top!]) {
      const asked = [...candidates, matches.docs[0]!];
      const onDemand = unitScoresOnDemand(services.library, scores, spans, asked);
      // A passage whose unit no other candidate shares is summed alone; asked again, a unit answers the same.
      for (const n of [...asked, ...candidates]) expect(onDemand(n)).toBe(bestUnitScore(services.library, n, (unit) => units.score(unit)));
    }
  });

  it('given candidates none of which is in a unit, then each scores 0', () => {
    const terms = { words: ['医疗'], bigrams: ['医疗', '物资'] };
    const matches = services.index.sentences(terms);
    // Spans of a corpus with no units (a document of lines without entries or windows): every record NO_UNIT.
    const records = new Int32Array(RECORD * services.index.numbers.passages.length).fill(NO_UNIT);
    const candidates = Array.from(matches.docs.subarray(0, 5));
    const onDemand = unitScoresOnDemand(services.library, matches, { records }, candidates);
    for (const n of candidates) expect(onDemand(n)).toBe(0);
  });

  it('given sentences in two units, out of order or unknown ids, then on demand each unit sums its known sentences in ascending order', () => {
    const corpus = awkwardCorpus();
    const numbers = numberPassages(corpus);
    const library = buildLibrary(corpus, numbers);
    const count = numbers.passages.length;
    // Scores whose sum depends on the order of additions, as floating-point sums do.
    const scores = { sumsOf: (doc: number, into: Sums) => Object.assign(into, { words: 0.1 * (doc + 1), bigrams: 1e16 * (doc % 2) }) };
    const expected = (text: ArrayLike<number>) =>
      Array.from(text)
        .filter((d) => d >= 0)
        .sort((a, b) => a - b)
        .reduce((sum, d) => sum + (2 * (0.1 * (d + 1)) + 1e16 * (d % 2)), 0);
    const spans = buildUnitSpans(library, count);
    expect(numbers.passages.some((_, n) => spans.records[RECORD * n] === READ_THROUGH_LIBRARY)).toBe(true);
    // Twice over: the second query's sums are its own, not the first's.
    for (let query = 0; query < 2; query++) {
      const onDemand = unitScoresOnDemand(
        library,
        scores,
        spans,
        numbers.passages.map((_, n) => n),
      );
      for (let n = 0; n < count; n++) expect(onDemand(n)).toBe(Math.max(0, ...library.unitTextsOfNumber(n).map(expected)));
    }
  });
});
