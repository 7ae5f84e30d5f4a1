import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { engineOver } from '../support/temp-corpus.js';

// /search of numbers a user's documents write with thousands separators or as versions: the same
// number typed either way is found, still whole. Own corpus and process.

let engine: Engine;
beforeAll(async () => {
  engine = await engineOver('numbers', {
    'club.txt': [
      '车队年报',
      '今年的年会共有2,500人参加，比去年多了一倍。',
      '车队计划明年骑行6,000公里穿越戈壁。',
      '首次长途骑行全程约150公里。',
      '第一次聚会只有500人参加。',
      '服务器版本为 2.31.7，每周三维护。',
    ].join('\n\n'),
  });
});

const search = (query: string) => engine.answer({ command: 'search', query });
const texts = (query: string) => search(query).items.map((i) => i.text);
const lit = (query: string) => {
  const item = search(query).items[0]!;
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

describe('a version', () => {
  it.each(['2.31.7', '"2.31.7"', '2.31'])('given /search %s, then the sentence writing the version', (query) => {
    expect(texts(query)).toEqual(['服务器版本为 2.31.7，每周三维护。']);
  });

  it.each(['31', '7', '31.7', '2.3'])('given /search %s, then not the version (a part of it is no number of its own)', (query) => {
    expect(texts(query)).not.toContain('服务器版本为 2.31.7，每周三维护。');
  });
});
