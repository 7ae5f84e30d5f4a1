import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packSections, unpackSections } from '../../src/index/byte-sections.js';
import { jiebaFromSections, jiebaSections, readJiebaEntries } from '../../src/text/jieba-entries.js';

describe('jieba dictionary entries', () => {
  it('given lines with and without tags, bad frequencies and blanks, then the usable entries are read in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-jieba-'));
    try {
      const path = join(dir, 'dict.utf8');
      writeFileSync(path, '中国 100 ns\n援助 20\n\n坏 0 n\n坏坏 x n\n𠀀字 3 n\r\n');
      const entries = readJiebaEntries(path);
      const rows = (e: typeof entries) => Array.from({ length: e.count }, (_, i) => [e.word(i), e.freqs[i], e.tags[e.tagOf[i]!]]);
      expect(rows(entries)).toEqual([
        ['中国', 100, 'ns'],
        ['援助', 20, 'x'],
        ['𠀀字', 3, 'n'],
      ]);
      const back = jiebaFromSections(unpackSections(new Uint8Array(Buffer.concat(packSections(null, jiebaSections(entries))))));
      expect(rows(back)).toEqual(rows(entries));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
