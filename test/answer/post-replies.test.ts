import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { THREAD } from '../support/forum-thread.js';

// A thread's questions answered by their replies: a question closing a post by the next post, or
// by a later one quoting it. Own corpus and process (one jieba dictionary per process).

const RIDE = `1楼 · 小林　2025-03-04 21:00

周末骑环湖要带什么？我是新手，怕体力不够。路上有补给吗？

2楼 · 阿杰　2025-03-04 21:10

带两瓶水就够了。

3楼 · 老马　2025-03-04 21:30

> 引用 1楼 小林：周末骑环湖要带什么？我是新手，怕体力不够。

湖边每隔五公里有一个小卖部，不用带太多。`;

const engine = answerOverFiles('post-replies', {
  'chain.md': THREAD,
  'chain.meta.json': JSON.stringify({ id: 'chain', title: '通勤车链条总是掉', kind: 'plain', year: 2025 }),
  'ride.md': RIDE,
  'ride.meta.json': JSON.stringify({ id: 'ride', title: '环湖骑行约伴', kind: 'plain', year: 2025 }),
});

const texts = (query: string) => engine.answer({ command: 'ask', query }).items.map((i) => i.text);

describe('a thread’s question and its reply', () => {
  it('given the question closing the opening post, then the next post’s answer before it', () => {
    expect(texts('是变速没调好吗').slice(0, 2)).toEqual([
      '先看后拨的限位螺丝，H和L两颗螺丝拧得太松链条就会往外跳。',
      '请问是变速没调好吗？',
    ]);
  });

  it('given a question closing a reply that quoted another post, then the next post answers it', () => {
    expect(texts('限位螺丝在哪里')[0]).toBe('后拨侧面标着H和L的两颗小螺丝就是。');
  });

  it('given a later post quoting the question, then its own words answer, not the quote nor the post between', () => {
    expect(texts('环湖路上有补给吗')[0]).toBe('湖边每隔五公里有一个小卖部，不用带太多。');
  });
});
