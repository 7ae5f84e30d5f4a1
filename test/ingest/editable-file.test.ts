import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesNotRead, readEditableFile } from '../../src/ingest/editable-file.js';
import { isDomainWordLine } from '../../src/text/jieba-dictionary.js';
import { isSynonymLine } from '../../src/text/synonyms.js';

// dict/domain-words.txt and dict/synonyms.txt as an operator may save them: in GBK (read, and
// said), with lines the parsers cannot read (named by number, not silently ignored).

const dir = mkdtempSync(join(tmpdir(), 'qa-editable-'));
const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('readEditableFile', () => {
  it('given GBK (卫健委 = 国家卫生健康委), then its text, and a note naming the file', () => {
    // 卫健委 = 国家卫生健康委 in GBK, byte for byte.
    const read = readEditableFile(file('synonyms.txt', Buffer.from('cec0bda1ceaf203d20b9fabcd2cec0c9fabda1bfb5ceaf0a', 'hex')));
    expect(read.text).toBe('卫健委 = 国家卫生健康委\n');
    expect(read.problems).toEqual([expect.stringMatching(/^synonyms\.txt：.*GB18030/)]);
  });

  it('given UTF-8, then its text and nothing to say', () => {
    expect(readEditableFile(file('words.txt', Buffer.from('新冠肺炎\n方舱医院 5 nz\n')))).toEqual({
      text: '新冠肺炎\n方舱医院 5 nz\n',
      problems: [],
    });
  });
});

describe('lines an operator must fix', () => {
  it('given a synonym line without "=", or a domain word with a frequency that is not a number, then each is named by its line', () => {
    expect(linesNotRead('synonyms.txt', '# 注释\n卫健委 = 国家卫生健康委\n没有等号的行\n', isSynonymLine, '词 = 别的说法')).toEqual([
      'synonyms.txt 第 3 行不是“词 = 别的说法”的形式，已忽略',
    ]);
    expect(linesNotRead('domain-words.txt', '新冠肺炎\n方舱医院 5 nz\n联防联控 五 nz\n', isDomainWordLine, '词 [词频] [词性]')).toEqual([
      'domain-words.txt 第 3 行不是“词 [词频] [词性]”的形式，已忽略',
    ]);
  });
});
