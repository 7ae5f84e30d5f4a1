import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DateParse, parseDateQuery } from '../../src/query/date-parse.js';

const Y = 2020;
const day = (date: string): DateParse => ({ ok: true, query: { kind: 'day', date } });
const range = (from: string, to: string): DateParse => ({ ok: true, query: { kind: 'range', from, to } });

describe('given each supported way of writing 18 March without a year', () => {
  const forms = [
    '3月18日',
    '3月18号',
    '3月18',
    '3.18',
    '3/18',
    '03-18',
    '2020-03-18',
    '2020/3/18',
    '2020年3月18日',
    '三月十八日',
    '三月十八号',
    '３月１８日',
    'March 18',
    'Mar 18',
    '18 March',
    '18 Mar 2020',
    'the 18th of March',
    'march 18th',
    'MAR 18',
    'Mar. 18, 2020',
    '3 月 18 日',
    '二〇二〇年三月十八日',
    '20200318',
    '3/18/2020',
  ];
  it.each(forms)('then %s is 2020-03-18', (form) => {
    expect(parseDateQuery(form, Y)).toEqual(day('2020-03-18'));
  });
});

describe('given surrounding spaces and punctuation', () => {
  it.each(['  3月18日  ', '「3月18日」', '3.18。', '“March 18”', '(3/18)', 'on March 18?', '３．１８'])('then %s still parses', (form) => {
    expect(parseDateQuery(form, Y)).toEqual(day('2020-03-18'));
  });
});

describe('given days written with Chinese numerals of every shape', () => {
  it.each([
    ['三月八日', '2020-03-08'],
    ['三月十日', '2020-03-10'],
    ['三月二十日', '2020-03-20'],
    ['三月二十七日', '2020-03-27'],
    ['十二月三十一日', '2020-12-31'],
    ['一月一号', '2020-01-01'],
    ['三月廿二日', '2020-03-22'],
  ])('then %s is %s', (form, iso) => expect(parseDateQuery(form, Y)).toEqual(day(iso)));
});

describe('given numbers whose first one cannot be a month', () => {
  it.each(['18/3', '18.3', '18/03/2020'])('then %s is read day first as 18 March', (form) => {
    expect(parseDateQuery(form, Y)).toEqual(day('2020-03-18'));
  });
  it('when neither number can be a month then it is an invalid date', () => {
    expect(parseDateQuery('18/20', Y)).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
  });
  it('when both numbers can be a month then the month comes first', () => {
    expect(parseDateQuery('3/4', Y)).toEqual(day('2020-03-04'));
  });
});

describe('given a year', () => {
  it('when no year is written then the default year is used', () => {
    expect(parseDateQuery('3月18日', 2021)).toEqual(day('2021-03-18'));
  });
  it.each([
    ['2019年3月18日', '2019-03-18'],
    ['2019-03-18', '2019-03-18'],
    ['18 Mar 2021', '2021-03-18'],
    ['2021/3/18', '2021-03-18'],
  ])('when %s names another year then that year is kept (no fall-back to 2020)', (form, iso) => {
    expect(parseDateQuery(form, Y)).toEqual(day(iso));
  });
});

