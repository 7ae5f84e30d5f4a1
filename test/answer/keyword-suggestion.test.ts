import { beforeAll, describe, expect, it } from 'vitest';
import { keywordSuggestion } from '../../src/answer/keyword-suggestion.js';
import { analyzeQuery } from '../../src/answer/query-analysis.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

const suggest = (question: string) => keywordSuggestion(services, analyzeQuery(services, question));

describe('keywordSuggestion (real corpus)', () => {
  it('given a question with words the documents write, then it suggests them, rarest first', () => {
    const suggestion = suggest('咱们的方舱医院到底靠不靠谱呀？');
    expect(suggestion).toMatch(/^\/search /);
    const keywords = suggestion!.slice('/search '.length).split(' ');
    expect(keywords).toContain('方舱医院');
    const idf = keywords.map((k) => services.index.idf(k));
    expect(idf).toEqual([...idf].sort((a, b) => b - a));
  });

  it('given only words the documents never write or write everywhere, then it suggests nothing', () => {
    expect(suggest('比特币和足球')).toBeNull();
    expect(suggest('中国的中国')).toBeNull();
  });
});
