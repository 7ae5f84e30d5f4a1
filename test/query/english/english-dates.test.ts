import { describe, expect, it } from 'vitest';
import { matchEnglishDate } from '../../../src/query/english/english-dates.js';
import { tokenizeEnglish } from '../../../src/query/english/lemma.js';

function dateAt(text: string, at = 0): string | null {
  return matchEnglishDate(tokenizeEnglish(text), at)?.term ?? null;
}

describe('matchEnglishDate', () => {
  it.each([
    ['March 18', '3月18日'],
    ['Mar 18', '3月18日'],
    ['18 March', '3月18日'],
    ['18th of March', '3月18日'],
    ['Sept 1', '9月1日'],
    ['May 5th', '5月5日'],
    ['March', '3月'],
  ])('given %s then it becomes %s', (text, term) => {
    expect(dateAt(text)).toBe(term);
  });

  it('given lower-case "may" or a number that is not a day then it is not a date', () => {
    expect(dateAt('may 5')).toBeNull();
    expect(dateAt('45 March')).toBeNull();
    expect(dateAt('25 countries')).toBeNull();
  });

  it('given a day and month then both tokens are consumed', () => {
    expect(matchEnglishDate(tokenizeEnglish('the 18th of March'), 1)?.length).toBe(3);
  });
});
