import { describe, expect, it } from 'vitest';
import { answerOver } from '../support/answer-over.js';

const engine = answerOver();

const date = (query: string, pageSize = 100) => engine.answer({ command: 'date', query, pageSize });

describe('/date', () => {
  it('given any day, then its entries in the order that day has them, each cited first where that day has it (a repeat of an earlier entry too)', () => {
    const days = engine.answer({ command: 'date', query: '3月1日至3月31日', pageSize: 1000 }).items.map((i) => i.date!);
    let repeats = 0;
    for (const day of new Set(days)) {
      const items = date(day, 1000).items;
      const label = `${Number(day.slice(5, 7))}月${Number(day.slice(8))}日`;
      const ordinals = items.map((i) => {
        expect(i.places![0]).toMatch(new RegExp(`^${label} · 第\\d+条$`));
        if (i.places!.length > 1) repeats++;
        return Number(i.places![0]!.match(/第(\d+)条/)![1]);
      });
      expect(ordinals).toEqual([...ordinals].sort((a, b) => a - b));
    }
    // The chronicle repeats some entries under later days: the rule is tested on them.
    expect(repeats).toBeGreaterThan(0);
  });

  it('given 3月8日, then exactly its two entries in document order, not the undated entry before the first heading', () => {
    const answer = date('3月8日');
    expect(answer.total).toBe(2);
    expect(answer.items[0]?.text).toContain('农村居民防控新冠肺炎疫情问答手册');
    expect(answer.items[1]?.text).toContain('援外医疗队');
    expect(answer.items.some((i) => i.text.includes('国务院新闻办公室在湖北武汉举行新闻发布会'))).toBe(false);
    expect(answer.items.every((i) => i.date === '2020-03-08')).toBe(true);
  });

  it('given any written form of the same day, then the same entries', () => {
    const ids = date('3月16日').items.map((i) => i.id);
    expect(ids.length).toBe(5);
    for (const form of ['3/16', '3.16', '2020-03-16', '三月十六日', 'March 16', '16 Mar 2020'])
      expect(date(form).items.map((i) => i.id)).toEqual(ids);
  });

  it('given a date pasted with its weekday, then the same entries and no note', () => {
    const ids = date('3月17日').items.map((i) => i.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const form of ['3月17日（周二）', '3月17日 星期二', 'Tuesday, March 17', '周二 3/17', 'Tue 17 Mar 2020', '3.17 週二']) {
      const answer = date(form);
      expect(answer.items.map((i) => i.id)).toEqual(ids);
      expect(answer.message).toBeNull();
    }
  });

  it('given a weekday that contradicts the date, then the date is answered with a note naming both weekdays', () => {
    const answer = date('3月17日（周五）');
    expect(answer.error).toBeUndefined();
    expect(answer.items.map((i) => i.id)).toEqual(date('3月17日').items.map((i) => i.id));
    expect(answer.message).toBe('注意：3月17日是星期二，不是星期五；以下按3月17日回答。');
    expect(date('Friday, March 17').message).toContain('不是星期五');
  });

  it('given a repeated entry, then each of its days returns it and its citation lists every place', () => {
    const repeated = engine.answer({ command: 'date', query: '3月', pageSize: 100 }).items.find((i) => i.places.length > 1);
    expect(repeated).toBeDefined();
    expect(repeated!.citation).toMatch(/重复出现/);
  });

  it('given an impossible date, then a validation error', () => {
    for (const q of ['2月30日', '13月1日', '3月32日']) expect(date(q).error?.code).toBe('invalid-date');
  });

  it('given a day without its month, then it is read in the one month the entries are from, and the answer says so', () => {
    for (const q of ['18日', '十八日', '18号', '18']) {
      const answer = date(q);
      expect(answer.total).toBe(date('3月18日').total);
      expect(answer.message).toContain(`按条目所在的3月理解“${q}”`);
    }
  });

  it("given a holiday named by its day (五一, 十一), then the holiday, not day 51 or 11 of the entries' one month", () => {
    const mayDay = date('五一');
    expect(mayDay.error).toBeUndefined();
    expect(mayDay.message).toMatch(/^劳动节：2020年5月1日。/u);
    expect(date('十一').message).toMatch(/^国庆节：2020年10月1日。/u);
    // The 11th of the entries' month, which has entries, is offered first.
    expect(date('十一').suggestions[0]).toMatch(/^3月11日（\d+条）$/u);
    expect(date('五一').suggestions.filter((s) => s.startsWith('3月11日'))).toEqual([]);
    // Written as a day, it is still one of the month's.
    expect(date('十一日').message).toContain('按条目所在的3月理解“十一日”');
  });

  it('given a range, then the entries of each day grouped by day with counts', () => {
    const answer = date('3月18日至3月20日');
    expect(answer.groups?.map((g) => g.label)).toEqual(['3月18日', '3月19日', '3月20日']);
    expect(answer.total).toBe(answer.groups!.reduce((n, g) => n + g.count, 0));
  });

  it('given a month, then the days that have entries with counts', () => {
    const answer = date('3月');
    expect(answer.groups?.length).toBe(19);
    expect(answer.message).toMatch(/19天/);
  });

  it('given nothing, then an error asking for a date with an example', () => {
    const answer = date('');
    expect(answer.error?.code).toBe('empty-query');
    expect(answer.error?.message).toMatch(/3月18日/);
  });
});

describe('/date of what a Discord user pastes or types apart', () => {
  it('given a Discord timestamp, then the day it shows, as if typed', () => {
    expect(date('<t:1584489600:D>').items.map((i) => i.id)).toEqual(date('3月18日').items.map((i) => i.id));
    // Echoed as that day: a Discord embed title would show <t:…> raw.
    expect(date('<t:1584489600:D>').query).toBe('2020-03-18');
  });

  it('given two days typed apart, then one date at a time is asked for, and each offer answers', () => {
    const answer = date('3月18日 3月19日');
    expect(answer.error?.code).toBe('unrecognized-date');
    expect(answer.suggestions).toEqual(['/date 3月18日', '/date 3月19日', '/date 3月18日至19日']);
    for (const offer of answer.suggestions) expect(date(offer.replace('/date ', '')).total, offer).toBeGreaterThan(0);
  });
});

describe('/ask of the newest entry over the starting documents', () => {
  it('given 最近一次更新了什么 (whose 更新 this dictionary cuts apart), then the newest day’s entries, named as the newest', () => {
    for (const question of ['最近一次更新了什么', '最近一次更新']) {
      const answer = engine.answer({ command: 'ask', query: question, pageSize: 100 });
      expect(answer.message ?? '', question).toContain('最新的条目在3月27日');
      expect(new Set(answer.items.map((i) => i.date)), question).toEqual(new Set(['2020-03-27']));
    }
  });
});
