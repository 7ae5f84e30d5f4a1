import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { THREAD } from '../support/forum-thread.js';

// Questions about a forum thread's posts: by floor, by author (楼主, a familiar form of a name) and
// by day. Own corpus and process (one jieba dictionary per process).

const engine = answerOverFiles('posts', {
  'chain.md': THREAD,
  'chain.meta.json': JSON.stringify({ id: 'chain', title: '通勤车链条总是掉', shortTitle: '掉链求助帖', kind: 'plain', year: 2025 }),
  'shop.txt': '车行须知\n\n本店周一至周五营业，周末休息。\n\n更换链条收工时费二十元。\n\n二楼的维修区每天上午九点开门。\n',
});

const ask = (query: string) => engine.answer({ command: 'ask', query });
const texts = (query: string) => ask(query).items.map((i) => i.text);

describe('a question naming posts and nothing more', () => {
  it('given a floor, then that post whole, in order, cited by floor and author', () => {
    const answer = ask('3楼说了什么');
    expect(answer.items.map((i) => i.text)).toEqual(['后拨侧面标着H和L的两颗小螺丝就是。', '顺时针拧紧半圈试试。']);
    expect(answer.items[1]?.citation).toBe('掉链求助帖 · 3楼 修车铺老马 · 第2句');
    // The header, no sentence, says when: the message does.
    expect(answer.message).toMatch(/发帖时间：3楼 3月2日 10:41。/u);
    expect(texts('#1')).toEqual(['先看后拨的限位螺丝，H和L两颗螺丝拧得太松链条就会往外跳。']);
  });

  it('given a post opening with a quote of another, then its own words, the quote said to be left out', () => {
    const answer = ask('2楼说了什么');
    expect(answer.items.map((i) => i.text)).toEqual(['限位螺丝在哪里啊？']);
    expect(answer.message).toMatch(/帖中引用别楼的 1 句未列出。/u);
  });

  it('given an author by the familiar form of the name, then every post of theirs', () => {
    expect(ask('老马说了什么').items.map((i) => i.citation.replace(/ · 第\d+句$/u, ''))).toEqual([
      '掉链求助帖 · 1楼 修车铺老马',
      '掉链求助帖 · 3楼 修车铺老马',
      '掉链求助帖 · 3楼 修车铺老马',
    ]);
  });

  it('given 楼主 and a day, then the opening poster’s posts of that day', () => {
    expect(texts('3月2日楼主说了什么')).toEqual(['拧了半圈，今天骑了二十公里一次都没掉，谢谢老马！']);
    expect(texts('楼主说了什么')).toHaveLength(5);
  });
});

describe('a question naming posts and asking more', () => {
  it('given an author, then what they wrote answers first, above the question it answers', () => {
    const found = texts('老马说限位螺丝在哪里');
    expect(found.slice(0, 2)).toEqual(['后拨侧面标着H和L的两颗小螺丝就是。', '先看后拨的限位螺丝，H和L两颗螺丝拧得太松链条就会往外跳。']);
    expect(found).toContain('限位螺丝在哪里啊？');
  });

  it('given none of their words written in the posts, then the posts in order first', () => {
    expect(texts('老马推荐拧几圈')[0]).toBe('先看后拨的限位螺丝，H和L两颗螺丝拧得太松链条就会往外跳。');
  });

  it('given a floor another document answers for, then that document’s answer, the post not put first', () => {
    expect(texts('二楼的维修区几点开门')[0]).toBe('二楼的维修区每天上午九点开门。');
  });

  it('given who is asked before the name, then the name is what is asked about: ranked as any question', () => {
    expect(texts('谁感谢了老马')[0]).toBe('拧了半圈，今天骑了二十公里一次都没掉，谢谢老马！');
  });
});

describe('/date over a thread', () => {
  it('given a day posts were written on, then those posts, each cited by floor and author', () => {
    const answer = engine.answer({ command: 'date', query: '3月2日' });
    expect(answer.items.map((i) => i.citation)).toEqual(['掉链求助帖 · 3楼 修车铺老马', '掉链求助帖 · 4楼 风一样的阿杰']);
  });

  it('given a day without posts, then the days the thread covers', () => {
    expect(engine.answer({ command: 'date', query: '3月9日' }).message).toMatch(/3月1日至3月2日/u);
  });
});
