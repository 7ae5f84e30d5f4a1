import { describe, expect, it } from 'vitest';
import { dottedNumber } from '../../src/answer/section-reference.js';
import { answerOver } from '../support/answer-over.js';

// A paper's sub-section named by its dotted number (### 2.2 共享冰箱的既有证据): 2.2讲了什么 found
// nothing, the number no word of any sentence. A dotted number no heading writes stays a figure.

const engine = answerOver('eval/genre6-corpus');

describe('a sub-section asked by its dotted number', () => {
  it('given 2.2讲了什么, then that sub-section whole, in order', () => {
    const answer = engine.ask('2.2讲了什么');
    expect(answer.message).toMatch(/^“2 文献综述 › 2\.2 共享冰箱的既有证据”共 3 句/u);
    expect(answer.items[0]?.text).toBe('关于共享冰箱效果的定量证据十分有限。');
  });

  it('given a dotted number no heading writes, then no part is said missing', () => {
    expect(engine.ask('1.5讲了什么').message ?? '').not.toMatch(/部分/u);
  });

  it('given a quantity with its unit or count (3.2个百分点, 3.5亿元, 1.5倍, 2.5 kg), then it names no sub-section', () => {
    for (const question of ['营业收入下降3.2个百分点是哪一年', '净利润3.5亿元', '增长1.5倍', '重2.5 kg吗', '用了3.5小时'])
      expect(dottedNumber(question)).toBeNull();
    expect(dottedNumber('论文的4.2讲了什么')).toBe('4.2');
    expect(dottedNumber('2.2 共享冰箱的既有证据')).toBe('2.2');
  });
});
