import { describe, expect, it } from 'vitest';
import { indexCorpusWords } from '../../../src/query/english/corpus-words.js';
import { ECDICT_FILLS, ecdictFills } from '../../../src/query/english/ecdict-fill.js';
import { listOf } from '../../../src/query/english/ecdict-source.js';

describe('ECDICT filling the keys CC-CEDICT leaves without a translation', () => {
  const table = {
    keys: listOf(['recovery', 'small hour', 'bank', 'mild']),
    offsets: Uint32Array.of(0, 3, 6, 7, 8),
    pieces: listOf(['改善', '恢复', '复原', '子夜', '下半夜', '凌晨', '银行', '温和']),
  };
  const corpus = indexCorpusWords('生活逐步恢复，经济复原。凌晨发布通告。银行提供贷款。', []);
  const words = (chinese: string) => corpus.count(chinese) > 0;

  it('given keys not yet covered, then their translations the corpus writes, in ECDICT’s order', () => {
    const fills = ecdictFills(table, (key) => key === 'bank', words);
    expect(fills.get('recovery')).toEqual(['恢复', '复原']);
    expect(fills.get('small hour')).toEqual(['凌晨']);
  });

  it('given a covered key or one the corpus has no translation of, then nothing', () => {
    const fills = ecdictFills(table, (key) => key === 'bank', words);
    expect(fills.has('bank')).toBe(false);
    expect(fills.has('mild')).toBe(false);
  });

  it('given many translations, then at most ECDICT_FILLS', () => {
    const many = { keys: listOf(['x']), offsets: Uint32Array.of(0, 5), pieces: listOf(['恢复', '复原', '凌晨', '银行', '贷款']) };
    expect(ecdictFills(many, () => false, words).get('x')).toHaveLength(ECDICT_FILLS);
  });
});
