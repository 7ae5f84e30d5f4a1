import { beforeAll, describe, expect, it } from 'vitest';
import { rowsFailing, someRowPasses, weightedShare } from '../../src/answer/question-coverage.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

describe('weightedShare', () => {
  it('given weights, then a set of matched terms holds their share of the total, unknown terms adding nothing', () => {
    const share = weightedShare(new Set(['口罩', '捐赠', '疫苗']), (t) => ({ 口罩: 1, 捐赠: 2, 疫苗: 1 })[t] ?? 0);
    expect(share(['捐赠'])).toBe(0.5);
    expect(share(['口罩', '疫苗', '世界杯'])).toBe(0.5);
    expect(share([])).toBe(0);
  });

  it('given terms that weigh nothing, then every share is 0', () => {
    expect(weightedShare(new Set(['口罩']), () => 0)(['口罩'])).toBe(0);
  });
});

describe('someRowPasses and rowsFailing (real index)', () => {
  it('given sentences matching either of two words, then they tell which hold both', () => {
    const matches = services.index.sentences({ words: ['口罩', '捐赠'], bigrams: [] });
    const both = (terms: string[]) => terms.includes('口罩') && terms.includes('捐赠');
    const docs = Array.from(matches.docs);
    expect(someRowPasses(matches, both)).toBe(true);
    expect(someRowPasses(matches, () => false)).toBe(false);
    const failing = rowsFailing(matches, docs, both);
    const holdingBoth = docs.filter((doc) => both(matches.terms(matches.rowOfNumber(doc))));
    expect(holdingBoth.length).toBeGreaterThan(0);
    expect(failing.size).toBe(docs.length - holdingBoth.length);
    for (const doc of holdingBoth) expect(failing.has(doc)).toBe(false);
  });
});
