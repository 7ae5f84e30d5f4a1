import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../../src/core/paths.js';
import { corpusFingerprint, INDEX_VERSION } from '../../src/index/fingerprint.js';

/** The fingerprint computed plainly: every entry named, every document and sidecar read whole. */
function wholeFileFingerprint(corpusDir: string, dictionaryFiles: string[]): string {
  const hash = createHash('sha256');
  hash.update(`index-version:${INDEX_VERSION}\n`);
  const filesUnder = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
  const entries = readdirSync(corpusDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  const empty = (e: (typeof entries)[number]) => (e.isDirectory() && readdirSync(join(corpusDir, e.name)).length === 0 ? ':empty' : '');
  for (const e of entries)
    hash.update(`entry:${e.name}:${e.isFile() ? 'f' : e.isDirectory() ? 'd' : e.isSymbolicLink() ? 'l' : 'o'}${empty(e)}\n`);
  for (const e of entries)
    if (e.isFile() && /\.(txt|md)$|\.meta\.json$/i.test(e.name))
      hash.update(`file:${e.name}\n`).update(readFileSync(join(corpusDir, e.name)));
  for (const path of dictionaryFiles) hash.update(`dict:${path.split(/[\\/]/).pop()}\n`).update(readFileSync(path));
  for (const dir of ['src/ingest', 'src/text', 'src/index', 'src/geo', 'src/query'])
    for (const path of filesUnder(join(PROJECT_ROOT, dir)))
      hash.update(`code:${path.slice(PROJECT_ROOT.length)}\n`).update(readFileSync(path));
  return hash.digest('hex');
}

describe('corpus fingerprint', () => {
  it('given the same inputs, then it is stable; given a changed or added document, then it changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-fp-'));
    cpSync(DEFAULT_PATHS.corpusDir, dir, { recursive: true });
    const before = corpusFingerprint(dir, [DEFAULT_PATHS.domainWords]);
    expect(corpusFingerprint(dir, [DEFAULT_PATHS.domainWords])).toBe(before);
    writeFileSync(join(dir, 'extra.txt'), '新的文档。');
    const added = corpusFingerprint(dir, [DEFAULT_PATHS.domainWords]);
    expect(added).not.toBe(before);
    writeFileSync(join(dir, 'extra.txt'), '新的文档，改过了。');
    expect(corpusFingerprint(dir, [DEFAULT_PATHS.domainWords])).not.toBe(added);
  });

  it('given a broken link, a link loop and an unreadable entry, then a fingerprint (the loader reports them), not an exception', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-fp-'));
    cpSync(DEFAULT_PATHS.corpusDir, dir, { recursive: true });
    symlinkSync('nowhere.txt', join(dir, 'broken.txt'));
    symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
    expect(corpusFingerprint(dir, [DEFAULT_PATHS.domainWords])).toMatch(/^[0-9a-f]{64}$/);
  });

  it('given a file that is no document changed, then the same fingerprint; given a folder added, then another (it is reported)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-fp-'));
    cpSync(DEFAULT_PATHS.corpusDir, dir, { recursive: true });
    writeFileSync(join(dir, 'holiday.mp4'), 'not a document');
    const before = corpusFingerprint(dir, [DEFAULT_PATHS.domainWords]);
    writeFileSync(join(dir, 'holiday.mp4'), 'still not a document, but longer');
    expect(corpusFingerprint(dir, [DEFAULT_PATHS.domainWords])).toBe(before);
    mkdirSync(join(dir, 'sub'));
    const withFolder = corpusFingerprint(dir, [DEFAULT_PATHS.domainWords]);
    expect(withFolder).not.toBe(before);
    // An empty folder is not named at start; once it holds files it is, so the saved index's notes must be made again.
    writeFileSync(join(dir, 'sub', 'a.txt'), '子文件夹里的文档。');
    expect(corpusFingerprint(dir, [DEFAULT_PATHS.domainWords])).not.toBe(withFolder);
  });

  it('given files larger than its read buffer and empty ones, then it is the hash of every file read whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-fp-'));
    cpSync(DEFAULT_PATHS.corpusDir, dir, { recursive: true });
    writeFileSync(join(dir, 'big.txt'), '长'.repeat(1_000_001));
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(corpusFingerprint(dir, [DEFAULT_PATHS.domainWords])).toBe(wholeFileFingerprint(dir, [DEFAULT_PATHS.domainWords]));
  });
});
