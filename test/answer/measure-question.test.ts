import { beforeAll, describe, expect, it } from 'vitest';
import { withoutDemonstratives } from '../../src/answer/demonstratives.js';
import { dimensionAsked } from '../../src/answer/measure-question.js';
import type { Engine } from '../../src/core/engine-api.js';
import { answerOverFiles } from '../support/answer-over.js';
import { GAZETTEER_FILES } from '../support/gazetteer-entry.js';
import { engineOver, plainFiles } from '../support/temp-corpus.js';

// A question asking a measure (有多高, 有多宽) of something named by a demonstrative (这座塔) or
// its name (永宁塔): the sentences giving that measure, in the original's units (高十二丈) and the
// note's converted ones (塔高约38米), first; where it found nothing.

const engine = answerOverFiles('measure-question', GAZETTEER_FILES);

const texts = (query: string) => engine.answer({ command: 'ask', query }).items.map((item) => item.text);

const HEIGHTS = [
  '塔凡七級，高十二丈，周八丈四尺③，頂置銅葫蘆一具。',
  '据此折算，塔高约38米，周长约27米。',
  '塔共七层，高十二丈，周长八丈四尺，塔顶安放铜葫芦一个。',
];

describe('a question asking a measure', () => {
  it.each(['这座塔有多高', '那座塔有多高', '永宁塔有多高', '塔高多少'])(
    'given %s, then the sentences giving the height first',
    (question) => {
      expect(texts(question).slice(0, 3).sort()).toEqual([...HEIGHTS].sort());
    },
  );

  it('given a measure of time (多长时间), then no dimension', () => {
    expect(dimensionAsked('重建用了多长时间')).toBeNull();
    expect(dimensionAsked('营收增长多少')).toBeNull();
    expect(dimensionAsked('塔有多宽')).not.toBeNull();
  });

  it('given 多重 running on into another word (多重要, 多重的), then no weight is asked', () => {
    for (const question of ['这项规定有多重要', '多重的安全保障', '多重身份']) expect(dimensionAsked(question), question).toBeNull();
    for (const question of ['这只箱子有多重', '箱子多重？', '有多重呢']) expect(dimensionAsked(question), question).not.toBeNull();
  });

  it('given a demonstrative before what it asks about, then it is no word of the question', () => {
    expect(texts('那座塔的葫芦').slice(0, 2)).toContain('塔共七层，高十二丈，周长八丈四尺，塔顶安放铜葫芦一个。');
    expect(withoutDemonstratives('这座塔有多高')).toBe(' 塔有多高');
    expect(withoutDemonstratives('应该这里因此')).toBe('应该这里因此');
  });
});

describe('an area asked of a place whose name ends in a character of the area’s words (基地: 地 of 占地)', () => {
  // A training base's brochure: the base's area given with 占地, another area of a word sharing its 基.
  const BROCHURE = [
    '青禾实践基地简介',
    '',
    '基本农田保护区面积约3000亩，不对外开放。',
    '',
    '青禾实践基地位于县城东郊，占地约120亩，建有宿舍和食堂。',
    '',
    '基地的绿化面积逐年增加，基地环境优美，基地每年接待学生上万人次。',
  ].join('\n');
  let base: Engine;
  beforeAll(async () => {
    base = await engineOver('measure-area', plainFiles('base', '青禾实践基地简介', BROCHURE));
  });

  it.each(['基地的面积', '基地面积是多少'])('given %s, then the base’s area first, not the area of what writes its 基', (question) => {
    const found = base.answer({ command: 'ask', query: question }).items.map((item) => item.text);
    expect(found[0]).toBe('青禾实践基地位于县城东郊，占地约120亩，建有宿舍和食堂。');
    expect(found.slice(0, 2)).not.toContain('基本农田保护区面积约3000亩，不对外开放。');
  });
});
