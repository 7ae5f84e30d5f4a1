import { beforeAll, describe, expect, it } from 'vitest';
import { wholeThingAnswer } from '../../src/answer/whole-questions.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

// Which /ask questions ask for a whole thing (a day that cannot exist, a part, a document) and
// get it, and which ask for sentences and are left to ranking (null).

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

const whole = (query: string, dayNamed = false) => wholeThingAnswer(services, { command: 'ask', query }, dayNamed);

describe('whole-thing questions', () => {
  it('given a day that cannot exist, a part, a part not there and a document, then each its own answer, echoing the question', () => {
    expect(whole('2月30日发生了什么')?.error?.code).toBe('invalid-date');
    expect(whole('前言说了什么')?.message).toContain('按原文顺序列出');
    expect(whole('第五部分讲的是什么')?.message).toContain('没有问到的这一部分');
    expect(whole('白皮书讲了什么')?.message).toMatch(/^《[^》]+》共 \d+ 句/u);
    expect(whole('2月30日发生了什么')?.query).toBe('2月30日发生了什么');
  });

  it('given questions asking for sentences, then null: they are ranked', () => {
    for (const query of ['谁和古特雷斯通了电话', '白皮书里中国给世卫组织捐了多少钱', '口罩']) expect(whole(query), query).toBeNull();
  });
});
