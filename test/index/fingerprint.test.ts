import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { corpusFingerprint } from '../../src/index/fingerprint.js';

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
});
