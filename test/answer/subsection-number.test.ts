import { describe, expect, it } from 'vitest';
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
});
