import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusCacheDir } from '../../src/core/corpus-cache-dir.js';
import { loadOrBuild } from '../../src/core/load-or-build.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { recordCorpusPath, removeOrphanedCaches } from '../../src/core/stale-caches.js';
import { createLogger } from '../../src/log.js';
import { tempCorpus } from '../support/temp-corpus.js';

// A deploy unpacking each release into a new folder left one cache folder per release behind,
// never removed (an operator's audit): the folders of corpus folders that are gone are removed
// when an index is saved, once unused for a day; folders that record no corpus, or one that
// exists, are left alone.

const DAY = 24 * 60 * 60 * 1000;

describe('cache folders of corpus folders that are gone', () => {
  it('given folders beside the current one, then only those recording a missing corpus folder are removed', () => {
    const base = mkdtempSync(join(tmpdir(), 'qa-caches-'));
    const folder = (name: string, corpus?: string) => {
      mkdirSync(join(base, name));
      if (corpus !== undefined) writeFileSync(join(base, name, 'corpus-path'), corpus);
      return join(base, name);
    };
    const current = folder('current', '/gone/too');
    folder('alive', tmpdir());
    folder('gone', join(base, 'no-such-corpus'));
    folder('unrecorded');
    folder('prepared');
    // Only once unused for a day: a deploy that removes the corpus folder and unpacks it again
    // leaves it missing for a moment.
    expect(removeOrphanedCaches(current, base)).toEqual([]);
    expect(removeOrphanedCaches(current, base, Date.now() + 2 * DAY)).toEqual(['gone']);
    for (const kept of ['current', 'alive', 'unrecorded', 'prepared']) expect(existsSync(join(base, kept)), kept).toBe(true);
  });

  it('given an index built for a new corpus folder, then its cache folder records it and the old release’s folder is removed', () => {
    const base = mkdtempSync(join(tmpdir(), 'qa-caches-'));
    const files = { 'notes.txt': '公园笔记\n公园将于五月开放。' };
    const build = (corpusDir: string) =>
      loadOrBuild(
        {
          corpusDir,
          domainWordsPath: DEFAULT_PATHS.domainWords,
          cacheDir: corpusCacheDir(base, corpusDir),
          cacheBaseDir: base,
        },
        createLogger('silent'),
      );
    const old = tempCorpus('release-1', files);
    build(old);
    const oldCache = corpusCacheDir(base, old);
    expect(readFileSync(join(oldCache, 'corpus-path'), 'utf8')).toContain('release-1');
    rmSync(old, { recursive: true });
    const twoDaysAgo = (Date.now() - 2 * DAY) / 1000;
    utimesSync(join(oldCache, 'corpus-path'), twoDaysAgo, twoDaysAgo);
    build(tempCorpus('release-2', files));
    expect(existsSync(oldCache)).toBe(false);
  });

  it('given a corpus folder, then its real path is recorded', () => {
    const cache = mkdtempSync(join(tmpdir(), 'qa-caches-'));
    recordCorpusPath(cache, DEFAULT_PATHS.corpusDir);
    expect(existsSync(readFileSync(join(cache, 'corpus-path'), 'utf8'))).toBe(true);
  });
});
