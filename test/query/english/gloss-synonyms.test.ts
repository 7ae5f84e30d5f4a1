import { describe, expect, it } from 'vitest';
import { readCedict } from '../../../src/query/english/cedict-source.js';
import { indexCorpusWords } from '../../../src/query/english/corpus-words.js';
import { buildGlossSynonyms, sensesOf } from '../../../src/query/english/gloss-synonyms.js';

describe('gloss synonyms (CC-CEDICT senses shared between words)', () => {
  it('given a gloss, then each sense is lower-cased without brackets or sb/sth', () => {
    expect(sensesOf('to phone sb up; to call (Tw)')).toEqual(['to phone up', 'to call']);
    expect(sensesOf('variant of 視頻|视频[shi4 pin2]')).toEqual([]);
  });

  it('given a text that writes 视频 and 医生, then words it never writes map to them by shared sense', () => {
    const cedict = readCedict();
    const text = '专家通过视频会议交流。医生和护士奔赴一线。';
    const table = buildGlossSynonyms(
      cedict,
      indexCorpusWords(
        text,
        cedict.heads.map((h) => h.simplified),
      ),
    );
    expect(table['视讯']).toContain('视频');
    expect(table['大夫']).toContain('医生');
    // A word the text writes gets no entry: it is found as it is.
    expect(table['视频']).toBeUndefined();
  });
});
