import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { SERVER_DOCUMENTS } from '../support/server-documents.js';

// /date over documents none of which has dated entries: it says so, what it lists and what to use
// instead, and suggests no day (the starting chronicle's 3月18日 led to "no entries").

const engine = answerOverFiles('no-dated-entries', SERVER_DOCUMENTS);

const PLAIN = /\/date 按日期列出文档中带日期的条目，但已载入的文档都没有带日期的条目。.*请用 \/search 或 \/ask/;

describe('/date over documents without dated entries', () => {
  it.each(['第二季度', ''])('given /date “%s”, then it says no document has dated entries, and suggests no day', (query) => {
    const answer = engine.answer({ command: 'date', query });
    expect(answer.error?.message).toMatch(PLAIN);
    expect(answer.suggestions.filter((s) => s.startsWith('/date'))).toEqual([]);
  });

  it('given /date of a day, then no entries, with why and what to use instead', () => {
    const answer = engine.answer({ command: 'date', query: '5月3日' });
    expect(answer.total).toBe(0);
    expect(answer.message).toMatch(/^5月3日没有条目：/);
    expect(answer.message).toMatch(PLAIN);
  });

  it.each([
    ['周五', /^周五没有条目：/],
    ['中秋', /^中秋节：\d{4}年\d{1,2}月\d{1,2}日。\d{1,2}月\d{1,2}日没有条目：/],
  ])('given /date of a weekday or a holiday (%s), then no entries, said as for a day, not as if the input were wrong', (query, said) => {
    const answer = engine.answer({ command: 'date', query });
    expect(answer.error).toBeUndefined();
    expect(answer.message).toMatch(said);
    expect(answer.message).toMatch(PLAIN);
  });

  it('given /date of a word the text writes, then /search for it is offered', () => {
    expect(engine.answer({ command: 'date', query: '限时活动' }).suggestions).toEqual(['/search 限时活动']);
  });

  it('given an English client, then it is said in English', () => {
    const answer = engine.answer({ command: 'date', query: '周五', locale: 'en' });
    expect(answer.message).toContain('no loaded document has dated entries');
  });

  it('given /date, /about and /help, then each says it in the same words', () => {
    const said = (locale: 'zh' | 'en') => [
      engine.answer({ command: 'date', query: '周五', locale }).message,
      engine.answer({ command: 'about', query: '', locale }).message,
      engine.answer({ command: 'help', query: '', locale }).message,
    ];
    for (const message of said('zh')) expect(message).toContain('已载入的文档都没有带日期的条目');
    for (const message of said('en')) expect(message?.toLowerCase()).toContain('no loaded document has dated entries');
  });

  it('given an impossible day, then why it cannot be is still said', () => {
    expect(engine.answer({ command: 'date', query: '2月30日' }).error?.code).toBe('invalid-date');
  });
});

describe('a question naming a day relative to today, over documents without dated entries', () => {
  it('given 上周 in /ask, then it is said not to be read as a day, and no /date of another corpus is shown', () => {
    const answer = engine.answer({ command: 'ask', query: '上周俱乐部有多少会员' });
    expect(answer.message).toMatch(/“今天”“上周”这类说法无法换算成日期，这里按问题的其他词回答/);
    expect(answer.message).not.toMatch(/\/date/);
  });
});
