import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { THREAD } from '../support/forum-thread.js';

// A question naming a post the thread does not have: said so, with the posts there are. Own corpus
// and process (one jieba dictionary per process).

const engine = answerOverFiles('no-such-post', {
  'chain.md': THREAD,
  'chain.meta.json': JSON.stringify({ id: 'chain', title: '通勤车链条总是掉', shortTitle: '掉链求助帖', kind: 'plain', year: 2025 }),
});

/** The message of an answer listing nothing. */
function noneFor(query: string): string | null | undefined {
  const answer = engine.answer({ command: 'ask', query });
  expect(answer.items).toEqual([]);
  return answer.message;
}

describe('a post the thread does not have', () => {
  it('given a floor past the last, then none, and the floors and days there are', () => {
    expect(noneFor('9楼说了什么')).toBe('没有符合“9楼”的帖子。\n《掉链求助帖》的帖子：楼主、1楼至4楼（3月1日、3月2日）');
  });

  it('given the opening poster on a day they did not post, then their posts and days', () => {
    expect(noneFor('3月5日楼主说了什么')).toMatch(/没有符合“3月5日、楼主”的帖子。[\s\S]*；楼主的帖子：楼主、2楼、4楼（3月1日、3月2日）$/u);
  });

  it('given a floor in any number a question writes (six digits and more, Chinese past 十, #), then none, as for 9楼', () => {
    const none = (floor: string) => `没有符合“${floor}”的帖子。\n《掉链求助帖》的帖子：楼主、1楼至4楼（3月1日、3月2日）`;
    // Read up to five digits and 十, these were ranked and answered from whatever shared a word.
    expect(noneFor('第123456楼说了什么')).toBe(none('123456楼'));
    expect(noneFor('#123456')).toBe(none('123456楼'));
    expect(noneFor('第一百楼说了什么')).toBe(none('100楼'));
    expect(noneFor('第一百零一楼')).toBe(none('101楼'));
    // 万 too: 第一万楼 was ranked, and answered from whatever wrote 第一.
    expect(noneFor('第一万楼')).toBe(none('10000楼'));
    expect(noneFor('第十二万零五楼说了什么')).toBe(none('120005楼'));
  });

  it('given floor −1, then none: not floor 1, whose digit it ends with', () => {
    expect(noneFor('第-1楼说了什么')).toBe('没有符合“-1楼”的帖子。\n《掉链求助帖》的帖子：楼主、1楼至4楼（3月1日、3月2日）');
  });

  it('given 两楼 (two floors, not floor 2: that is 二楼), then no floor is read from it', () => {
    const floorTwo = engine.answer({ command: 'ask', query: '二楼说了什么' });
    expect(floorTwo.items.length).toBeGreaterThan(0);
    const two = engine.answer({ command: 'ask', query: '两楼说了什么' });
    expect(two.message ?? '').not.toContain('2楼');
    expect(two.items.map((i) => i.id)).not.toEqual(floorTwo.items.map((i) => i.id));
  });
});
