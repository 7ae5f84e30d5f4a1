import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/log.js';
import { runtimeFlagsFor } from '../../src/runtime-flags.js';
import { tempCorpus } from '../support/temp-corpus.js';

// A shard starting while its manager's build saves (the manager starts its shards at once when it
// follows its folder): the build's renames land after the shard opened the saved index and before
// it copied the dictionary, so the two disagree. The shard must wait for the build and load it,
// not build the index itself beside its manager. Own file: it replaces dictionary-snapshot.ts.
// (Found by a reviewing helper.)

const hook: { before: (() => void) | null } = { before: null };
vi.mock('../../src/core/dictionary-snapshot.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/dictionary-snapshot.js')>();
  return {
    snapshotDictionary: (files: Parameters<typeof real.snapshotDictionary>[0]) => {
      const run = hook.before;
      hook.before = null;
      run?.();
      return real.snapshotDictionary(files);
    },
  };
});

// Test files share worker processes, whose module registry may hold the real module already: the
// engine's modules are imported afresh, after the registry is cleared, so that they read the mock.
let createEngine: typeof import('../../src/core/create-engine.js').createEngine;
let liveEngine: typeof import('../../src/core/live-engine.js').liveEngine;
beforeAll(async () => {
  vi.resetModules();
  ({ createEngine } = await import('../../src/core/create-engine.js'));
  ({ liveEngine } = await import('../../src/core/live-engine.js'));
});

const childFile = fileURLToPath(new URL('../../src/core/rebuild-child.ts', import.meta.url));

describe('a shard starting while its manager saves a build', () => {
  it('then it waits and loads the saved index; it builds none itself', async () => {
    const corpusDir = tempCorpus('shard-start', { 'report.txt': '农业合作协议\n\n法国希望扩大对华出口奶酪。\n' });
    const cacheDir = mkdtempSync(join(tmpdir(), 'qa-shard-start-cache-'));
    await createEngine({ corpusDir, cacheDir, logger: createLogger('silent') });
    writeFileSync(join(corpusDir, 'fishery.txt'), '渔业合作备忘录\n\n挪威向越南出口三文鱼苗。\n');
    // The manager's build, saving right after the shard opened the saved index.
    hook.before = () => {
      const request = JSON.stringify({ corpusDir, cacheDir, logLevel: 'silent', parentPid: process.pid });
      expect(spawnSync(process.execPath, [...runtimeFlagsFor(childFile), childFile, request], { stdio: 'inherit' }).status).toBe(0);
    };
    const messages: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void messages.push(String(JSON.parse(line).msg ?? '')) });
    const shard = await liveEngine({ corpusDir, cacheDir, intervalMs: 100, builds: false, logger });
    shard.stop();
    expect(messages).toContain('waiting for the shard manager to save the index');
    expect(messages.some((m) => m.includes('rebuilding'))).toBe(false);
    expect(shard.stats().indexFromCache).toBe(true);
    // What the manager saved: the folder as it is now.
    expect(shard.stats().documents.length).toBe(2);
  }, 60_000);
});
