import { describe, expect, it } from 'vitest';
import { readCedict } from '../../../src/query/english/cedict-source.js';
import { indexCorpusWords } from '../../../src/query/english/corpus-words.js';
import { buildGlossSynonyms, headNoun, sensesOf } from '../../../src/query/english/gloss-synonyms.js';

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

describe('gloss synonyms by a sense naming a noun for something', () => {
  it('given "rent for a room or house", then its noun "rent" is a sense too; "landlord of a building" and verbs are not cut', () => {
    expect(headNoun('rent for a room or house')).toBe('rent');
    expect(headNoun('entrance fee for a park')).toBe('entrance fee');
    expect(headNoun('landlord of a building')).toBeNull();
    expect(headNoun('to apply for a job')).toBeNull();
  });

  it('given a lease that writes 租金 and a thread that writes 楼主, then 房租 maps to 租金, and 房东 not to 楼主 (its "landlord of a building")', () => {
    const cedict = readCedict();
    const text = '乙方应按季度支付租金。楼主更新了帖子。';
    const table = buildGlossSynonyms(
      cedict,
      indexCorpusWords(
        text,
        cedict.heads.map((h) => h.simplified),
      ),
    );
    expect(table['房租']).toContain('租金');
    expect(table['房东'] ?? []).not.toContain('楼主');
  });
});

describe('gloss synonyms from prepared candidates', () => {
  it('given a corpus, then filtering the prepared order picks what ranking the written words alone picks', () => {
    const cedict = readCedict();
    const text = '专家通过视频会议交流。医生和护士奔赴一线。患者病情稳定，治愈出院。';
    const words = indexCorpusWords(
      text,
      cedict.heads.map((h) => h.simplified),
    );
    const table = buildGlossSynonyms(cedict, words);
    // Reference: the ranking over written words only (CC-CEDICT senses shared by at most 8 words).
    const senses = new Map<string, Set<string>>();
    for (const head of cedict.heads) {
      if (!/^\p{Script=Han}{2,4}$/u.test(head.simplified)) continue;
      const set = senses.get(head.simplified) ?? new Set<string>();
      for (const meaning of cedict.entry(head)?.meanings ?? []) for (const sense of sensesOf(meaning)) set.add(sense);
      senses.set(head.simplified, set);
    }
    const sharing = new Map<string, string[]>();
    for (const [word, set] of senses) for (const sense of set) sharing.set(sense, [...(sharing.get(sense) ?? []), word]);
    for (const word of ['视讯', '大夫', '病人', '治好']) {
      const shared = new Map<string, number>();
      for (const sense of senses.get(word) ?? [])
        for (const other of (sharing.get(sense) ?? []).length > 8 ? [] : (sharing.get(sense) ?? []))
          if (other !== word && words.count(other) > 0) shared.set(other, (shared.get(other) ?? 0) + 1);
      const best = [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
      expect(table[word]).toEqual(best.map(([w]) => w));
    }
  });
});
