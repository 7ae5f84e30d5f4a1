import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// An FAQ's own question matches a user asking it better than its answer does; the answer must
// still come first. Own corpus and process (one jieba dictionary per process).

const engine = answerOverFiles('faq', {
  'faq.md': [
    '# 常见问题',
    'Q：可以带宠物狗进店吗？',
    'A：可以。',
    'Q：可以带外卖进店吗？',
    'A：可以。',
    'Q：为什么我进服以后看不到大部分频道？',
    'A：你还没有完成验证。',
    'Q：桌游夜在哪里玩？需要自己买游戏吗？',
    'A：桌游夜在线上进行，你需要在 Steam 上拥有这款游戏。',
    '## 社区理念',
    '坚持友善交流还是放任争吵？每个成员都要作出选择。',
  ].join('\n\n'),
});

const texts = (query: string) => engine.answer({ command: 'ask', query }).items.map((i) => i.text);

describe("an FAQ's questions and answers", () => {
  it('given a question an FAQ asks, then its answer first, the FAQ’s question after it', () => {
    expect(texts('进服以后为什么看不到频道').slice(0, 2)).toEqual(['A：你还没有完成验证。', 'Q：为什么我进服以后看不到大部分频道？']);
  });

  it('given the second of two questions asked together, then the answer after both first', () => {
    expect(texts('需要自己买游戏吗')[0]).toBe('A：桌游夜在线上进行，你需要在 Steam 上拥有这款游戏。');
  });

  it('given a question whose answer another question of the FAQ shares word for word, then that answer, not the next question’s', () => {
    const first = engine.answer({ command: 'ask', query: '可以带外卖进店吗' }).items[0];
    expect(first?.text).toBe('A：可以。');
    // Cited where it answers this question (the fourth sentence), not at its first place.
    expect(first?.citation).toMatch(/第4句/u);
  });

  it('given a rhetorical question in prose, then the sentence after it is not taken for its answer', () => {
    expect(texts('放任争吵')[0]).toBe('坚持友善交流还是放任争吵？');
  });
});
