import { beforeAll, describe, expect, it } from 'vitest';
import { conditionFilter } from '../../src/answer/keyword-test.js';
import { readSearchSyntax } from '../../src/answer/search-syntax.js';
import { sentencesMeeting, substringMatches } from '../../src/answer/substring-search.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

// /search reading the sentences' own texts (the real corpus): what the index cannot find, and what
// a boolean condition asks for, checked against a plain reading of every sentence.

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

const texts = () => services.index.numbers.passages.map((p) => services.library.matchText(p));

describe('substringMatches', () => {
  it('given one character, then exactly the sentences writing it, in index order', () => {
    const found = substringMatches(services, ['疫'], null).map((r) => r.passage.id);
    const expected = services.index.numbers.passages.filter((p) => services.library.matchText(p).includes('疫')).map((p) => p.id);
    expect(found).toEqual(expected);
    expect(found.length).toBeGreaterThan(100);
  });

  it('given a number, then only sentences writing it whole (10 is not in 100)', () => {
    const found = substringMatches(services, ['10'], null);
    expect(found.length).toBeGreaterThan(0);
    for (const { passage } of found) expect(passage.text).toMatch(/(?<![\d.,])10(?![\d]|[.,]\d)/u);
  });
});

describe('sentencesMeeting', () => {
  it('given 口罩 OR 呼吸机, then the numbers of exactly the sentences writing either', () => {
    const syntax = readSearchSyntax('口罩 OR 呼吸机');
    const numbers = sentencesMeeting(services, conditionFilter(services, syntax!.condition));
    const expected = texts().flatMap((t, n) => (t.includes('口罩') || t.includes('呼吸机') ? [n] : []));
    expect([...numbers]).toEqual(expected);
  });
});