describe('given ranges', () => {
  it.each([
    '3月18日-20日',
    '3月18日至3月20日',
    '3.18-3.20',
    'March 18 to 20',
    '3月18日到20日',
    '3月18日—20日',
    '3月18日~3月20日',
    '18-20 March',
    '2020-03-18 to 2020-03-20',
    '从3月18日到20日',
    '三月十八日至二十日',
  ])('then %s covers 18 to 20 March', (form) => {
    expect(parseDateQuery(form, Y)).toEqual(range('2020-03-18', '2020-03-20'));
  });
  it('when a range crosses a month then each end keeps its month', () => {
    expect(parseDateQuery('3月30日至4月2日', Y)).toEqual(range('2020-03-30', '2020-04-02'));
  });
  it('when a range runs from December into January then it crosses the new year, whichever end writes the year', () => {
    expect(parseDateQuery('12月30日至1月2日', Y)).toEqual(range('2020-12-30', '2021-01-02'));
    expect(parseDateQuery('2021年12月30日至1月2日', Y)).toEqual(range('2021-12-30', '2022-01-02'));
    expect(parseDateQuery('12月30日-2022年1月2日', Y)).toEqual(range('2021-12-30', '2022-01-02'));
    // A few months back is a reversed range, not a year later; so is one that would leave four-digit years.
    expect(parseDateQuery('5月20日至3月18日', Y).ok).toBe(false);
    const last = parseDateQuery('9999年12月30日至1月2日', Y);
    expect(last.ok ? null : last.error.message).toMatch(/起点（9999年12月30日）晚于终点/);
    const first = parseDateQuery('12月30日至1000年1月2日', Y);
    expect(first.ok ? null : first.error.message).not.toMatch(/999不合理/);
  });
  it('when both ends are the same day then it is that day', () => {
    expect(parseDateQuery('3月18日至18日', Y)).toEqual(day('2020-03-18'));
  });
  it('when the range is reversed then it is an invalid date saying which end is later', () => {
    const parsed = parseDateQuery('3月20日-3月18日', Y);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('invalid-date');
      expect(parsed.error.message).toContain('3月20日');
    }
  });
  it('when the range is longer than a year then it is refused', () => {
    const parsed = parseDateQuery('2019-01-01 to 2020-06-01', Y);
    expect(parsed.ok ? null : parsed.error.code).toBe('invalid-date');
  });
  it('when one end is impossible then the error names it', () => {
    const parsed = parseDateQuery('2月28日至2月30日', 2021);
    expect(parsed.ok ? null : parsed.error.message).toContain('2月没有30日');
  });
});

describe('given whole months', () => {
  it.each([
    ['3月', 2020, 3],
    ['March', 2020, 3],
    ['2020年3月', 2020, 3],
    ['三月', 2020, 3],
    ['3月份', 2020, 3],
    ['2019年12月', 2019, 12],
    ['Dec 2019', 2019, 12],
  ] as const)('then %s is month %i-%i', (form, year, month) =>
    expect(parseDateQuery(form, Y)).toEqual({ ok: true, query: { kind: 'month', year, month } }),
  );
  it('when the month does not exist then it is an invalid date', () => {
    expect(parseDateQuery('13月', Y)).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
  });
});

describe('given impossible days', () => {
  it.each([
    ['2月30日', '2月没有30日'],
    ['13月1日', '13月'],
    ['3月32日', '3月没有32日'],
    ['4月31日', '4月没有31日'],
    ['0月5日', '0月'],
    ['3月0日', '3月没有0日'],
    ['2019年2月29日', '2019年不是闰年'],
    ['Feb 30', '2月没有30日'],
    ['2020-02-30', '2月没有30日'],
  ])('then %s is invalid-date with a message naming the problem (%s)', (form, phrase) => {
    const parsed = parseDateQuery(form, Y);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('invalid-date');
      expect(parsed.error.message).toContain(phrase);
    }
  });
  it('when 29 February is in a leap year then it is valid', () => {
    expect(parseDateQuery('2月29日', 2020)).toEqual(day('2020-02-29'));
    expect(parseDateQuery('2月29日', 2021)).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
  });
});

describe('given input that is not a date', () => {
  it.each(['', '   ', '。', '\n'])('then %j is empty', (form) => {
    expect(parseDateQuery(form, Y)).toMatchObject({ ok: false, error: { code: 'empty' } });
  });
  it.each(['hello', '意大利', '1.2.3', '19日', '3月18日意大利', 'x'.repeat(500)])('then %s is unrecognized with examples', (form) => {
    const parsed = parseDateQuery(form, Y);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('unrecognized');
      expect(parsed.error.message).toContain('3月18日');
      // The year forms it reads (2024年, 2024) are named too.
      expect(parsed.error.message).toContain('“2020年”');
      expect(parsed.error.messageEn).toContain(' or 2020 ');
    }
  });
  it('given the forms to show, then a refusal names those, as given', () => {
    const forms = { zh: '“5月3日”或“2024年”', en: 'May 3 or 2024' };
    for (const typed of ['hello', '', 'x'.repeat(500)]) {
      const parsed = parseDateQuery(typed, Y, forms);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.error.message).toContain(forms.zh);
      expect(parsed.error.messageEn).toContain(forms.en);
      expect(parsed.error.message).not.toContain('3月18日');
    }
  });
});

