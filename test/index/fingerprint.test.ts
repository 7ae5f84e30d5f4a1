import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../../src/core/paths.js';
import { corpusFingerprint, INDEX_VERSION } from '../../src/index/fingerprint.js';

/** The fingerprint as first written: every file read whole (its value must not change). */
function wholeFileFingerprint(corpusDir: string, dictionaryFiles: string[]): string {
  const hash = createHash('sha256');
  hash.update(`index-version:${INDEX_VERSION}\n`);
  const filesUnder = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
  for (const name of readdirSync(corpusDir).sort()) hash.update(`file:${name}\n`).update(readFileSync(join(corpusDir, name)));
  for (const path of dictionaryFiles) hash.update(`dict:${path.split(/[\\/]/).pop()}\n`).update(readFileSync(path));
  for (const dir of ['src/ingest', 'src/text', 'src/index', 'src/geo', 'src/query/english'])
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

  it('given files larger than its read buffer and empty ones, then it is the hash of every file read whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-fp-'));
    cpSync(DEFAULT_PATHS.corpusDir, dir, { recursive: true });
    writeFileSync(join(dir, 'big.txt'), '长'.repeat(1_000_001));
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(corpusFingerprint(dir, [DEFAULT_PATHS.domainWords])).toBe(wholeFileFingerprint(dir, [DEFAULT_PATHS.domainWords]));
  });
});
