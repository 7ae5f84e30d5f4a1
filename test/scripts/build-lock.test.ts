import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/core/paths.js';

// Two starts at once each compiled dist/, and the second deleted it while the first loaded its
// modules (ERR_MODULE_NOT_FOUND, exit 1, 12 of 20 starts in an operator's audit): one compiles
// at a time, and a lock left by a compile that was killed is taken over.

type Lock = <T>(work: () => Promise<T>, lock?: string) => Promise<T>;
const { withBuildLock } = (await import(join(PROJECT_ROOT, 'scripts/build.mjs'))) as { withBuildLock: Lock };
const scratch = mkdtempSync(join(tmpdir(), 'build-lock-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the build lock', () => {
  it('given two compiles at once, then the second starts only when the first has ended', async () => {
    const lock = join(scratch, 'both.lock');
    const events: string[] = [];
    const compile = (name: string) => async () => {
      events.push(`${name} starts`);
      await pause(150);
      events.push(`${name} ends`);
    };
    await Promise.all([withBuildLock(compile('a'), lock), withBuildLock(compile('b'), lock)]);
    expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
  });

  it('given a lock whose holder is gone (killed mid-compile), then it is taken over at once', async () => {
    const lock = join(scratch, 'stale.lock');
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), '999999999');
    const started = Date.now();
    expect(await withBuildLock(async () => 'compiled', lock)).toBe('compiled');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
