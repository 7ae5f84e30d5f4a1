import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEnglishLexicon } from '../../../src/query/english/lexicon.js';
import { namesFromPinyin, readingsByCharacter, syllabify } from '../../../src/query/english/pinyin-names.js';
import { translateEnglishQuery } from '../../../src/query/english/translate.js';
import { readCorpusText } from './corpus-fixture.js';
import { installedCedict } from './installed-cedict.js';

const text = readCorpusText();
const lexicon = buildEnglishLexicon(text, installedCedict());
const syllables = lexicon.syllables ?? {};
const lines = text.split('\n');
const pairFrequency = (pair: string) => lines.filter((line) => line.includes(pair)).length;
const names = (word: string) => namesFromPinyin(word, syllables, pairFrequency);

describe('names written in pinyin', () => {
  it('given a place or person the dictionary lacks, written in pinyin, then the corpus spelling is found', () => {
    expect(names('Leishenshan')).toContain('雷神山');
    expect(names('huoshenshan')).toContain('火神山');
    expect(names('Tandesai')).toContain('谭德塞');
  });

  it('given English words that are not pinyin, then nothing is read into them', () => {
    for (const word of ['Johnson', 'centres', 'hospital', 'Boris']) expect(names(word)).toEqual([]);
  });

  it('given a name as capitalised words in a question, then its Chinese joins the query terms', () => {
    const translated = translateEnglishQuery('What did Zhong Nanshan say about Leishenshan Hospital?', lexicon, { pairFrequency });
    expect(translated.terms).toEqual(expect.arrayContaining(['钟南山', '雷神山']));
    expect(translated.unknown).toEqual([]);
  });

  it('given no pair frequencies (no index), then pinyin names are not guessed', () => {
    expect(translateEnglishQuery('Leishenshan Hospital', lexicon).unknown).toEqual(['Leishenshan']);
  });

  it('given any letters, then each reading splits the word into 2–4 known syllables', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,16}$/), (word) => {
        for (const reading of syllabify(word, syllables)) {
          expect(reading.join('')).toBe(word);
          expect(reading.length).toBeGreaterThanOrEqual(2);
          expect(reading.length).toBeLessThanOrEqual(4);
          for (const syllable of reading) expect(Object.hasOwn(syllables, syllable)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('readings by character', () => {
  it('given the syllable table, then each corpus character has its toneless readings, every one of them', () => {
    const readings = readingsByCharacter(syllables);
    // 行 is read xing and hang; 情 and 请 share qing.
    expect(readings.get('行')).toEqual(expect.arrayContaining(['xing', 'hang']));
    expect(readings.get('情')).toContain('qing');
    expect(readings.get('请')).toContain('qing');
    for (const [syllable, chars] of Object.entries(syllables)) for (const char of chars) expect(readings.get(char)).toContain(syllable);
  });
});
