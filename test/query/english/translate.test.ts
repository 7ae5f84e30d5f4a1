import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEnglishLexicon } from '../../../src/query/english/lexicon.js';
import { isEnglishQuery, translateEnglishQuery } from '../../../src/query/english/translate.js';
import { readCorpusText, sentenceContaining } from './corpus-fixture.js';
import { installedCedict } from './installed-cedict.js';

const text = readCorpusText();
const lexicon = buildEnglishLexicon(text, installedCedict());
const terms = (question: string): string[] => translateEnglishQuery(question, lexicon).terms;

interface AskCase {
  q: string;
  expect: string[];
  kind: string;
}
const dev = JSON.parse(readFileSync(new URL('../../../eval/dev.json', import.meta.url), 'utf8')) as { ask: AskCase[] };
const englishCases = dev.ask.filter((c) => c.kind === 'english');

describe('translateEnglishQuery', () => {
  it('given an adverb the dictionary only knows as an adjective, then it is read as the adjective', () => {
    const severely = translateEnglishQuery('severely', lexicon);
    expect(severely.unknown).toEqual([]);
    expect(severely.terms).toEqual(expect.arrayContaining(translateEnglishQuery('severe', lexicon).terms.slice(0, 2)));
  });

  it('given a phrasal verb whose particle opens a date ("call on March 16"), then the verb stands alone and the date keeps its word', () => {
    // "call on" is 呼吁 (appeal to); before a date the "on" is the date's: call is 通电话.
    const dated = translateEnglishQuery('Whom did the premier call on March 5?', lexicon).groups.map((g) => g.english);
    expect(dated).toEqual(expect.arrayContaining(['call', 'March 5']));
    expect(terms('Whom did the premier call on March 5?')).toContain('通电话');
    // Elsewhere the phrase is still read whole.
    expect(translateEnglishQuery('Which groups did they call on to help?', lexicon).groups.map((g) => g.english)).toContain('call on');
  });

  it('given an -ing word, then its own senses come first and its verb senses follow', () => {
    const fighting = translateEnglishQuery('fighting', lexicon).terms;
    const fight = translateEnglishQuery('fight', lexicon).terms;
    expect(fighting[0]).not.toBe(fight[0]);
    expect(fighting.some((term) => fight.includes(term))).toBe(true);
  });

  it('given a place CC-CEDICT names only by pointing to its full name, then the corpus’s short form is found', () => {
    // 浙江 is "see 浙江省[…]" and 尽快 "see 儘快|尽快[…]": read through the pointer, not as pinyin.
    expect(translateEnglishQuery('Zhejiang', lexicon).groups[0]?.chinese).toEqual(['浙江']);
    expect(terms('as soon as possible')).toContain('尽快');
  });

  it('given a gloss of one word with a function word ("every day" 每天), then the phrase is translated whole', () => {
    // Filed only under "day", "every day" became 当日 (that day) and lost "every".
    const [group] = translateEnglishQuery('reported every day', lexicon).groups.filter((g) => g.english.includes('day'));
    expect(group?.english).toBe('every day');
    expect(group?.chinese[0]).toBe('每天');
  });

  it('given a particle such as "away", then it is not translated by the phrasal sense it has in a gloss', () => {
    // CC-CEDICT's "to pass away" must not make "stay away" a question about death (逝世).
    expect(terms('stay away from crowded places')).not.toContain('逝世');
  });

  it('given the dev set then it has English questions to check', () => {
    expect(englishCases.length).toBeGreaterThan(0);
  });

  it.each(englishCases.map((c) => [c.q, c.expect[0] ?? ''] as const))(
    'given "%s" then at least three of its terms occur in the expected sentence',
    (question, key) => {
      const sentence = sentenceContaining(text, key);
      expect(sentence).toBeDefined();
      const found = terms(question).filter((term) => sentence?.includes(term));
      expect(found.length).toBeGreaterThanOrEqual(3);
    },
  );

  it('given the dev questions then the key Chinese words are among the terms', () => {
    expect(terms('Which banks offered China emergency loans in the epidemic?')).toEqual(
      expect.arrayContaining(['银行', '中国', '紧急贷款', '疫情']),
    );
    expect(terms('Has China recommended experts for WHO guidelines?')).toEqual(
      expect.arrayContaining(['专家', '世界卫生组织', '推荐', '指南']),
    );
  });

  it('given a multi-word phrase then the longest match wins over its single words', () => {
    const result = translateEnglishQuery('an expert video meeting with Latin America', lexicon);
    expect(result.groups.map((g) => g.english)).toEqual(['expert', 'video meeting', 'Latin America']);
    expect(result.groups[1]?.chinese[0]).toBe('视频会议');
  });

  it('given only stop words then there are no terms and nothing unknown', () => {
    expect(translateEnglishQuery('Which of them did it, and when and how?', lexicon)).toEqual({ terms: [], unknown: [], groups: [] });
  });

  it('given contractions then each is its words: nothing is reported unknown, and the question keeps its terms', () => {
    for (const question of [
      "Why can't WHO send experts?",
      "Why didn't WHO send experts?",
      "Why won't WHO send experts?",
      "When'll WHO send experts, I'm told? They'd said so, we're told",
    ]) {
      const result = translateEnglishQuery(question, lexicon);
      expect(result.unknown).toEqual([]);
      expect(result.terms).toEqual(terms('Why WHO send experts?'));
    }
  });

  it('given a word the lexicon lacks then it is reported as unknown', () => {
    const result = translateEnglishQuery('Which zorblax banks gave loans?', lexicon);
    expect(result.unknown).toEqual(['zorblax']);
    expect(result.terms).toContain('银行');
  });

  it('given lower-case "who" then it is a question word, not the WHO', () => {
    expect(terms('Who sent experts?')).not.toContain('世界卫生组织');
    expect(terms('What did the WHO say?')).toContain('世界卫生组织');
  });

  it('given a date, a figure and Chinese inside the question then they are kept', () => {
    expect(terms('What happened on March 18 at the 方舱医院 with 25 countries?')).toEqual(
      expect.arrayContaining(['3月18日', '方舱医院', '25']),
    );
  });

  it('given terms then the best translation of every word comes before any second choice', () => {
    const result = translateEnglishQuery('Which banks offered China emergency loans?', lexicon);
    const firsts = result.groups.map((g) => g.chinese[0]);
    expect(result.terms.slice(0, firsts.length)).toEqual(firsts);
  });

  it('given non-English input then the result is empty', () => {
    for (const input of ['', '   ', '银行贷款', '？！。', 'Привет мир', '🙂🙂']) {
      expect(translateEnglishQuery(input, lexicon).terms).toEqual([]);
    }
  });

  it('given any string then it never throws and every term is non-empty', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (input) => {
        const result = translateEnglishQuery(input, lexicon);
        return result.terms.every((term) => term.length > 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('isEnglishQuery', () => {
  it.each([
    ['Which banks offered China emergency loans?', true],
    ['WHO guideline', true],
    ['What is 方舱医院?', true],
    ['世卫组织的指南', false],
    ['3月18日', false],
    ['WHO 指南说了什么内容', false],
    ['', false],
    ['?!', false],
  ])('given "%s" then it is %s', (input, expected) => {
    expect(isEnglishQuery(input)).toBe(expected);
  });
});
