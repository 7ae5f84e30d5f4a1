import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { plainFiles } from '../support/temp-corpus.js';

// /about naming a document describes that document (title, other names, publisher, date, parts
// with their sentence counts, notes) instead of the whole corpus's summary it printed regardless.

const GUIDE = [
  '# 东湖公园游园须知',
  '',
  '## 一、开放时间',
  '',
  '公园每日六点开园。晚上十点闭园。',
  '',
  '## 二、游园规定',
  '',
  '园内禁止烧烤。请勿攀折花木。宠物须牵绳。',
].join('\n');

const engine = answerOverFiles('about-document', {
  'park-guide.md': GUIDE,
  'park-guide.meta.json': JSON.stringify({
    id: 'park-guide',
    title: '东湖公园游园须知（2025年修订）',
    shortTitle: '游园须知',
    aliases: ['公园须知'],
    publisher: '东湖公园管理处',
    date: '2025-04-01',
    kind: 'plain',
    notes: ['张贴于各入口的版本'],
  }),
  ...plainFiles('lease', '商铺租赁合同', '甲方将商铺出租给乙方。租期三年。', { aliases: ['租赁合同'] }),
});

describe('/about with a document named', () => {
  it('given an alias, then that document: title, other names, publisher, date, parts counted, notes; its listing offered', () => {
    const answer = engine.answer({ command: 'about', query: '公园须知' });
    expect(answer.error).toBeUndefined();
    expect(answer.message?.split('\n')).toEqual([
      '《东湖公园游园须知（2025年修订）》',
      '又称：游园须知、公园须知',
      '发布者：东湖公园管理处',
      '日期：2025年4月1日',
      '共5句，分2部分：一、开放时间（2句）；二、游园规定（3句）',
      '说明：张贴于各入口的版本',
    ]);
    expect(answer.suggestions).toEqual(['/ask 游园须知讲了什么']);
    expect(engine.answer({ command: 'ask', query: '游园须知讲了什么' }).total).toBe(5);
  });

  it('given a title in book-title marks, in English, then that document said in English', () => {
    const answer = engine.answer({ command: 'about', query: '《商铺租赁合同》', locale: 'en' });
    expect(answer.message).toBe('《商铺租赁合同》\nAlso called: 租赁合同\n2 sentences');
  });

  it('given a name no document has, then it is said so above the whole corpus; no argument is as before', () => {
    const whole = engine.answer({ command: 'about', query: '' }).message ?? '';
    expect(whole).toMatch(/^语料：2篇文档，共7句/);
    expect(engine.answer({ command: 'about', query: '动物园' }).message).toBe(`没有名为“动物园”的文档。以下是全部语料：\n${whole}`);
  });

  it('given a name longer than Discord takes, then it is quoted and echoed cut by grapheme at 100, with an ellipsis', () => {
    // A family emoji is one grapheme of seven code points: never cut inside.
    const family = '👨‍👩‍👧‍👦';
    const answer = engine.answer({ command: 'about', query: family.repeat(5000) });
    const shown = `${family.repeat(100)}…`;
    expect(answer.query).toBe(shown);
    expect(answer.message).toMatch(new RegExp(`^没有名为“${shown}”的文档。`, 'u'));
  });
});
