import { describe, expect, it } from 'vitest';
import { packSections, unpackSections } from '../../../src/index/byte-sections.js';
import { ecdictFromSections, ecdictSections } from '../../../src/query/english/ecdict-bytes.js';
import { listOf, translationsAt } from '../../../src/query/english/ecdict-source.js';

describe('ECDICT as prepared bytes', () => {
  it('given a table, then reading its sections back gives the same keys and translations', () => {
    const table = { keys: listOf(['recovery', 'small hour']), offsets: Uint32Array.of(0, 2, 3), pieces: listOf(['恢复', '复原', '凌晨']) };
    const back = ecdictFromSections(unpackSections(Buffer.concat(packSections({ format: 'test' }, ecdictSections(table)))));
    expect([back.keys.get(0), back.keys.get(1)]).toEqual(['recovery', 'small hour']);
    expect(translationsAt(back, 0)).toEqual(['恢复', '复原']);
    expect(translationsAt(back, 1)).toEqual(['凌晨']);
  });

  it('given offsets that do not match the translations, then it is refused', () => {
    const table = { keys: listOf(['a']), offsets: Uint32Array.of(0, 5), pieces: listOf(['恢复']) };
    const bytes = Buffer.concat(packSections({ format: 'test' }, ecdictSections(table)));
    expect(() => ecdictFromSections(unpackSections(bytes))).toThrow(/inconsistent/);
  });
});
