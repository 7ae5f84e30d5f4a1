import { beforeAll, describe, expect, it } from 'vitest';
import { nearWords } from '../../src/answer/near-words.js';
import { NEAR } from '../../src/answer/semantic-coverage.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

// The corpus's own words near a question's, through the installed word vectors (real corpus).

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

describe('nearWords', () => {
  it('given an everyday word the corpus never writes, then the words it writes for it are near', () => {
    expect(services.index.frequency('护士')).toBe(0);
    const near = nearWords(services, ['护士'], 5);
    expect(near.map((n) => n.word)).toContain('医护人员');
    for (const n of near) {
      expect(n.asked).toBe('护士');
      expect(n.cosine).toBeGreaterThanOrEqual(NEAR);
      expect(services.index.frequency(n.word)).toBeGreaterThan(0);
    }
  });

  it('given several asked words, then at most the nearest few each, and never an asked word or one holding it', () => {
    const near = nearWords(services, ['医院', '防止'], 3);
    expect(near.length).toBeGreaterThan(0);
    expect(near.filter((n) => n.asked === '医院').length).toBeLessThanOrEqual(3);
    expect(near.filter((n) => n.asked === '防止').length).toBeLessThanOrEqual(3);
    for (const n of near) expect(n.word.includes('医院') || n.word.includes('防止')).toBe(false);
  });

  it('given a word without a vector, then nothing is near it', () => {
    expect(nearWords(services, ['qzxv'], 5)).toEqual([]);
  });
});
