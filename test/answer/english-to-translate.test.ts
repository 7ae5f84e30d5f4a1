import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/answer/query-analysis.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';
import { answerOver } from '../support/answer-over.js';

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

describe('numbers glued to English words', () => {
  it('given COVID-19, which the documents never write, then it is translated whole and its 19 is no number searched', () => {
    // Searched alone, 19 put 南亚地区19国 first for /search COVID-19.
    const analysis = analyzeQuery(services, 'COVID-19');
    expect(analysis.words).toContain('新冠肺炎');
    expect([...analysis.words, ...analysis.phrases]).not.toContain('19');
  });

  it('given the same number typed on its own too, then that number is searched', () => {
    const analysis = analyzeQuery(services, 'COVID-19 19国');
    expect(analysis.words).toContain('19');
    expect(analysis.phrases).toContain('19国');
  });
});

describe('accented Latin words', () => {
  const engine = answerOver();
  it('given /search Pastéis over the starting corpus, then no sentence is found for its pieces "past" and "is", and the word is named as typed', () => {
    const answer = engine.search('Pastéis');
    expect(answer.items).toHaveLength(0);
    expect(answer.message ?? '').toContain('Pastéis');
  });
});
