import { describe, expect, it } from 'vitest';
import { inflectedForm, lemmatize, tokenizeEnglish } from '../../../src/query/english/lemma.js';

describe('lemmatize', () => {
  it.each([
    ['banks', 'bank'],
    ['countries', 'country'],
    ['viruses', 'virus'],
    ['boxes', 'box'],
    ['meetings', 'meet'],
    ['planned', 'plan'],
    ['gave', 'give'],
    ['took', 'take'],
    ['stood', 'stand'],
    ['shown', 'show'],
    ['worst', 'bad'],
  ])('given %s then its key is %s', (word, key) => {
    expect(lemmatize(word)).toBe(key);
  });

  it.each([
    ['provide', 'provided', 'providing', 'provides'],
    ['care', 'caring', 'cared', 'cares'],
    ['test', 'tested', 'testing', 'tests'],
    ['state', 'stated', 'states', 'stating'],
    // Irregular past forms meet their base form's key even when that key drops a silent e.
    ['become', 'became', 'becomes', 'becoming'],
    ['undertake', 'undertook', 'undertaken', 'undertaking'],
    ['drive', 'drove', 'driven', 'driving'],
  ])('given the forms of %s then they all share one key', (...forms) => {
    expect(new Set(forms.map(lemmatize)).size).toBe(1);
  });

  it('given words the suffix rules would break then they stay whole', () => {
    expect(lemmatize('virus')).toBe('virus');
    expect(lemmatize('thing')).toBe('thing');
    expect(lemmatize('bus')).toBe('bus');
  });

  it('given an inherited object property name then it is treated as an ordinary word', () => {
    expect(lemmatize('constructor')).toBe('constructor');
    expect(typeof lemmatize('hasOwnProperty')).toBe('string');
    expect(lemmatize('__proto__')).toBe('__proto__');
  });
});

describe('British spellings', () => {
  it('given a British spelling then it meets its American form at the same key', () => {
    const pairs = [
      ['centres', 'centers'],
      ['organised', 'organized'],
      ['organisation', 'organization'],
      ['analysed', 'analyzed'],
      ['labour', 'labor'],
      ['programme', 'program'],
      ['travelled', 'traveled'],
      ['defence', 'defense'],
      ['catalogue', 'catalog'],
    ];
    for (const [british, american] of pairs) expect(lemmatize(british ?? '')).toBe(lemmatize(american ?? ''));
  });

  it('given words that only look British then they keep their own key', () => {
    for (const word of ['called', 'four', 'hour', 'rise', 'crisis']) expect(lemmatize(word)).toBe(word.replace(/ed$/, ''));
  });
});

describe('inflectedForm', () => {
  it('given an -ing noun then it keeps the exact form as a second key', () => {
    expect(inflectedForm('meetings')).toBe('meeting');
    expect(inflectedForm('banking')).toBe('banking');
  });

  it('given a word without -ing then there is no second key', () => {
    expect(inflectedForm('banks')).toBeNull();
    expect(inflectedForm('developed')).toBeNull();
  });
});

describe('tokenizeEnglish', () => {
  it('given possessives, hyphens and capitals then it splits words and flags acronyms', () => {
    const tokens = tokenizeEnglish("China's COVID-19 help from WHO");
    expect(tokens.map((t) => t.text)).toEqual(['China', 'COVID', '19', 'help', 'from', 'WHO']);
    expect(tokens.filter((t) => t.acronym).map((t) => t.text)).toEqual(['COVID', 'WHO']);
  });

  it('given a plural acronym then it is the acronym, while a capitalised word stays a word', () => {
    const tokens = tokenizeEnglish('the CDCs and NGOs of Wales');
    expect(tokens.filter((t) => t.acronym).map((t) => t.text)).toEqual(['CDC', 'NGO']);
    expect(tokens.map((t) => t.text)).toContain('Wales');
  });

  it('given no Latin letters or digits then there are no tokens', () => {
    expect(tokenizeEnglish('银行贷款？')).toEqual([]);
  });
});

describe('words with accented letters', () => {
  it('given Pastéis or café, then each is one word, keyed without its accents and kept as written', () => {
    // Cut at é they were "Past" + "is" (translated and searched) and "caf".
    expect(tokenizeEnglish('Pastéis de Belém, café').map((t) => [t.text, t.lemma])).toEqual([
      ['Pastéis', lemmatize('Pasteis')],
      ['de', 'de'],
      ['Belém', lemmatize('Belem')],
      ['café', lemmatize('cafe')],
    ]);
  });
});
