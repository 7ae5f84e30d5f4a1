import { beforeAll, describe, expect, it } from 'vitest';
import { continuationAnchor, followers } from '../../src/answer/continuation.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

describe('continuationAnchor', () => {
  it('given a question quoting a sentence and asking what comes next, then the quote is the anchor', () => {
    expect(continuationAnchor('白皮书说历史车轮依然滚滚向前，接着用了哪句话？')).toBe('白皮书说历史车轮依然滚滚向前，');
    expect(continuationAnchor('他说完两国要加强合作之后，又说了什么？')).toBe('他说完两国要加强合作之后，');
  });

  it('given "接下来" about the future rather than the text, then there is no anchor', () => {
    // "中国接下来会怎么帮" asks what China will do, not what the text says next.
    expect(continuationAnchor('习近平发慰问电时说中国接下来会怎么帮忙？')).toBeNull();
  });

  it('given no cue, or a cue with nothing quoted before it, then there is no anchor', () => {
    expect(continuationAnchor('谁和古特雷斯通了电话？')).toBeNull();
    expect(continuationAnchor('接着呢？')).toBeNull();
  });
});

describe('followers', () => {
  it('given a quoted sentence, then the sentences after it follow, the next one most', () => {
    const result = followers(services, '白皮书说历史车轮依然滚滚向前，接着用了哪句话？');
    const [first] = [...result.entries()].sort((a, b) => b[1] - a[1]);
    expect(services.library.passage(first![0])?.text).toBe('阳光总在风雨后。');
    expect(first![1]).toBe(1);
    // Nothing after the anchor's own section is taken (the white paper's notes come next).
    for (const id of result.keys()) expect(services.library.passage(id)?.section?.[0]).toBe('结束语');
  });

  it('given a question without a cue, then nothing follows', () => {
    expect(followers(services, '白皮书怎么说历史车轮？').size).toBe(0);
  });
});
