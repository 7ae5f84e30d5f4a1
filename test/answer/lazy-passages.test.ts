import { beforeAll, describe, expect, it } from 'vitest';
import { ListedCandidate, NumberedCandidate } from '../../src/answer/lazy-passages.js';
import { analyzeQuery } from '../../src/answer/query-analysis.js';
import { rankingCandidates, rankPassages } from '../../src/answer/ranked-search.js';
import { RANKING_WEIGHTS } from '../../src/answer/ranking-weights.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import type { Passage } from '../../src/core/types.js';
import { createLogger } from '../../src/log.js';

// A ranked sentence reads its passage only when asked (lazy-passages.ts): /search ranks 150 and
// shows ten. What it gives when asked is the passage of its number, as before.

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

/** The corpus's passages by number, counting each read of one. */
function counted(passages: readonly Passage[]): { passages: readonly Passage[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(passages, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/u.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { passages: proxy, reads: () => reads };
}

describe('ranked sentences read their passage when asked', () => {
  it('given a /search candidate of the real corpus, then no passage is read until asked, and then its number’s', () => {
    const analysis = analyzeQuery(services, '口罩', { aliasesAsText: true, rankedAs: 'search' });
    const [first] = rankingCandidates(services, analysis, 'search', RANKING_WEIGHTS.search);
    const n = services.index.numbers.numberOf(first!.passage.id);
    const { passages, reads } = counted(services.index.numbers.passages);
    const candidate = new NumberedCandidate(passages, n, first!.features, first!.terms);
    const listed = new ListedCandidate(candidate, 1.5);
    expect(reads()).toBe(0);
    expect(listed.passage).toBe(services.index.numbers.passages[n]);
    expect(listed.passage.text).toContain('口罩');
    expect(listed.terms).toBe(first!.terms);
    expect(listed.score).toBe(1.5);
    expect(reads()).toBe(2);
  });

  it('given /search 口罩, then every sentence ranked writes it, read through its candidate', () => {
    const analysis = analyzeQuery(services, '口罩', { aliasesAsText: true, rankedAs: 'search' });
    const ranked = rankPassages(services, analysis, 'search');
    expect(ranked.length).toBeGreaterThan(5);
    for (const r of ranked) expect(r.passage.text).toContain('口罩');
  });
});
