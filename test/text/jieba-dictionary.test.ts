import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { corpusCacheDir } from '../../src/core/corpus-cache-dir.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { dictionaryFilesIn, indexedTexts } from '../../src/index/build-saved-index.js';
import { corpusFingerprint } from '../../src/index/fingerprint.js';
import { readSavedIndex } from '../../src/index/index-cache.js';
import { simplifiedVariants } from '../../src/text/normalize.js';
import { loadSegmenter } from '../../src/text/segmenter.js';

// The corpus-restricted dictionary must segment every indexed text exactly as nodejieba's full
// dictionary does. The full one is loaded in a child process (one dictionary per process).

const files = dictionaryFilesIn(corpusCacheDir(DEFAULT_PATHS.cacheDir, DEFAULT_PATHS.corpusDir));
const read = readSavedIndex(
  corpusCacheDir(DEFAULT_PATHS.cacheDir, DEFAULT_PATHS.corpusDir),
  corpusFingerprint(DEFAULT_PATHS.corpusDir, [DEFAULT_PATHS.domainWords]),
);
if (!read.ok) throw new Error(read.reason);
const { saved } = read;
const texts = indexedTexts(saved.corpus).flatMap((t) => simplifiedVariants(t));

describe('corpus-restricted jieba dictionary', () => {
  it('given every indexed text, then it segments exactly as the full dictionary does', () => {
    const jieba = createRequire(import.meta.url).resolve('nodejieba');
    const script =
      `const j=require(${JSON.stringify(jieba)});j.load({userDict:${JSON.stringify(files.user)}});` +
      `const lines=JSON.parse(require('fs').readFileSync(0,'utf8'));` +
      `process.stdout.write(JSON.stringify(lines.map(l=>[j.cutForSearch(l,true),j.cut(l,true)])));`;
    const full = JSON.parse(
      execFileSync(process.execPath, ['-e', script], { input: JSON.stringify(texts), maxBuffer: 64 << 20 }).toString(),
    ) as string[][][];
    const restricted = loadSegmenter(files);
    const mismatches = texts.filter(
      (text, i) =>
        restricted.searchWords(restricted.cut(text)).join('/') !== full[i]?.[0]?.join('/') ||
        restricted.cut(text).join('/') !== full[i]?.[1]?.join('/'),
    );
    expect(texts.length).toBeGreaterThan(700);
    expect(mismatches).toEqual([]);
  });

  it('given the saved dictionary, then it is a small fraction of the full one', () => {
    const kept = readFileSync(files.dict, 'utf8').split('\n').length;
    expect(kept).toBeGreaterThan(1000);
    expect(kept).toBeLessThan(50_000);
  });
});
