import { describe, expect, it } from 'vitest';
import { answerOver } from '../support/answer-over.js';

// A paper's citation marks and its references (genre v6's 共享冰箱论文: [1]–[12] under 参考文献：).
// 文献[9] asked ranked a press-conference sentence writing 9 first; /context of a sentence citing
// [8] never showed what [8] was. Own corpus and process (one jieba dictionary per process).

const engine = answerOver('eval/genre6-corpus');

const texts = (command: 'ask' | 'context', query: string) => engine.answer({ command, query, pageSize: 10 }).items.map((item) => item.text);

describe('references called by their mark', () => {
  it('given a question naming 文献[9], then reference [9] first, whatever else writes 9', () => {
    expect(texts('ask', '文献[9]讲的是哪个国家')[0]).toMatch(/^\[9\] Kim S, Lee J\. Sharing refrigerators in Seoul/u);
  });

  it('given 参考文献[8] asked, then the reference, then the sentence citing it', () => {
    const [first, second] = texts('ask', '参考文献[8]是什么');
    expect(first).toMatch(/^\[8\] Morrow O\./u);
    expect(second).toMatch(/^Morrow对英国47台社区冰箱的调查估计.*\[8\]/u);
  });

  it('given /context of a sentence citing [8] and [9], then both references follow its neighbours', () => {
    const citing = engine.answer({ command: 'search', query: 'Morrow对英国47台社区冰箱' }).items[0];
    const items = engine.answer({ command: 'context', query: citing?.id ?? '' }).items;
    const references = items.filter((item) => item.group === '参考文献').map((item) => item.text.slice(0, 3));
    expect(references).toEqual(['[8]', '[9]']);
  });
});
