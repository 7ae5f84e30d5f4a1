import { describe, expect, it } from 'vitest';
import { buildEnglishLexicon } from '../../../src/query/english/lexicon.js';
import { parseEnglishLexicon, serializeEnglishLexicon } from '../../../src/query/english/lexicon-json.js';
import { translateEnglishQuery } from '../../../src/query/english/translate.js';
import { readCorpusText } from './corpus-fixture.js';
import { installedCedict } from './installed-cedict.js';

describe('English lexicon JSON', () => {
  const lexicon = buildEnglishLexicon(readCorpusText(), installedCedict());

  it('given a built lexicon then saving and loading gives the same lexicon and the same translations', () => {
    const loaded = parseEnglishLexicon(serializeEnglishLexicon(lexicon));
    expect(loaded).toEqual(lexicon);
    const question = 'Which banks offered China emergency loans in the epidemic?';
    expect(loaded && translateEnglishQuery(question, loaded)).toEqual(translateEnglishQuery(question, lexicon));
  });

  it('given already-parsed data then it is accepted too', () => {
    expect(parseEnglishLexicon(JSON.parse(serializeEnglishLexicon(lexicon)) as unknown)).toEqual(lexicon);
  });

  it.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 99, words: {}, acronyms: {}, maxPhraseWords: 1 })],
    ['a wrong table', JSON.stringify({ version: 1, words: { bank: '银行' }, acronyms: {}, maxPhraseWords: 1 })],
    ['a missing field', JSON.stringify({ version: 1, words: {}, acronyms: {} })],
    ['null', 'null'],
  ])('given %s then loading returns null', (_label, input) => {
    expect(parseEnglishLexicon(input)).toBeNull();
  });
});
