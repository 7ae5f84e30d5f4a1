import { beforeAll, describe, expect, it } from 'vitest';
import { wholeDayOf } from '../../src/answer/day-phrases.js';
import { daySearched } from '../../src/answer/day-search.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

// The one reading of a day typed as a search, which a /search phrase (substring-search.ts) and a
// whole /search (day-search.ts) both use.

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

describe('wholeDayOf', () => {
  it('given a day alone, in any form, then that day and whether its year is typed', () => {
    expect(wholeDayOf(services, '2025年12月29日')).toEqual({ day: '2025-12-29', yearTyped: true });
    expect(wholeDayOf(services, '2020-03-18')).toEqual({ day: '2020-03-18', yearTyped: true });
    expect(wholeDayOf(services, '3月18日')).toEqual({ day: `${services.defaultYear}-03-18`, yearTyped: false });
  });

  it('given more than a day, or two days, then no day', () => {
    for (const phrase of ['3月18日会议', '会议3月18日', '3月18日3月19日', '会议']) expect(wholeDayOf(services, phrase)).toBeNull();
  });

  it('given a whole /search of a day, typed around spaces, then the sentence running text dates so (a chronicle heading is no sentence)', () => {
    const found = daySearched(services, ' 2020-03-25 ')!;
    expect(found.map((r) => r.terms)).toEqual([['3月25日']]);
    expect(found[0]!.passage.text).toContain('通报,3月25日,有23个省份');
    expect(daySearched(services, '2020-03-25会议')).toBeNull();
  });
});
