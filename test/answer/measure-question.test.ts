import { beforeAll, describe, expect, it } from 'vitest';
import { withoutDemonstratives } from '../../src/answer/demonstratives.js';
import { dimensionAsked } from '../../src/answer/measure-question.js';
import type { Engine } from '../../src/core/engine-api.js';
import { GAZETTEER_FILES } from '../support/gazetteer-entry.js';
import { engineOver } from '../support/temp-corpus.js';

// A question asking a measure (有多高, 有多宽) of something named by a demonstrative (这座塔) or
// its name (永宁塔): the sentences giving that measure, in the original's units (高十二丈) and the
// note's converted ones (塔高约38米), first; where it found nothing.

let engine: Engine;
beforeAll(async () => {
  engine = await engineOver('measure-question', GAZETTEER_FILES);
});

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

  it('given a demonstrative before what it asks about, then it is no word of the question', () => {
    expect(texts('那座塔的葫芦').slice(0, 2)).toContain('塔共七层，高十二丈，周长八丈四尺，塔顶安放铜葫芦一个。');
    expect(withoutDemonstratives('这座塔有多高')).toBe(' 塔有多高');
    expect(withoutDemonstratives('应该这里因此')).toBe('应该这里因此');
  });
});
