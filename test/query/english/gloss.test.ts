import { describe, expect, it } from 'vitest';
import { parseMeaning } from '../../../src/query/english/gloss.js';

const keys = (meaning: string): string[] => parseMeaning(meaning).phrases.map((p) => p.lemmas.join(' '));

describe('parseMeaning', () => {
  it('given a name with its acronym in parentheses then it yields the phrase and the acronym', () => {
    const parsed = parseMeaning('World Health Organization (WHO)');
    expect(parsed.phrases.map((p) => p.lemmas.join(' '))).toEqual(['world health organization']);
    expect(parsed.acronyms).toEqual(['WHO']);
  });

  it('given "to", articles and examples in parentheses then only the translation remains', () => {
    expect(keys('to provide a loan (e.g. bank)')).toEqual(['provid a loan']);
    expect(parseMeaning('to provide a loan (e.g. bank)').phrases[0]?.content).toEqual(['provid', 'loan']);
  });

  it('given words in quotes then they are talked about, not translated', () => {
    // 心流 is glossed (psychology) flow; being "in the zone": it does not translate "zone".
    const parsed = parseMeaning('being "in the zone"');
    expect(parsed.phrases.flatMap((p) => p.content)).not.toContain('zone');
    expect(parseMeaning('"bamboo" radical in Chinese characters').phrases.flatMap((p) => p.content)).not.toContain('bamboo');
  });

  it('given synonyms separated by ; then each is a phrase', () => {
    expect(keys('expert; specialist')).toEqual(['expert', 'specialist']);
  });

  it('given references, surnames and classifiers then nothing is indexed', () => {
    expect(keys('surname Wang')).toEqual([]);
    expect(keys('variant of 裡|里[li3]')).toEqual([]);
    expect(keys('abbr. for 拉丁美洲')).toEqual([]);
    expect(keys('bank CL:家[jia1]')).toEqual(['bank']);
  });

  it('given an abbreviation explained in English then it translates the headword', () => {
    expect(keys('abbr. for Saudi Arabia')).toEqual(['saudi arabia']);
  });

  it('given a usage label then the sense is marked', () => {
    expect(parseMeaning('(ironically) mainland China').marked).toBe(true);
    expect(parseMeaning('mainland China').marked).toBe(false);
  });
});
