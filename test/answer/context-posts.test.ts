import { describe, expect, it } from 'vitest';
import { TARGET_GROUP } from '../../src/answer/context.js';
import { answerOverFiles } from '../support/answer-over.js';
import { THREAD } from '../support/forum-thread.js';

// /context in a forum thread stays within the post: the posts around it are others' words. Own
// corpus and process (one jieba dictionary per process).

const engine = answerOverFiles('context-posts', {
  'chain.md': THREAD,
  'chain.meta.json': JSON.stringify({ id: 'chain', title: '通勤车链条总是掉', kind: 'plain', year: 2025 }),
});

describe('/context in a thread', () => {
  it('given the sentence of a one-sentence post, then that sentence alone, not the posts around it', () => {
    const hit = engine.answer({ command: 'search', query: '限位螺丝' }).items.find((i) => i.text.startsWith('先看后拨'))!;
    const answer = engine.answer({ command: 'context', query: hit.id });
    expect(answer.items.map((i) => [i.text, i.group])).toEqual([[hit.text, TARGET_GROUP]]);
  });

  it('given a sentence of a longer post, then its post whole', () => {
    const hit = engine.answer({ command: 'search', query: '顺时针' }).items[0]!;
    expect(engine.answer({ command: 'context', query: hit.id }).items.map((i) => i.text)).toEqual([
      '后拨侧面标着H和L的两颗小螺丝就是。',
      '顺时针拧紧半圈试试。',
    ]);
  });
});
