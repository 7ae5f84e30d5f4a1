import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { markdownFiles } from '../support/temp-corpus.js';

// "5月有什么活动": a question naming a month and asking nothing more lists the month's entries,
// as /date 5月 does. Own corpus and process (one jieba dictionary per process).

const engine = answerOverFiles('months', {
  ...markdownFiles('minutes', '社区例会纪要', 2026, [
    '# 社区例会纪要',
    '',
    '## 2026年3月7日 第3次例会',
    '- 讨论了停车位划线的方案，决定下周施工。',
    '',
    '## 2026年3月21日 第4次例会',
    '- 通报了施工进度，物业答应月底完工。',
  ]),
  ...markdownFiles('events', '山城活动日历', 2026, [
    '# 山城活动日历',
    '',
    '## 2026年4月25日（周六）',
    '- 樱花节活动在东湖举行，活动当天免费入园。',
    '',
    '## 2026年5月2日（周六）',
    '- 江边夜市开张，持续到晚上十点。',
    '',
    '## 2026年5月17日（周日）',
    '- 半程马拉松鸣枪。',
    '',
    '## 说明',
    '- 5月工资随活动补贴一起发放。',
  ]),
});

const ask = (query: string) => engine.answer({ command: 'ask', query });

describe('a question about a whole month', () => {
  it('given a month and nothing more asked, then its entries in order, as /date lists them', () => {
    const answer = ask('5月有什么活动');
    expect(answer.items.map((i) => i.text)).toEqual(['江边夜市开张，持续到晚上十点。', '半程马拉松鸣枪。']);
    expect(answer.message).toMatch(/^5月共有2天有条目/u);
  });

  it('given the month in Chinese numerals, with 份, then the same', () => {
    expect(ask('五月份有哪些活动').items.map((i) => i.group)).toEqual(['5月2日', '5月17日']);
  });

  it.each(['3月开了什么会', '3月召开了哪些会议', '三月有什么例会'])('given %s (meetings of a month), then its dated entries', (query) => {
    const answer = ask(query);
    expect(answer.items.map((i) => i.text)).toEqual(['讨论了停车位划线的方案，决定下周施工。', '通报了施工进度，物业答应月底完工。']);
    expect(answer.message).toMatch(/^3月共有2天有条目/u);
  });

  it('given a month with something specific asked, then sentences are ranked', () => {
    expect(ask('5月工资什么时候发').items[0]?.text).toBe('5月工资随活动补贴一起发放。');
  });
});
