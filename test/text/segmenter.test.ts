import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusCacheDir } from '../../src/core/corpus-cache-dir.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { dictionaryFilesIn } from '../../src/index/build-saved-index.js';
import type { DictionaryFiles } from '../../src/text/jieba-dictionary.js';
import { loadSegmenter } from '../../src/text/segmenter.js';

// Two engines in one process, each with its own corpus dictionary (a reload, tests): a segmenter
// loads its own back before it cuts, even when the files it was made from are gone (a snapshot
// removed once loaded), where cppjieba aborted the process.

const saved = dictionaryFilesIn(corpusCacheDir(DEFAULT_PATHS.cacheDir, DEFAULT_PATHS.corpusDir));

/** A copy of the corpus dictionary in a folder of its own, `domain` words added to its user dictionary. */
function dictionaryCopy(domain: string): { dir: string; files: DictionaryFiles } {
  const dir = mkdtempSync(join(tmpdir(), 'qa-segmenter-'));
  const files = { dict: join(dir, 'dict'), user: join(dir, 'user'), idf: join(dir, 'idf'), stopWords: join(dir, 'stopWords') };
  for (const key of ['dict', 'idf', 'stopWords'] as const) cpSync(saved[key], files[key]);
  writeFileSync(files.user, domain);
  return { dir, files };
}

describe('loadSegmenter', () => {
  it('given its files removed and another dictionary loaded since, then it cuts with its own words', () => {
    const first = dictionaryCopy('青禾实践基地 3000 nz\n');
    const own = loadSegmenter(first.files);
    rmSync(first.dir, { recursive: true, force: true });
    const second = dictionaryCopy('');
    const other = loadSegmenter(second.files);
    rmSync(second.dir, { recursive: true, force: true });
    expect(other.cut('青禾实践基地')).not.toContain('青禾实践基地');
    expect(own.cut('青禾实践基地')).toContain('青禾实践基地');
    expect(other.cut('青禾实践基地')).not.toContain('青禾实践基地');
  });
});
