import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// /search of a number typed with its unit (500g, 500 ml, 15元) finds the sentences writing that
// quantity, not its number in other quantities (500ml水, 500元, 1500g). Own corpus and process.

const WINGS = '鸡翅中 10个（约500g），可乐 1罐。';
const SOUP = '锅里烧开500ml水，放入紫菜。';
const HOTEL = '出差住宿每晚不超过500元。';
const FLOUR = '面粉 1500g，酵母 5 g。';
const SUGAR = '白糖 500克，分三次加入。';
const BUS = '坐12路公交，全程1小时10分钟，票价15元。';
const TAXI = '机场打车约￥150，夜间另加￥30.00。';

const engine = answerOverFiles('quantities', {
  'kitchen.txt': ['厨房笔记', WINGS, SOUP, FLOUR, SUGAR, '鸡翅两面各划两刀，冷水下锅。'].join('\n\n'),
  'travel.txt': ['出行须知', HOTEL, BUS, '8路公交不到古镇，约需12分钟步行。', '行李限重20kg。', TAXI].join('\n\n'),
});

const search = (query: string) => engine.answer({ command: 'search', query });
const texts = (query: string) => search(query).items.map((i) => i.text);
const lit = (query: string) => search(query).items.map((item) => item.highlights.map(([start, end]) => item.text.slice(start, end)));

describe('a number typed with its unit', () => {
  it.each([
    ['500g', [WINGS, SUGAR]],
    ['500 g', [WINGS, SUGAR]],
    ['500G', [WINGS, SUGAR]],
    ['500克', [WINGS, SUGAR]],
    ['500ml', [SOUP]],
    ['500元', [HOTEL]],
    ['5g', [FLOUR]],
    ['15元', [BUS]],
    ['12路', [BUS]],
    ['1小时', [BUS]],
  ])('given /search %s, then only the sentences writing that quantity', (query, expected) => {
    expect(texts(query).sort()).toEqual([...expected].sort());
  });

  it('given an amount in 元, then also where its sign stands before it (￥150, ￥30.00), lit with the sign and no note that none holds it', () => {
    const shown: Record<string, string> = { '150元': '￥150', '30元': '￥30.00' };
    for (const query of Object.keys(shown)) {
      expect(search(query).message ?? '').not.toMatch(/不包含/);
      expect(lit(query)).toEqual([[shown[query]]]);
    }
  });

  it('given a quantity beside another keyword, then its number in another quantity is no result', () => {
    const answer = search('鸡翅 500g');
    expect(answer.message ?? '').not.toMatch(/不包含/);
    const found = answer.items.map((i) => i.text);
    expect(found[0]).toBe(WINGS);
    expect(found).not.toContain(SOUP);
    expect(found).not.toContain(HOTEL);
  });

  it('given /search 500克, then the quantity lit as each sentence writes it', () => {
    expect(lit('500克').flat().sort()).toEqual(['500g', '500克']);
  });

  it('given a quantity no sentence writes, then its number in other quantities is no result', () => {
    expect(texts('500kg')).toEqual([]);
  });

  it('given a quoted quantity, then it is found written with a space too, and not inside a longer number', () => {
    expect(texts('"5g"')).toEqual([FLOUR]);
    expect(texts('"500g"').sort()).toEqual([WINGS, SUGAR].sort());
  });
});