// Every way a user may write one day, generated from its numbers (not from the parser).
function writings(month: number, d: number): string[] {
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const name = names[month - 1] ?? '';
  const cn = (n: number): string => {
    const digits = '〇一二三四五六七八九';
    if (n < 10) return digits[n] ?? '';
    return `${n >= 20 ? digits[Math.floor(n / 10)] : ''}十${n % 10 === 0 ? '' : digits[n % 10]}`;
  };
  const fw = (s: string): string => s.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const mm = String(month).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  return [
    `${month}月${d}日`,
    `${month}月${d}号`,
    `${month}月${d}`,
    `${month}.${d}`,
    `${month}/${d}`,
    `${mm}-${dd}`,
    `2020-${mm}-${dd}`,
    `2020/${month}/${d}`,
    `2020年${month}月${d}日`,
    `${cn(month)}月${cn(d)}日`,
    `${cn(month)}月${cn(d)}号`,
    fw(`${month}月${d}日`),
    `${name} ${d}`,
    `${name.slice(0, 3)} ${d}`,
    `${d} ${name}`,
    `${d} ${name.slice(0, 3)} 2020`,
    `the ${d}th of ${name}`,
  ];
}

describe('property: any valid 2020 day in any supported format', () => {
  it('then every writing parses to the same ISO date', () => {
    const days = fc.integer({ min: 0, max: 365 }).map((offset) => new Date(Date.UTC(2020, 0, 1 + offset)));
    fc.assert(
      fc.property(days, (date) => {
        const iso = date.toISOString().slice(0, 10);
        for (const text of writings(date.getUTCMonth() + 1, date.getUTCDate())) {
          expect(parseDateQuery(text, 2020), text).toEqual(day(iso));
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('property: no input string makes the parser throw, and every refusal says why in Chinese and English', () => {
  const check = (text: string): void => {
    const parsed = parseDateQuery(text, 2020);
    expect(typeof parsed.ok).toBe('boolean');
    // A refusal says why in both languages, the English without Chinese words around what was typed.
    if (!parsed.ok) {
      expect(parsed.error.message).not.toBe('');
      // What was typed may hold a quote mark itself (”⺀a): its quotes are the outermost.
      expect(parsed.error.messageEn.replace(/“[\s\S]*”|\(also [^)]*\)/gu, '')).not.toMatch(/\p{Script=Han}/u);
    }
  };
  it('given a typed closing quote before Han (found by the grapheme run), then the check reads the echo whole', () => check('”⺀a'));
  it('with arbitrary strings', () => fc.assert(fc.property(fc.string(), check), { numRuns: 2000 }));
  // fast-check 4 replaced fc.fullUnicodeString() with the 'binary' unit (any code point).
  it('with arbitrary full Unicode strings', () => fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: 2000 }));
  it('with arbitrary grapheme strings', () => fc.assert(fc.property(fc.string({ unit: 'grapheme' }), check), { numRuns: 1000 }));
  it('with strings built from date-like pieces', () => {
    const piece = fc.constantFrom(
      '3',
      '18',
      '2020',
      '月',
      '日',
      '号',
      '年',
      '-',
      '.',
      '/',
      '至',
      ' to ',
      'March',
      '十',
      '三',
      ' ',
      '~',
      'th',
      'of',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        check,
      ),
      { numRuns: 3000 },
    );
  });
});

describe('a whole year', () => {
  it.each(['2024年', '2024', ' 2024 年 '])('given "%s", then the range of its days', (input) => {
    expect(parseDateQuery(input, 2020)).toEqual({ ok: true, query: { kind: 'range', from: '2024-01-01', to: '2024-12-31' } });
  });

  it('given four digits that are no year as years are written now (0318, 1231), then not a year', () => {
    expect(parseDateQuery('0318', 2020)).toMatchObject({ ok: false, error: { code: 'unrecognized' } });
    expect(parseDateQuery('1231', 2020)).toMatchObject({ ok: false, error: { code: 'unrecognized' } });
  });

  it('given a year of fewer than four digits written as four (0999), then an invalid date', () => {
    expect(parseDateQuery('0999年', 2020)).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
  });
});
