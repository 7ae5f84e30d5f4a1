import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusCacheDir } from '../../src/core/corpus-cache-dir.js';

describe('corpusCacheDir', () => {
  const base = '/var/cache/qa';

  it('given two corpus folders with the same name, then each has its own cache folder', () => {
    const a = join(mkdtempSync(join(tmpdir(), 'qa-a-')), 'corpus');
    const b = join(mkdtempSync(join(tmpdir(), 'qa-b-')), 'corpus');
    expect(corpusCacheDir(base, a)).not.toBe(corpusCacheDir(base, b));
    expect(corpusCacheDir(base, a)).toMatch(/^\/var\/cache\/qa\/corpus-[0-9a-f]{12}$/);
  });

  it('given the same folder reached through a symlink, then the cache folder is the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-real-'));
    const link = join(mkdtempSync(join(tmpdir(), 'qa-link-')), 'here');
    symlinkSync(dir, link);
    expect(corpusCacheDir(base, link)).toBe(corpusCacheDir(base, dir));
  });
});
