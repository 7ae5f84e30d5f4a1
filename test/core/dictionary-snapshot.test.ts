import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotDictionary } from '../../src/core/dictionary-snapshot.js';
import { dictionaryFileNames, hashDictionary } from '../../src/text/jieba-dictionary.js';

// A saved index's dictionary is checked and loaded from a private copy: a build rewriting the
// cache's files meanwhile cannot change what was checked.

function dictionaryIn(dir: string, words: string) {
  const files = dictionaryFileNames(dir);
  writeFileSync(files.dict, words);
  writeFileSync(files.user, '');
  writeFileSync(files.idf, '');
  writeFileSync(files.stopWords, '');
  return files;
}

describe('snapshotDictionary', () => {
  it('given the cache files rewritten after the copy, then the copy keeps what was copied, and is gone once removed', () => {
    const files = dictionaryIn(mkdtempSync(join(tmpdir(), 'qa-dict-')), '口罩 10 n\n');
    const snapshot = snapshotDictionary(files)!;
    const hash = hashDictionary(snapshot.files);
    writeFileSync(files.dict, '防护服 10 n\n');
    expect(hashDictionary(snapshot.files)).toBe(hash);
    expect(readFileSync(snapshot.files.dict, 'utf8')).toBe('口罩 10 n\n');
    snapshot.remove();
    expect(existsSync(snapshot.files.dict)).toBe(false);
  });

  it('given a file missing, then no snapshot (read as a damaged dictionary)', () => {
    const files = dictionaryIn(mkdtempSync(join(tmpdir(), 'qa-dict-')), '口罩 10 n\n');
    rmSync(files.idf);
    expect(snapshotDictionary(files)).toBeNull();
  });

  it('given the copies of a process killed while loading, then the next snapshot removes them, and leaves those of a live process', () => {
    const files = dictionaryIn(mkdtempSync(join(tmpdir(), 'qa-dict-')), '口罩 10 n\n');
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const left = join(tmpdir(), `corpus-qa-snapshot-${dead}-abc123`);
    const live = join(tmpdir(), `corpus-qa-snapshot-${process.pid}-live01`);
    for (const dir of [left, live]) mkdirSync(join(dir, 'inner'), { recursive: true });
    try {
      const snapshot = snapshotDictionary(files)!;
      expect(existsSync(left)).toBe(false);
      expect(existsSync(live)).toBe(true);
      expect(snapshot.files.dict).toContain(`corpus-qa-snapshot-${process.pid}-`);
      snapshot.remove();
    } finally {
      rmSync(left, { recursive: true, force: true });
      rmSync(live, { recursive: true, force: true });
    }
  });
});
