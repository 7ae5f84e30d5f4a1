import { beforeAll, describe, expect, it } from 'vitest';
import { answerFreeText } from '../../src/answer/free-text.js';
import { asQuoted, eachSentenceSearched, type PlainSearch } from '../../src/answer/search-retries.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

let services: Services;
let plain: PlainSearch;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
  plain = (request) => answerFreeText(services, request, 'search', false);
});

describe('/search asked again another way', () => {
  it('given a name some sentence writes, then its quoted search, answered under the query as typed; given one none writes, then null', () => {
    const quoted = asQuoted(plain, { command: 'search', query: '中国-意大利' });
    expect(quoted?.query).toBe('中国-意大利');
    expect(quoted?.items.every((i) => i.text.includes('中国—意大利'))).toBe(true);
    expect(asQuoted(plain, { command: 'search', query: '中国-东盟' })).toBeNull();
  });

  it('given one sentence, or a passage no sentence of which is written, then no retry', () => {
    expect(eachSentenceSearched(plain, { command: 'search', query: '疫情没有国界。' }, 'zh')).toBeNull();
    expect(eachSentenceSearched(plain, { command: 'search', query: '量子计算机很快。火星基地建成了。' }, 'zh')).toBeNull();
  });
});
