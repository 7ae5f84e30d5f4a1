import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/core/make-folder.js';

const made: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'make-folder-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('makeFolder', () => {
  it('makes a folder and its missing parents, and leaves an existing one as it is', () => {
    const root = scratch();
    const deep = join(root, 'a', 'b', 'c');
    makeFolder(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    expect(() => makeFolder(deep)).not.toThrow();
  });

  it('gives the folders it makes the mode asked for', () => {
    const deep = join(scratch(), 'private', 'inner');
    makeFolder(deep, 0o700);
    expect(statSync(deep).mode & 0o777).toBe(0o700);
    expect(statSync(join(deep, '..')).mode & 0o777).toBe(0o700);
  });

  it('throws when a file stands where the folder or a parent should be', () => {
    const root = scratch();
    writeFileSync(join(root, 'file'), '');
    expect(() => makeFolder(join(root, 'file'))).toThrow(/EEXIST/u);
    expect(() => makeFolder(join(root, 'file', 'inner'))).toThrow(/ENOTDIR/u);
  });

  // Node 20's recursive mkdirSync never returns there (a test of it would hang, not fail).
  it.runIf(existsSync('/proc/self'))('throws at once under /proc, where no folder can be made', () => {
    expect(() => makeFolder('/proc/no-such-folder/cache')).toThrow(/ENOENT/u);
  });
});
