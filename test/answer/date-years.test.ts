import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { chronicleFiles } from '../support/temp-corpus.js';

// A server's folder with chronicles of two years: a day written without its year is both years'.
// Its own process and corpus (one jieba dictionary per process).

const engine = answerOverFiles('years', {
  ...chronicleFiles('club', 2020, '俱乐部纪事\n\n3月18日\n◆俱乐部举行春季长跑。\n\n3月19日\n◆俱乐部接待来访球队。\n'),
  ...chronicleFiles('school', 2021, '学校大事记\n\n3月18日\n◆学校举行春季运动会。\n\n3月19日\n◆友好学校代表团来访。\n'),
});

const date = (query: string) => engine.answer({ command: 'date', query, pageSize: 50 });

describe('/date over chronicles of two years', () => {
  it('given a day without its year, then that day of each year, each under its own heading', () => {
    const answer = date('3月19日');
    expect(answer.items.map((i) => [i.date, i.text])).toEqual([
      ['2020-03-19', '俱乐部接待来访球队。'],
      ['2021-03-19', '友好学校代表团来访。'],
    ]);
    // Each heading writes its year: one with and one without read as if one were not dated.
    expect(answer.groups?.map((g) => g.label)).toEqual(['2020年3月19日', '2021年3月19日']);
  });

  it('given a day without its year and a weekday, then the year whose day it is, and no note', () => {
    // 2020-03-18 was a Wednesday, 2021-03-18 a Thursday.
    const thursday = date('3月18日（周四）');
    expect(thursday.items.map((i) => i.text)).toEqual(['学校举行春季运动会。']);
    expect(thursday.message).toBeNull();
    expect(date('Wednesday, March 18').items.map((i) => i.text)).toEqual(['俱乐部举行春季长跑。']);
    // A weekday neither year's day was: both years, and the note on the default year's.
    const friday = date('3月18日（周五）');
    expect(friday.items).toHaveLength(2);
    expect(friday.message).toContain('不是星期五');
  });

  it('given a day with its year, then that year only', () => {
    expect(date('2021年3月18日').items.map((i) => i.text)).toEqual(['学校举行春季运动会。']);
  });

  it('given a day without entries, then each nearby day offered whose month and day the other year has too names its year, so its button opens that day only', () => {
    for (const locale of ['zh', 'en'] as const) {
      const answer = engine.answer({ command: 'date', query: '3月20日', locale });
      const commands = (answer.offers ?? []).map((o) => o.command);
      expect(commands, locale).toEqual(
        locale === 'zh'
          ? ['/date 2020年3月19日', '/date 2020年3月18日', '/date 2021年3月18日']
          : ['/date March 19, 2020', '/date March 18, 2020', '/date March 18, 2021'],
      );
      // Each command lists the one day it names.
      for (const command of commands) expect(new Set(date(command.slice('/date '.length)).items.map((i) => i.date)).size, command).toBe(1);
    }
  });

  it('given a month without its year, then both years, and no timeline spanning the year between them', () => {
    const answer = date('3月');
    expect(answer.total).toBe(4);
    expect(answer.timeline).toBeUndefined();
  });
});

describe('/ask about a whole day over chronicles of two years', () => {
  it('given a day without its year, then each year’s entries of that day, as /date lists them', () => {
    const asked = engine.answer({ command: 'ask', query: '3月18日发生了什么', pageSize: 50 });
    expect(asked.items.map((i) => [i.date, i.text])).toEqual(date('3月18日').items.map((i) => [i.date, i.text]));
    expect(asked.items.map((i) => i.date)).toEqual(['2020-03-18', '2021-03-18']);
  });

  it('given a day with its year, then that year only', () => {
    const asked = engine.answer({ command: 'ask', query: '2021年3月18日发生了什么' });
    expect(asked.items.map((i) => i.text)).toEqual(['学校举行春季运动会。']);
  });
});

describe('/date of a day no chronicle has, over chronicles of two years', () => {
  it('given a day outside both, then each chronicle’s own span, every year written where the two differ', () => {
    const answer = date('2021年5月3日');
    expect(answer.total).toBe(0);
    expect(answer.message).toContain('各文档的条目：《club》2020年3月18日至2020年3月19日；《school》3月18日至3月19日');
    const english = engine.answer({ command: 'date', query: '2021-05-03', locale: 'en' });
    expect(english.message).toContain("the documents' entries: club: March 18, 2020 to March 19, 2020; school: March 18 to March 19");
  });
});
