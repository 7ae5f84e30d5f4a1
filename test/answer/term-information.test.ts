import { beforeAll, describe, expect, it } from 'vitest';
import { termInformation } from '../../src/answer/term-information.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

describe('term information (real corpus)', () => {
  it('given a word the corpus writes, then it weighs its IDF', () => {
    const information = termInformation(services.index);
    expect(services.index.frequency('方舱医院')).toBeGreaterThan(0);
    expect(information('方舱医院')).toBe(services.index.idf('方舱医院'));
  });

  it('given an everyday word the corpus never writes, made of its common characters, then it weighs less than an unseen word', () => {
    const information = termInformation(services.index);
    // 护士 (nurse): the corpus writes 医护人员, but 护 and 士 are common in it.
    expect(services.index.frequency('护士')).toBe(0);
    expect(information('护士')).toBeLessThan(services.index.idf('护士'));
    expect(information('护士')).toBeCloseTo(services.index.characterIdf('护') + services.index.characterIdf('士'));
  });

  it('given a word with a character the corpus never has, then it keeps the full unseen-word weight', () => {
    const information = termInformation(services.index);
    // 茅 is nowhere in the corpus: a question about 茅台 asks about something it does not cover.
    expect(services.index.characterIdf('茅')).toBe(0);
    expect(information('茅台')).toBe(services.index.idf('茅台'));
  });

  it('given a rare-character word the corpus never writes, then its weight is capped at the unseen-word weight', () => {
    const information = termInformation(services.index);
    // 热干面 (a Wuhan noodle dish): three characters the corpus has, rare enough to add up past the cap.
    expect(services.index.frequency('热干面')).toBe(0);
    expect(information('热干面')).toBe(services.index.idf('热干面'));
  });
});
