import { describe, expect, it } from 'vitest';
import { offer, suggested, withOffers } from '../../src/answer/offers.js';
import type { Answer } from '../../src/core/types.js';
import { answerOver } from '../support/answer-over.js';

// An answer carries the command each of its runnable suggestions runs, beside the label it shows:
// adapters run that command and never read one back out of a label.

describe('withOffers', () => {
  const answer = (suggestions: string[], offers?: Answer['offers']) =>
    ({
      command: 'date',
      query: '',
      total: 0,
      page: 1,
      pageSize: 10,
      items: [],
      message: null,
      suggestions,
      ...(offers ? { offers } : {}),
    }) as Answer;

  it('given commands as typed, hints and a stated offer, then an offer for each command, in the suggestions’ order', () => {
    const stated = offer('3月8日（2条）', '/date 3月8日');
    const completed = withOffers(
      answer(['/search 白皮书', '用更短的关键词', '3月8日（2条）', '/help', '换一种说法：/search 关键词'], [stated]),
    );
    expect(completed.offers).toEqual([offer('/search 白皮书', '/search 白皮书'), stated]);
  });
});

describe('suggested', () => {
  it('given two suggestions running one command, then the first of them only', () => {
    expect(suggested(['/date 4月5日', offer('5月10日（1条）', '/date 5月10日'), offer('4月5日（1条）', '/date 4月5日')])).toEqual({
      suggestions: ['/date 4月5日', '5月10日（1条）'],
      offers: [offer('5月10日（1条）', '/date 5月10日')],
    });
  });
});

describe('offers of the starting corpus’s answers', () => {
  const engine = answerOver();

  it('given /date of a day without entries, then each nearest day shown with its count runs /date of that day alone', () => {
    for (const locale of ['zh', 'en'] as const) {
      const answer = engine.answer({ command: 'date', query: '3月1日', locale });
      expect(answer.offers?.map((o) => o.label)).toEqual(answer.suggestions);
      expect(answer.offers?.[0]).toEqual(
        locale === 'en' ? offer('March 8 (2 entries)', '/date March 8') : offer('3月8日（2条）', '/date 3月8日'),
      );
    }
  });

  it('given /ask about such a day, then the same offers, though the answer is an /ask', () => {
    const answer = engine.answer({ command: 'ask', query: '3月1日发生了什么' });
    expect(answer.offers?.[0]).toEqual(offer('3月8日（2条）', '/date 3月8日'));
  });

  it('given /country of a misspelt place, then the place it means runs /country', () => {
    expect(engine.answer({ command: 'country', query: '意大立' }).offers).toEqual([offer('意大利', '/country 意大利')]);
  });

  it('given /search of a homophone, then the search as typed runs without the words saying so', () => {
    const answer = engine.answer({ command: 'search', query: '口照' });
    expect(answer.offers).toEqual([offer('仍要查找原词：/search "口照"', '/search "口照"')]);
  });
});
