import { beforeAll, describe, expect, it } from 'vitest';
import { nearestInTheirParts } from '../../src/answer/meaning-candidates.js';
import { analyzeQuery } from '../../src/answer/query-analysis.js';
import { rankingCandidates } from '../../src/answer/ranked-search.js';
import { RANKING_WEIGHTS } from '../../src/answer/ranking-weights.js';
import { standings } from '../../src/answer/reranker.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

// A question worded apart from its answer: 各地根据危险程度怎么区别对待 shares no searched word with
// the white paper's 低风险区严防输入…中风险区…高风险区…, which stage 1 therefore never finds; it
// stands in the same section as sentences that do match, and is the nearest there in meaning.

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

const QUESTION = '各地根据危险程度怎么区别对待？';
const ANSWER = '低风险区严防输入';

const candidatesOf = (question: string) =>
  rankingCandidates(services, analyzeQuery(services, question, { rankedAs: 'ask' }), 'ask', RANKING_WEIGHTS.ask);

describe('/ask candidates near the question in meaning', () => {
  it('given a question sharing no word with its answer, then the answer competes, admitted for its meaning and listed only among the first ten', () => {
    const answer = candidatesOf(QUESTION).find((c) => c.passage.text.includes(ANSWER));
    expect(answer?.meant).toBe(true);
    expect(answer?.weak).toBe(true);
    expect(answer?.terms).toEqual([]);
  });

  it('given sentences stage 1 found, then each part is searched once and gives at most two sentences of its own', () => {
    const { numbers } = services.index;
    const candidates = candidatesOf(QUESTION);
    const best = candidates.filter((c) => !c.meant && !c.weak).map((c) => numbers.numberOf(c.passage.id));
    const found = nearestInTheirParts(services, analyzeQuery(services, QUESTION).words, [best[0]!, best[0]!]);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(2);
    const part = services.library.sectionOf(numbers.passages[best[0]!]!.id)?.passageIds ?? [];
    for (const n of found) expect(part).toContain(numbers.passages[n]!.id);
  });

  it('given no meaning vector for the question (one word), then no sentence is admitted for its meaning', () => {
    expect(nearestInTheirParts(services, ['区别'], [0, 1, 2])).toEqual([]);
  });

  it('given a candidate admitted for its meaning nearest of all, then the others keep their meaning gap to the nearest sharing words', () => {
    const candidates = candidatesOf(QUESTION);
    const meant = candidates.find((c) => c.meant)!;
    const lexical = candidates.filter((c) => !c.meant).slice(0, 2);
    const head = [...lexical, meant].map((candidate, rank) => ({ candidate, score: 3 - rank }));
    const gaps = standings(head, [0.5, 0.4, 0.9]).map((s) => s.meaningGap);
    expect(gaps[0]).toBeCloseTo(0);
    expect(gaps[1]).toBeCloseTo(0.1);
  });
});
