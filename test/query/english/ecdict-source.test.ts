import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preparedDictionaries } from '../../../src/index/prepared-dictionaries.js';
import { type EcdictTable, readEcdict, translationsAt, translationsOf } from '../../../src/query/english/ecdict-source.js';

const lookup = (table: EcdictTable, key: string): string[] | null => {
  for (let i = 0; i < table.keys.count; i++) if (table.keys.get(i) === key) return translationsAt(table, i);
  return null;
};

describe('the Chinese words of one ECDICT translation field', () => {
  it('given parts of speech, field labels and adjectives, then the words, with and without their 的', () => {
    expect(translationsOf('a. 温和的, 轻微的\\n[医] 轻的, 缓和的')).toEqual(['温和的', '温和', '轻微的', '轻微', '轻的', '缓和的', '缓和']);
  });

  it('given asides, repeats and non-words, then only Chinese words of 2–6 characters, once each', () => {
    expect(translationsOf('vt. 携带, (肥皂等)软性的; 运送\\n[计] 携带; CPU; 大; 一二三四五六七')).toEqual([
      '携带',
      '软性的',
      '软性',
      '运送',
    ]);
  });
});

describe('reading an ECDICT CSV', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qa-ecdict-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const csv = [
    'word,phonetic,definition,translation,pos,collins,oxford,tag,bnc,frq,exchange,detail,audio',
    'Recovery,,,"n. 改善",,,,,0,0,,,',
    'recovery,ri\'kʌvәri,"n. return to an original state","n. 恢复, 复原\\n[计] 恢复",,3,,cet4,2256,2443,s:recoveries,,',
    'small hours,,,"子夜;下半夜,凌晨",,,,,0,0,,,',
    'small,,,"a. 小的",,,,,300,300,,,',
    'hour,,,"n. 小时",,,,,500,500,s:hours,,',
    'convalescentish,,,"a. 康复中的",,,,,0,0,,,',
    'of,,,"prep. 属于",,,,,1,1,,,',
    '3D,,,"三维",,,,,0,0,,,',
    'bank,,,"n. bank",,,,,100,100,,,',
  ].join('\n');

  it('given rows sharing a key, then the commonest headword’s translations come first; stop words, non-words, rare words and rows without Chinese are left out', () => {
    const path = join(dir, 'ecdict.csv');
    writeFileSync(path, csv);
    const table = readEcdict(path);
    // "small hours" is kept: its words are ranked ("hours" as the listed plural of "hour").
    expect(Array.from({ length: table.keys.count }, (_, i) => table.keys.get(i)).sort()).toEqual([
      'hour',
      'recovery',
      'small',
      'small hour',
    ]);
    expect(lookup(table, 'recovery')).toEqual(['恢复', '复原', '改善']);
    expect(lookup(table, 'small hour')).toEqual(['子夜', '下半夜', '凌晨']);
  });

  it('given no file, then an empty table', () => {
    expect(readEcdict(null).keys.count).toBe(0);
  });
});

describe('the installed ECDICT, as prepared for builds', () => {
  const { ecdict } = preparedDictionaries().prepared;

  it('given words CC-CEDICT glosses no Chinese headword with, then ECDICT translates them', () => {
    expect(lookup(ecdict, 'recovery')?.[0]).toBe('恢复');
    expect(lookup(ecdict, 'small hour')).toContain('凌晨');
  });
});
