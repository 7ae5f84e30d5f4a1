import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// /search of numbers a user's documents write with thousands separators or as versions: the same
// number typed either way is found, still whole; a version is one word, written with its v or not,
// and its start (v1.2) finds the versions going on from it. Own corpus and process.

const engine = answerOverFiles('numbers', {
  'club.txt': [
    '车队年报',
    '今年的年会共有2,500人参加，比去年多了一倍。',
    '车队计划明年骑行6,000公里穿越戈壁。',
    '首次长途骑行全程约150公里。',
    '第一次聚会只有500人参加。',
    '服务器版本为 2.31.7，每周三维护。',
  ].join('\n\n'),
  'notes.txt': [
    '更新说明',
    '本次更新后客户端版本为 v1.2.0，请尽快升级。',
    '旧版 v1.1.0 将在下月停止支持。',
    '热修复 1.2.1 修复了闪退问题。',
    'v1 接口在 2.0 协议下仍可使用。',
    '新版本的体积约为 1.2 GB。',
    '客户端 v1.2 起支持夜间模式。',
    '本机支持 2.4GHz 频段，屏幕刷新率为 120Hz。',
    '活动于 2024.05.03 开始，奖励 3.9万 金币。',
  ].join('\n\n'),
  'lease.txt': ['租约', '月租金为人民币¥3,600.00，押金另付。', '上季度水电费共计3600.5元，已结清。'].join('\n\n'),
  'minutes.txt': [
    '例会纪要',
    '经讨论，v0.10 推迟一周，由原定4月12日改为4月19日发布。',
    '决议：明天发布 v0.10.1 热修复，由韩露负责。',
    'v0.10.0 于当晚 20:30 正式发布，比计划晚了半小时。',
  ].join('\n\n'),
});

const search = (query: string) => engine.answer({ command: 'search', query });
const texts = (query: string) => search(query).items.map((i) => i.text);
const lit = (query: string, text?: string) => {
  const items = search(query).items;
  const item = (text === undefined ? items[0] : items.find((i) => i.text === text))!;
  return item.highlights.map(([start, end]) => item.text.slice(start, end));
};

describe('a number grouped by thousands', () => {
  it.each(['2,500', '2500'])('given /search %s, then the sentence writing 2,500, lit', (query) => {
    expect(texts(query)).toEqual(['今年的年会共有2,500人参加，比去年多了一倍。']);
    expect(lit(query)).toEqual(['2,500']);
  });

  it('given the number with a word typed without separators, then the sentence writing it with them, lit whole, and no note that none holds it', () => {
    const answer = search('2500人');
    expect(answer.items[0]?.text).toBe('今年的年会共有2,500人参加，比去年多了一倍。');
    expect(answer.message ?? '').not.toMatch(/不包含/);
    expect(lit('2500人')).toEqual(['2,500人']);
  });

  it('given a distance typed without separators, then the sentence writing it first, above those writing only the unit', () => {
    const answer = search('6000公里');
    expect(answer.items[0]?.text).toBe('车队计划明年骑行6,000公里穿越戈壁。');
    expect(answer.message ?? '').not.toMatch(/不包含/);
  });

  it('given a smaller number, then not found inside the grouped one (500 is not in 2,500)', () => {
    expect(texts('500')).toEqual(['第一次聚会只有500人参加。']);
  });
});

describe('an amount with zero cents', () => {
  const rent = '月租金为人民币¥3,600.00，押金另付。';
  it.each(['3600', '3,600', '¥3,600', '3600.00', '¥3,600.00'])(
    'given /search %s, then the sentence writing ¥3,600.00, lit whole',
    (query) => {
      expect(texts(query)).toEqual([rent]);
      expect(lit(query)).toEqual(['3,600.00']);
    },
  );

  it('given other decimals, then their own number (3600.5 is not 3600)', () => {
    expect(texts('3600.5')).toEqual(['上季度水电费共计3600.5元，已结清。']);
  });
});

