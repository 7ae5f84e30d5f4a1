import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { answerOverFiles } from '../support/answer-over.js';
import { engineOver, plainFiles } from '../support/temp-corpus.js';

// A cookbook: each dish's name is in its heading and in the contents list, never in its lines.

const COOKBOOK = [
  '# 小林面点笔记',
  '',
  '## 目录',
  '1. 韭菜盒子',
  '2. 葱油饼（烫面做法）',
  '3. 红烧肉',
  '',
  '---',
  '',
  '## 1. 韭菜盒子',
  '',
  '- 中筋面粉 300g',
  '- 韭菜 250g',
  '- 鸡蛋 3个',
  '',
  '1. 面粉加温水揉成光滑的面团，醒20分钟。',
  '2. 包好后平底锅小火两面各煎4分钟。',
  '',
  '## 2. 葱油饼（烫面做法）',
  '',
  '- 中筋面粉 400g',
  '- 小葱 6根',
  '- 猪油 2汤勺',
  '',
  '1. 一半面粉用开水烫，一半用冷水和，揉在一起。',
  '2. 擀开抹猪油撒葱花，卷起盘好再擀薄，中火烙到两面金黄。',
  '',
  '## 3. 红烧肉',
  '',
  '- 冰糖 20g',
  '- 黄酒 2汤勺',
  '',
  '1. 冰糖炒出糖色，加黄酒和水炖一小时。',
].join('\n');

const engine = answerOverFiles('headings-named', {
  'dough.md': COOKBOOK,
  'dough.meta.json': JSON.stringify({ id: 'dough', title: '小林面点笔记', kind: 'plain' }),
});

const ask = (query: string) => engine.answer({ command: 'ask', query, pageSize: 10 }).items;

describe('a question naming a part by its heading', () => {
  it.each([
    ['葱油饼要多少面粉', '中筋面粉 400g'],
    ['葱油饼放几根葱', '小葱 6根'],
    ['韭菜盒子要几个鸡蛋', '鸡蛋 3个'],
  ])('given "%s", then the part\'s own line is in the top three, before any contents line', (query, line) => {
    const texts = ask(query).map((item) => item.text);
    expect(texts.slice(0, 3)).toContain(line);
    const contents = texts.findIndex((text) => text === '1. 韭菜盒子' || text === '2. 葱油饼（烫面做法）');
    expect(contents < 0 || contents > texts.indexOf(line)).toBe(true);
  });

  it('given an English question naming the dish, then its part comes first', () => {
    expect(ask('What goes into braised pork?')[0]?.citation).toContain('3. 红烧肉');
  });

  it('given the dish alone, then its part comes first, not the contents list', () => {
    const first = ask('葱油饼')[0];
    expect(first?.citation).toContain('2. 葱油饼（烫面做法）');
  });
});

// A product sheet whose parts are 【】 labels over lists: the items never write the label's words.
const SHEET = [
  '小岚电热水壶使用说明',
  '',
  '【产品参数】',
  '容量：1.7升',
  '额定功率：1800瓦',
  '',
  '【使用方法】',
  '1. 加水至最低水位线以上。',
  '2. 按下开关，指示灯亮起。',
  '3. 水开后自动断电。',
  '',
  '【禁止事项】',
  '- 干烧',
  '- 浸入水中清洗底座',
  '- 加热牛奶或米汤',
  '',
  '【保修】整机保修一年。',
].join('\n');

describe('a question naming a labelled part', () => {
  let sheet: Engine;
  beforeAll(async () => {
    sheet = await engineOver('headings-named-sheet', {
      'kettle.txt': SHEET,
      'kettle.meta.json': JSON.stringify({ id: 'kettle', title: '小岚电热水壶使用说明', kind: 'plain' }),
    });
  });
  const texts = (query: string) => sheet.answer({ command: 'ask', query, pageSize: 20 }).items.map((item) => item.text);

  it('given the part asked what it holds, then every item is listed in order, not its first alone', () => {
    const items = ['干烧', '浸入水中清洗底座', '加热牛奶或米汤'];
    for (const query of ['禁止事项有哪些', '禁止事项是什么', '禁止事项有什么']) expect(texts(query)).toEqual(items);
  });

  it('given the part named with its brackets, or beside its document, then it is listed all the same', () => {
    const items = ['干烧', '浸入水中清洗底座', '加热牛奶或米汤'];
    for (const query of ['【禁止事项】有哪些', '小岚电热水壶使用说明的禁止事项', '电热水壶说明里的禁止事项是什么'])
      expect(texts(query)).toEqual(items);
  });

  it('given the name of a part no sentence writes, alone, then the part is listed', () => {
    expect(texts('使用方法')).toEqual(['1. 加水至最低水位线以上。', '2. 按下开关，指示灯亮起。', '3. 水开后自动断电。']);
  });

  it('given the part named beside what is asked of it, then its lines are ranked, the one answering first', () => {
    const ranked = texts('使用方法里指示灯什么时候亮');
    expect(ranked[0]).toBe('2. 按下开关，指示灯亮起。');
    expect(ranked).toHaveLength(3);
  });
});

describe('a question naming an appendix by its number', () => {
  const lines = [
    '车位租用协议',
    '',
    '第一条 甲方将地下B2层车位出租给乙方使用。',
    '第二条 附件一为本协议不可分割的部分。',
    '',
    '附件一：车位交接记录',
    '车位编号：B2-117',
    '遥控器：1个',
    '地锁钥匙：2把',
  ];
  let parking: Engine;
  beforeAll(async () => {
    parking = await engineOver('headings-named-appendix', plainFiles('parking', '车位租用协议', lines.join('\n')));
  });

  it('given the number glued to the next word by the segmenter (附件 一里), then the appendix is listed whole', () => {
    for (const query of ['附件一里有什么', '附件一有什么']) {
      const texts = parking.answer({ command: 'ask', query, pageSize: 20 }).items.map((item) => item.text);
      expect(texts).toEqual(['附件一：车位交接记录', '车位编号：B2-117', '遥控器：1个', '地锁钥匙：2把']);
    }
  });
});
