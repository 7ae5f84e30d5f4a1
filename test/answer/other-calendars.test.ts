import { beforeAll, describe, expect, it } from 'vitest';
import { otherCalendarOf } from '../../src/answer/other-calendars.js';
import type { Engine } from '../../src/core/engine-api.js';
import { readCedict } from '../../src/query/english/cedict-source.js';
import { mayNameEra, nonEraWords } from '../../src/query/era-names.js';
import { chronicleFiles, engineOver, plainFiles } from '../support/temp-corpus.js';

// /date of a date in another calendar (a reign year, a lunar day): a plain note saying /date reads
// the Gregorian calendar only and what it reads, never the error mark of a mistyped date.

const FAMILY_HISTORY = '许氏始迁祖仲和公，于康熙十二年自闽迁浙。每岁农历八月初三，族人齐集祠堂致祭。光绪丙午年续修家谱。';

let dated: Engine;
let undated: Engine;
let mayBeEra: (word: string) => boolean;
beforeAll(async () => {
  const table = nonEraWords(readCedict());
  mayBeEra = (word) => mayNameEra(table, word);
  dated = await engineOver('other-calendars', {
    ...chronicleFiles('club', 2024, '社团纪事\n\n4月6日\n◆社团春游。\n\n4月9日\n◆社团换届。\n'),
    ...plainFiles('family', '许氏家谱序', FAMILY_HISTORY),
  });
  undated = await engineOver('other-calendars-undated', plainFiles('family', '许氏家谱序', FAMILY_HISTORY));
});

describe('the calendar a typed date is written in', () => {
  it.each([
    ['康熙十二年', 'reign'],
    ['嘉靖元年', 'reign'],
    ['农历八月初三', 'lunar'],
    ['陰曆三月', 'lunar'],
    ['正月十五', 'lunar'],
    ['光绪丙午', 'sexagenary'],
    ['丙午年', 'sexagenary'],
  ])('given %s, then %s', (typed, calendar) => {
    expect(otherCalendarOf(typed, mayBeEra)).toBe(calendar);
  });

  it.each(['2024年', '二〇二四年', '今后三年', '公元二年', '4月6日', '社团'])('given %s, then none', (typed) => {
    expect(otherCalendarOf(typed, mayBeEra)).toBeNull();
  });

  it.each(['抗战八年', '建国七十年', '建党一百年'])('given %s, years of a war or since a founding, then no reign year', (typed) => {
    expect(otherCalendarOf(typed, mayBeEra)).toBeNull();
  });

  it('given a reign year typed over and over, too long to be a date, then none: /date refuses it as too long', () => {
    expect(otherCalendarOf('乾隆二十三年'.repeat(40), mayBeEra)).toBeNull();
  });

  it.each(['乾隆二十三年', '民国二十四年', '昭和二十年'])('given %s, an era the dictionary names, then a reign year', (typed) => {
    expect(otherCalendarOf(typed, mayBeEra)).toBe('reign');
  });
});

describe('/date of a date in another calendar', () => {
  it('given a reign year the text writes, then a note (no error) naming it, the forms /date reads and /search', () => {
    const answer = dated.answer({ command: 'date', query: '康熙十二年' });
    expect(answer.error).toBeUndefined();
    expect(answer.total).toBe(0);
    expect(answer.message).toMatch(/^“康熙十二年”是年号纪年，\/date 不能换算这种写法：它能读的是公历日期，例如“4月6日”/);
    expect(answer.suggestions).toEqual(['/search 康熙十二年']);
  });

  it('given a lunar day nothing writes, then the forms to try on days with entries', () => {
    const answer = dated.answer({ command: 'date', query: '农历五月初五' });
    expect(answer.error).toBeUndefined();
    expect(answer.message).toContain('是农历日期');
    expect(answer.suggestions[0]).toBe('/date 4月6日');
  });

  it('given documents without dated entries, then the note says so too, in English for an English client', () => {
    const answer = undated.answer({ command: 'date', query: '农历八月初三' });
    expect(answer.error).toBeUndefined();
    expect(answer.message).toMatch(/是农历日期.*已载入的文档都没有带日期的条目/);
    expect(undated.answer({ command: 'date', query: '光绪丙午', locale: 'en' }).message).toContain('sexagenary');
  });

  it('given years of a war or since a founding, then no note of a reign year', () => {
    expect(dated.answer({ command: 'date', query: '抗战八年' }).message).not.toContain('年号纪年');
    expect(dated.answer({ command: 'date', query: '乾隆二十三年' }).message).toContain('年号纪年');
  });

  it('given an impossible day, then it stays an error', () => {
    expect(dated.answer({ command: 'date', query: '2月30日' }).error?.code).toBe('invalid-date');
  });
});
