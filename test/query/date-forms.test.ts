import { describe, expect, it } from 'vitest';
import { dateForms } from '../../src/query/date-forms.js';
import { parseDateQuery } from '../../src/query/date-parse.js';
import { answerOverFiles } from '../support/answer-over.js';
import { chronicleFiles } from '../support/temp-corpus.js';

// /date's refusals show the forms it reads with a day the documents have entries on, not the
// starting chronicle's 3月18日.

describe('dateForms', () => {
  it('given the starting chronicle’s day, then the forms /date always showed', () => {
    const forms = dateForms('2020-03-18', 2020);
    expect(forms?.zh).toBe('“3月18日”、“3.18”、“2020-03-18”、“March 18”、“3月18日至20日”、“3月”或“2020年”');
    expect(forms?.en).toBe('March 18, 18 March, 2020-03-18, March 18-20, March or 2020 (also 3月18日)');
    expect(forms?.commandsZh).toEqual(['/date 3月18日', '/date 3.18', '/date 3月18日至20日']);
    expect(forms?.commandsEn).toEqual(['/date March 18', '/date March 18-20', '/date March']);
  });

  it('given a day, then the year form it names is read back as that year', () => {
    for (const [day, year] of [
      ['2024-05-03', 2024],
      ['2019-12-31', 2020],
    ] as const) {
      const forms = dateForms(day, year)!;
      const written = day.slice(0, 4);
      expect(forms.zh.endsWith(`或“${written}年”`)).toBe(true);
      expect(forms.en).toContain(` or ${written} (also `);
      expect(parseDateQuery(`${written}年`, year)).toEqual({
        ok: true,
        query: { kind: 'range', from: `${written}-01-01`, to: `${written}-12-31` },
      });
    }
  });

  it.each([
    ['2024-05-03', 2024],
    ['2024-01-30', 2024],
    ['2019-12-31', 2020],
  ])('given %s with %i the default year, then every command /date reads back as that day, its range or its month', (day, year) => {
    const forms = dateForms(day, year)!;
    for (const command of [...forms.commandsZh, ...forms.commandsEn]) {
      const parsed = parseDateQuery(command.replace('/date ', ''), year);
      expect(parsed.ok, command).toBe(true);
      if (!parsed.ok) continue;
      const q = parsed.query;
      const covers =
        q.kind === 'day'
          ? q.date === day
          : q.kind === 'range'
            ? q.from <= day && day <= q.to
            : q.kind === 'month'
              ? `${q.year}-${String(q.month).padStart(2, '0')}` === day.slice(0, 7)
              : q.days.includes(day);
      expect(covers, command).toBe(true);
    }
  });
});

describe('/date refusals over a chronicle of 2024', () => {
  const engine = answerOverFiles(
    'date-forms',
    chronicleFiles('club', 2024, '俱乐部纪事\n\n5月3日\n◆俱乐部举行春季长跑。\n\n5月4日\n◆俱乐部接待来访球队。\n'),
  );

  it.each(['第二季度', '那天'])('given /date %s, then the forms and suggestions are written with a day it has entries on', (query) => {
    const answer = engine.answer({ command: 'date', query });
    expect(answer.error?.code).toBe('unrecognized-date');
    expect(answer.error?.message).toContain('“5月3日”、“5.3”、“2024-05-03”');
    expect(answer.error?.message).not.toContain('3月18日');
    // The year form /date reads (/date 2024年), with the year the entries are from.
    expect(answer.error?.message).toContain('或“2024年”');
    expect(engine.answer({ command: 'date', query: '2024年' }).total).toBe(2);
    expect(answer.suggestions).toEqual(['/date 5月3日', '/date 5.3', '/date 5月3日至5日']);
    expect(engine.answer({ command: 'date', query: answer.suggestions[0]!.replace('/date ', '') }).total).toBe(1);
  });

  it('given /date 那天 from an English client, then the English forms name that day', () => {
    const answer = engine.answer({ command: 'date', query: '那天', locale: 'en' });
    expect(answer.error?.message).toContain('May 3, 3 May, 2024-05-03, May 3-5, May or 2024');
    expect(answer.suggestions).toEqual(['/date May 3', '/date May 3-5', '/date May']);
  });
});
