import { beforeAll, describe, expect, it } from 'vitest';
import { chooseTranslations } from '../../src/answer/translation-choice.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

describe('choosing among translations by co-occurrence', () => {
  it('given an ambiguous word beside others, then the sense the corpus writes near them is kept', () => {
    // 治疗 is written beside 患者 and 中医药; 对待 and 当作 are never in the same entry or window.
    const [treating, ...rest] = chooseTranslations(services, [
      { chinese: ['治疗', '对待', '当作'] },
      { chinese: ['患者'] },
      { chinese: ['中医药'] },
    ]);
    expect(treating?.chinese).toEqual(['治疗']);
    expect(rest.map((g) => g.chinese)).toEqual([['患者'], ['中医药']]);
  });

  it('given several senses equally supported, then all of them are kept in their order', () => {
    const [covered] = chooseTranslations(services, [
      { chinese: ['覆盖', '涵盖', '藏匿', '掩盖'] },
      { chinese: ['医疗'] },
      { chinese: ['费用'] },
    ]);
    expect(covered?.chinese.slice(0, 1)).toEqual(['覆盖']);
    expect(covered?.chinese).not.toContain('藏匿');
  });

  it('given a word alone, or senses near none of the other words, then nothing is dropped', () => {
    const alone = [{ chinese: ['治疗', '对待'] }];
    expect(chooseTranslations(services, alone)).toEqual(alone);
    const unrelated = [{ chinese: ['藏匿', '投桃报李'] }, { chinese: ['世界杯'] }];
    expect(chooseTranslations(services, unrelated)).toEqual(unrelated);
  });
});
