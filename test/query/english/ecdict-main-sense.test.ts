import { beforeAll, describe, expect, it } from 'vitest';
import { preparedDictionaries } from '../../../src/index/prepared-dictionaries.js';
import { indexCorpusWords } from '../../../src/query/english/corpus-words.js';
import { ecdictMainSenses } from '../../../src/query/english/ecdict-fill.js';
import { listOf } from '../../../src/query/english/ecdict-source.js';
import { buildEnglishLexicon, type EnglishLexicon } from '../../../src/query/english/lexicon.js';
import { readCorpusText } from './corpus-fixture.js';

// CC-CEDICT read backwards misses a word's main sense when no headword is glossed with that
// English word ("cooperation": 合作 is glossed "to cooperate"); ECDICT's first translation joins it.
describe('ECDICT’s main translation beside CC-CEDICT’s candidates, on the real corpus', () => {
  let lexicon: EnglishLexicon;
  beforeAll(() => {
    lexicon = buildEnglishLexicon(readCorpusText(), { prepared: preparedDictionaries().prepared });
  });

  it('given words whose sense the documents write under another gloss, then that sense is a candidate, after CC-CEDICT’s own', () => {
    expect(lexicon.words.cooperation).toContain('合作');
    expect(lexicon.words.cooperation?.[0]).toBe('协作');
    expect(lexicon.words.treatment).toContain('治疗');
  });

  it('given an adjective’s or adverb’s form as ECDICT’s first (big: 大的), then it does not join', () => {
    expect(lexicon.words.big).not.toContain('大的');
  });
});

describe('ecdictMainSenses', () => {
  const table = {
    keys: listOf(['cooperation', 'bank', 'national', 'mild']),
    offsets: Uint32Array.of(0, 2, 3, 5, 7),
    pieces: listOf(['合作', '协作', '银行', '国家的', '国家', '温和', '轻症']),
  };
  const corpus = indexCorpusWords('国际合作与协作。银行提供贷款。国家的政策。轻症患者。', []);
  const written = (chinese: string) => corpus.count(chinese) > 0;
  const candidates: Record<string, string[]> = { cooperation: ['协作'], bank: ['银行'], national: ['全国'], mild: ['平和'] };

  it('given keys CC-CEDICT translates, then ECDICT’s first translation when written and missing, and nothing else', () => {
    const senses = ecdictMainSenses(table, (key) => candidates[key], written);
    expect(senses.get('cooperation')).toBe('合作');
    expect(senses.has('bank')).toBe(false);
    expect(senses.has('national')).toBe(false);
    expect(senses.has('mild')).toBe(false);
  });

  it('given a key CC-CEDICT leaves to ecdictFills, then nothing', () => {
    expect(ecdictMainSenses(table, () => undefined, written).size).toBe(0);
  });
});
