import { beforeAll, describe, expect, it } from 'vitest';
import { didYouMean, writtenNear } from '../../src/answer/spelling.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';
import { answerOver } from '../support/answer-over.js';

let services: Services;
const engine = answerOver();
beforeAll(async () => {
  services = createServices({}, createLogger('silent'));
});
const nowhere = () => false;

describe('did you mean (real corpus)', () => {
  it('given a name or term one character off (a homophone typed by pinyin), then the word the documents write', () => {
    expect(writtenNear(services, '古特雷丝')).toContain('古特雷斯');
    expect(didYouMean(services, '方仓医院', nowhere, 'zh')).toEqual({
      line: '你要找的是不是“方舱医院”？试试 /search 方舱医院',
      search: '/search 方舱医院',
      query: '方舱医院',
      typos: ['方仓医院'],
      words: ['方舱医院'],
    });
  });

  it('given a two-character word typed with a homophone, then the word the documents write', () => {
    // 罩/照 (zhao) and 情/请 (qing) sound alike: the pinyin keyboard offered the wrong one.
    expect(didYouMean(services, '口照', nowhere, 'zh')?.search).toBe('/search 口罩');
    expect(didYouMean(services, '疫请', nowhere, 'zh')?.search).toBe('/search 疫情');
    // Typed with a character the documents never use (汗, 胡, 郎): its sound is still known.
    expect(['武汗', '胡北', '伊郎'].map((typed) => didYouMean(services, typed, nowhere, 'zh')?.search)).toEqual([
      '/search 武汉',
      '/search 湖北',
      '/search 伊朗',
    ]);
    // Two characters no word of the language, with no homophone written twice among the documents' words: no guess.
    expect(writtenNear(services, '出省')).toEqual([]); // 出生 sounds alike but is written once
    expect(didYouMean(services, '出省', nowhere, 'zh')).toBeNull();
  });

  it('given a word of the language the documents do not write, then it is no typo, whatever sounds like it', () => {
    // 当时 and 数字 are words (the word vectors know them); 当事 and 数自 are what the documents write.
    expect(didYouMean(services, '当时', nowhere, 'zh')).toBeNull();
    expect(didYouMean(services, '数字', nowhere, 'zh')).toBeNull();
    expect(engine.answer({ command: 'search', query: '当时' }).message ?? '').not.toContain('以下是');
  });

  it('given a word one character off that does not sound alike, then it is another word, not a typo', () => {
    // 南 (nan) and 北 (bei): 南京市 is a city of its own, not a misspelt 北京市.
    expect(writtenNear(services, '南京市')).not.toContain('北京市');
    expect(didYouMean(services, '南京市', nowhere, 'zh')).toBeNull();
  });

  it('given a name jieba cuts apart (in no word list), then the run the documents write twice or more', () => {
    expect(didYouMean(services, '冯德来恩', nowhere, 'zh')?.search).toBe('/search 冯德莱恩');
    // Three characters are too few to read running text: 世界杯 would meet 世界卫 (of 世界卫生组织).
    expect(didYouMean(services, '世界杯', nowhere, 'zh')).toBeNull();
  });

  it('given keywords the documents write, as a word or only inside sentences, or nothing near, then no suggestion', () => {
    expect(didYouMean(services, '古特雷斯 方舱医院', nowhere, 'zh')).toBeNull();
    expect(didYouMean(services, '疫情防控期间', (k) => k === '疫情防控期间', 'zh')).toBeNull();
    expect(didYouMean(services, '量子计算机', nowhere, 'zh')).toBeNull();
  });

  it('given typos typed twice, then each named once; given so many that the search as typed would be too long, then it is not offered', () => {
    expect(engine.answer({ command: 'search', query: '武汗 胡北 武汗 胡北' }).message).toMatch(
      /^没有句子写“武汗”、“胡北”，以下是“武汉”、“湖北”的结果。/u,
    );
    const many = Array.from({ length: 66 }, () => '武汗').join(' ');
    const answer = engine.answer({ command: 'search', query: many });
    expect(answer.items.length).toBeGreaterThan(0);
    expect(answer.suggestions.some((s) => s.includes('/search "武汗"'))).toBe(false);
  });

  it('given a /search with a typo, then the corrected word’s results, said so, with the search as typed offered, in the reader’s language', () => {
    const answer = engine.answer({ command: 'search', query: '健康丝稠之路' });
    expect(answer.message).toContain('没有句子写“健康丝稠之路”，以下是“健康丝绸之路”的结果。');
    expect(answer.items.length).toBeGreaterThan(0);
    for (const item of answer.items) expect(item.text).toContain('健康丝绸之路');
    expect(answer.query).toBe('健康丝稠之路');
    const english = engine.answer({ command: 'search', query: '古特雷丝', locale: 'en' });
    expect(english.message).toContain('No sentence writes “古特雷丝”: showing results for “古特雷斯”.');
    expect(english.suggestions).toEqual(['Search as typed: /search "古特雷丝"']);
    // The search as typed, its keyword quoted, is searched as written: nothing, and no correction.
    const asTyped = engine.answer({ command: 'search', query: '"古特雷丝"' });
    expect(asTyped.items).toEqual([]);
    expect(asTyped.message ?? '').not.toContain('古特雷斯');
    expect(engine.answer({ command: 'search', query: '疫情防控期间' }).message ?? '').not.toContain('是不是');
  });
});
