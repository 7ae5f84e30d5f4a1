import { describe, expect, it } from 'vitest';
import { typedInEnglish } from '../../src/answer/locale.js';
import type { AnswerRequest } from '../../src/core/types.js';
import { answerOver } from '../support/answer-over.js';

// Messages in English when the adapter asks for it (a Discord client in English, an English
// question in the console); excerpts stay verbatim Chinese; Chinese stays the default.

const engine = answerOver();

const en = (request: Omit<AnswerRequest, 'locale'>) => engine.answer({ ...request, locale: 'en' });
// English sentences may quote Chinese (names, the documents' date forms), never Chinese punctuation.
const CHINESE_PUNCTUATION = /[，。：；！？、（）]/u;

describe('messages in English', () => {
  it.each([
    [{ command: 'ask', query: '' }, 'empty-query'],
    [{ command: 'date', query: 'someday' }, 'unrecognized-date'],
    [{ command: 'date', query: '2月30日' }, 'invalid-date'],
    [{ command: 'country', query: 'Narnia' }, 'unknown-country'],
    [{ command: 'country', query: '意大利 法国' }, 'unknown-country'],
    [{ command: 'context', query: 'nowhere:0000000000' }, 'unknown-id'],
    [{ command: 'serch', query: 'x' }, 'unknown-command'],
  ])('given %j, then the error (%s) is said in English', (request, code) => {
    const answer = en(request);
    expect(answer.error?.code).toBe(code);
    expect(answer.error?.message).toMatch(/[A-Za-z]{3}/);
    expect(answer.error?.message).not.toMatch(CHINESE_PUNCTUATION);
  });

  it('given results, then the message is English and the excerpts are the verbatim Chinese sentences', () => {
    const answer = en({ command: 'country', query: 'Italy' });
    expect(answer.message).toMatch(/^Italy: \d+ sentences, across \d+ days( and \d+ sections?)?\.$/);
    expect(answer.items[0]?.text).toMatch(/\p{Script=Han}/u);
  });

  it('given nothing found, a day with no entry, a page past the end, /help and /about, then English', () => {
    expect(en({ command: 'search', query: '量子计算机' }).message).toMatch(/^No sentences found for “量子计算机”/);
    expect(en({ command: 'date', query: '3月24日' }).message).toMatch(/^No entries on March 24 \(the entries run from March 8 to March 27/);
    // A range's summary says its days in English too (the group labels stay the documents' own).
    expect(en({ command: 'date', query: '3月10日至12日' }).message).toMatch(/^March 10 to March 12: 3 days have entries: March 10 \(3\)/);
    expect(en({ command: 'country', query: 'Italy', page: 99 }).message).toMatch(/There are only \d+ pages; showing the last one/);
    expect(en({ command: 'help', query: '' }).message).toMatch(/^Commands:\n\/ask — ask a question/);
    expect(en({ command: 'about', query: '' }).message).toMatch(/^Corpus: 2 documents, \d+ sentences/);
  });

  it('given a bare day, a contradicting weekday, a day without entries, an over-long search, then the notes and suggestions in English', () => {
    expect(en({ command: 'date', query: '18日' }).message).toBe('“18日” is read in March, the month of the entries. ');
    expect(en({ command: 'date', query: '3月18日 星期一' }).message).toMatch(/^Note: March 18 was a Wednesday, not a Monday/);
    expect(en({ command: 'date', query: '2月30日' }).error?.message).toBe('February has no day 30: it has 29 days.');
    expect(en({ command: 'date', query: '13月1日' }).error?.message).toBe('There is no month 13: months run from 1 to 12.');
    // Every refusal of a date says why in English, not only an impossible day's.
    expect(en({ command: 'date', query: '3月20日至18日' }).error?.message).toBe(
      'The range starts (March 20) after it ends (March 18): write the earlier date first.',
    );
    expect(en({ command: 'date', query: '2020年1月1日至2021年3月1日' }).error?.message).toBe(
      'The range is too long (426 days): at most 366 days.',
    );
    expect(en({ command: 'date', query: '2021年2月29日' }).error?.message).toBe('2021 is not a leap year: February has no 29th.');
    expect(en({ command: 'date', query: '2019年4月31日' }).error?.message).toBe('April 2019 has no day 31: it has 30 days.');
    // The same days in the entries' year are offered in English, a month as a month.
    expect(en({ command: 'date', query: '1900年3月' }).message).toMatch(
      /^No entries in March 1900 \(the entries are from 2020: March has \d+ entries, see \/date March\)/u,
    );
    expect(en({ command: 'date', query: '2019年3月18日' }).suggestions[0]).toBe('/date March 18');
    expect(en({ command: 'date', query: '2019年3月10日至12日' }).message).toMatch(/^No entries from March 10, 2019 to March 12, 2019 /u);
    // A day searched for is offered as /date in English too.
    expect(en({ command: 'search', query: '3月19日' }).suggestions[0]).toBe('/date March 19');
    // Every day offered in English words, as the reader would type it back.
    const nearest = en({ command: 'date', query: '3月24日' }).suggestions;
    expect(nearest.length).toBeGreaterThan(0);
    for (const day of nearest) expect(day).toMatch(/^March \d+ \(\d+ entr(?:y|ies)\)$/);
    expect(en({ command: 'ask', query: '3月18日发生了什么' }).message).toMatch(/^March 18: 8 entries/);
    expect(en({ command: 'ask', query: '第五部分讲的是什么' }).message).not.toMatch(/[：；]/u);
    expect(en({ command: 'search', query: '字'.repeat(201) }).error?.message).toBe(
      'That is too long (201 characters): please keep it within 200.',
    );
  });

  it('given an empty question, a city in English or /help, then examples and hints an English speaker can type', () => {
    expect(en({ command: 'ask', query: '' }).error?.message).toBe(
      'Please type a question, for example: /ask Who talked with Guterres on the phone?',
    );
    const city = en({ command: 'country', query: 'Wuhan' });
    expect(city.error?.message).toMatch(/not a country or region\. To see the sentences that name it, use \/search 武汉$/);
    expect(city.suggestions).toEqual(['/search 武汉']);
    expect(en({ command: 'help', query: '' }).message).toContain('(e.g. /country Italy)');
  });

  it('given a whole day asked in English, then the /date to type is written in English, and /date reads it back', () => {
    const answer = en({ command: 'ask', query: 'What happened on March 18?' });
    expect(answer.suggestions).toEqual(['/date March 18']);
    expect(engine.answer({ command: 'date', query: 'March 18' }).total).toBe(answer.total);
  });

  it('given one of a thing, then the singular', () => {
    expect(en({ command: 'country', query: 'Mongolia' }).message).toMatch(/^Mongolia: \d+ sentences?, across 1 day\b/);
  });

  it('given no locale, then Chinese, as before', () => {
    expect(engine.answer({ command: 'date', query: 'someday' }).error?.message).toMatch(/^无法识别日期/);
    expect(engine.answer({ command: 'help', query: '' }).message).toMatch(/^可用命令：/);
  });
});

describe('the language a text command was typed in (console, npm run ask)', () => {
  it.each([
    ['ask', 'Which banks gave loans?', true],
    ['ask', '意大利 Italy', false],
    ['ask', '@everyone', false],
    ['search', '<:pepe:123456>', false],
    ['ask', '<@123> https://example.com/masks', false],
    ['ask', '@everyone masks', true],
    ['context', 'chronicle:1a2b3c4d5e', false],
    // Names the documents write in Latin letters, typed by a Chinese user, are no English.
    ['search', '2.4GHz', false],
    ['search', 'AP-300', false],
    ['search', 'ap300', false],
    ['search', 'hr@acme-media.cn', false],
    ['search', 'www.acme-media.cn/join', false],
    ['search', 'GTX 960', false],
    ['search', 'Wi-Fi', false],
    ['search', 'NSFW', false],
    ['country', 'Germany', true],
    ['date', 'March 25', true],
    ['search', 'WHO masks', true],
    // Capitals alone: a name when one word, words when several, and a day to /date, which reads no names.
    ['date', 'YESTERDAY', true],
    ['date', 'LAST FRIDAY', true],
    ['ask', 'WHO DID XI CALL', true],
    ['search', 'GTX', false],
    // Several names in capitals are still names: a sentence in capitals has an English function word.
    ['search', 'GTX NSFW', false],
    ['search', 'NBA CBA', false],
    ['ask', 'WHAT DID ITALY GET', true],
  ])('given /%s %s, then English: %s (mentions, emoji and links are no words)', (command, query, english) => {
    expect(typedInEnglish(command, query)).toBe(english);
  });
});