describe('a version', () => {
  it.each(['2.31.7', '"2.31.7"', '2.31'])('given /search %s, then the sentence writing the version', (query) => {
    expect(texts(query)).toEqual(['服务器版本为 2.31.7，每周三维护。']);
  });

  it.each(['31', '7', '31.7', '2.3'])('given /search %s, then not the version (a part of it is no number of its own)', (query) => {
    expect(texts(query)).not.toContain('服务器版本为 2.31.7，每周三维护。');
  });
});

describe('a version written with its v, or its start', () => {
  it.each(['v1.2.0', 'V1.2.0', '1.2.0', '"v1.2.0"'])('given /search %s, then only the sentence writing v1.2.0, lit whole', (query) => {
    expect(texts(query)).toEqual(['本次更新后客户端版本为 v1.2.0，请尽快升级。']);
    expect(lit(query, '本次更新后客户端版本为 v1.2.0，请尽快升级。')).toEqual(['v1.2.0']);
  });

  it('given /search of a version with other words, then not a sentence writing its v1 and 2.0 apart', () => {
    expect(texts('v1.2.0 升级')).toEqual(['本次更新后客户端版本为 v1.2.0，请尽快升级。']);
  });

  it.each(['1.2', 'v1.2'])(
    'given /search %s, then the sentences writing it, with its v or not, and the versions going on from it, lit whole',
    (query) => {
      expect(new Set(texts(query))).toEqual(
        new Set([
          '本次更新后客户端版本为 v1.2.0，请尽快升级。',
          '热修复 1.2.1 修复了闪退问题。',
          '新版本的体积约为 1.2 GB。',
          '客户端 v1.2 起支持夜间模式。',
        ]),
      );
      expect(lit(query, '热修复 1.2.1 修复了闪退问题。')).toEqual(['1.2.1']);
      expect(lit(query, '本次更新后客户端版本为 v1.2.0，请尽快升级。')).toEqual(['v1.2.0']);
      expect(lit(query, '客户端 v1.2 起支持夜间模式。')).toEqual(['v1.2']);
    },
  );

  it('given /search of a version the documents write, then the sentences writing it first, above those of the versions going on from it', () => {
    expect(texts('v0.10')[0]).toBe('经讨论，v0.10 推迟一周，由原定4月12日改为4月19日发布。');
    expect(texts('v0.10')).toHaveLength(3);
  });

  it('given /ask about a version the documents write, then the sentence writing it first, not those of its later versions', () => {
    const asked = engine.answer({ command: 'ask', query: 'v0.10什么时候发布' });
    expect(asked.items[0]?.text).toBe('经讨论，v0.10 推迟一周，由原定4月12日改为4月19日发布。');
  });

  it('given /ask naming two versions glued to Chinese, then both are read as versions, not as English words glued to numbers', () => {
    const asked = engine.answer({ command: 'ask', query: 'v0.10和v1.1.0有什么区别' });
    expect(asked.message ?? '').not.toContain('英文词');
    const texts = asked.items.map((item) => item.text);
    expect(texts).toContain('经讨论，v0.10 推迟一周，由原定4月12日改为4月19日发布。');
    expect(texts).toContain('旧版 v1.1.0 将在下月停止支持。');
  });

  it('given /search v1, then the Latin word v1 only, not the versions of 1', () => {
    expect(texts('v1')).toEqual(['v1 接口在 2.0 协议下仍可使用。']);
  });

  it.each([
    ['2.4GHz', '本机支持 2.4GHz 频段，屏幕刷新率为 120Hz。'],
    ['120Hz', '本机支持 2.4GHz 频段，屏幕刷新率为 120Hz。'],
    ['2024.05.03', '活动于 2024.05.03 开始，奖励 3.9万 金币。'],
    ['3.9万', '活动于 2024.05.03 开始，奖励 3.9万 金币。'],
  ])('given /search %s (a figure with its unit, a dotted date, a decimal), then its sentence as before', (query, text) => {
    expect(texts(query)).toEqual([text]);
    expect(lit(query, text)).toEqual([query]);
  });
});
