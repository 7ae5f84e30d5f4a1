import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { corpusStamp } from '../../src/core/corpus-stamp.js';
import { type ChangeOutcome, type CorpusWatch, watchCorpus } from '../../src/core/corpus-watch.js';
import { createLogger } from '../../src/log.js';
import { tempCorpus } from '../support/temp-corpus.js';

// When the watch asks for a changed folder to be served: once the change has settled, once per
// change, and not again after a failure until the folder changes again. Real folder, real timers.

const INTERVAL_MS = 30;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits for what must happen (a busy machine delays timers); what must not is checked after a pause. */
async function until(condition: () => boolean): Promise<void> {
  for (const started = Date.now(); !condition(); await pause(10)) if (Date.now() - started > 10_000) throw new Error('timed out');
}

let watch: CorpusWatch | null = null;
afterEach(() => watch?.stop());

type Outcome = 'served' | 'retry' | 'failed';
const as = (outcome: Outcome): ChangeOutcome => (outcome === 'failed' ? { outcome, reason: 'a test failure' } : { outcome });

function watching(outcomes: Outcome[], served?: string) {
  const corpusDir = tempCorpus('watch', { 'a.txt': '第一篇。\n' });
  const calls: number[] = [];
  watch = watchCorpus({
    corpusDir,
    stamp: () => corpusStamp(corpusDir),
    served: served ?? corpusStamp(corpusDir),
    intervalMs: INTERVAL_MS,
    logger: createLogger('silent'),
    retryMs: { first: INTERVAL_MS * 20, last: INTERVAL_MS * 40 },
    onChange: async () => {
      calls.push(Date.now());
      return as(outcomes.shift() ?? 'served');
    },
  });
  return { corpusDir, calls, watch };
}

describe('watchCorpus', () => {
  it('given a folder that does not change, then nothing is served and the state is idle', async () => {
    const { calls, watch } = watching([]);
    await pause(INTERVAL_MS * 5);
    expect(calls).toEqual([]);
    expect(watch.state()).toBe('idle');
  });

  it('given a folder that changed while the bot was stopped (served stale), then it is served after one interval, not two', async () => {
    vi.useFakeTimers();
    try {
      const { calls } = watching(['served'], 'the folder as it was');
      await vi.advanceTimersByTimeAsync(INTERVAL_MS);
      expect(calls).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('given a document added, then it is served once, after a second look sees the same folder', async () => {
    const { corpusDir, calls, watch } = watching(['served']);
    writeFileSync(join(corpusDir, 'b.txt'), '第二篇。\n');
    expect(watch.state()).toBe('updating');
    await until(() => calls.length === 1 && watch.state() === 'idle');
    await pause(INTERVAL_MS * 5);
    expect(calls).toHaveLength(1);
    expect(watch.state()).toBe('idle');
  });

  it('given a change that failed, then it is not tried again until the folder changes again', async () => {
    const { corpusDir, calls, watch } = watching(['failed', 'served']);
    writeFileSync(join(corpusDir, 'b.txt'), '第二篇。\n');
    await until(() => watch.state() === 'failed');
    await pause(INTERVAL_MS * 5);
    expect(calls).toHaveLength(1);
    writeFileSync(join(corpusDir, 'b.txt'), '第二篇，改过。\n');
    await until(() => calls.length === 2 && watch.state() === 'idle');
  });

  it('given a failure and the folder left as it is (a cache folder made writable again), then it is tried again after a pause', async () => {
    const { corpusDir, calls, watch } = watching(['failed', 'served']);
    writeFileSync(join(corpusDir, 'b.txt'), '第二篇。\n');
    await until(() => watch.state() === 'failed');
    const failedAt = Date.now();
    await until(() => calls.length === 2 && watch.state() === 'idle');
    expect(Date.now() - failedAt).toBeGreaterThanOrEqual(INTERVAL_MS * 20);
  });

  it('given what is served is not the folder now (a document added while the index loaded), then the folder is served', async () => {
    const { calls, watch } = watching(['served'], 'the folder as it was before the document came');
    await until(() => calls.length === 1 && watch.state() === 'idle');
  });

  it('given a change to retry (a shard waiting for its manager), then it is tried at the following looks until served', async () => {
    const { corpusDir, calls, watch } = watching(['retry', 'retry', 'served']);
    writeFileSync(join(corpusDir, 'b.txt'), '第二篇。\n');
    await until(() => calls.length === 3 && watch.state() === 'idle');
    await pause(INTERVAL_MS * 5);
    expect(calls).toHaveLength(3);
  });

  it('given a document still being written (it grows between looks), then it is served only once two looks see it the same, whole', async () => {
    const corpusDir = tempCorpus('watch', { 'a.txt': '第一篇。\n' });
    const served = corpusStamp(corpusDir);
    const file = join(corpusDir, 'b.txt');
    const chunks = ['第二篇，', '一句', '一句', '地', '写完。\n'];
    let written = 0;
    const read: string[] = [];
    watch = watchCorpus({
      corpusDir,
      // Each look sees the folder, then the copy goes on: no two looks in a row agree until it is done.
      stamp: () => {
        const now = corpusStamp(corpusDir);
        if (written < chunks.length) appendFileSync(file, chunks[written++]!);
        return now;
      },
      served,
      intervalMs: INTERVAL_MS,
      logger: createLogger('silent'),
      onChange: async () => {
        read.push(readFileSync(file, 'utf8'));
        return { outcome: 'served' };
      },
    });
    await until(() => read.length === 1);
    expect(read).toEqual([chunks.join('')]);
  });

  it('given a file that is not a document, then it is served too (the index lists it as not read)', async () => {
    const { corpusDir, calls, watch } = watching(['served']);
    writeFileSync(join(corpusDir, 'photo.jpg'), 'x');
    await until(() => calls.length === 1 && watch.state() === 'idle');
  });

  it('given the folder removed, then nothing is served and the state is failed (the answers stay)', async () => {
    const { corpusDir, calls, watch } = watching([]);
    rmSync(corpusDir, { recursive: true });
    await pause(INTERVAL_MS * 5);
    expect(calls).toEqual([]);
    expect(watch.state()).toBe('failed');
  });
});

describe('watchCorpus, given a folder changed again while its change was being read', () => {
  it('then no failure is said (the operator would look for a broken document): the newer folder is read once it settles', async () => {
    const corpusDir = tempCorpus('watch-again', { 'a.txt': '第一篇。\n' });
    let calls = 0;
    const warnings: string[] = [];
    watch = watchCorpus({
      corpusDir,
      stamp: () => corpusStamp(corpusDir),
      served: corpusStamp(corpusDir),
      intervalMs: INTERVAL_MS,
      logger: pino({ level: 'warn' }, { write: (line: string) => void warnings.push(JSON.parse(line).msg) }),
      onChange: async () => {
        calls++;
        // The first read fails because the folder moved on under it (a copy still running).
        if (calls === 1) {
          writeFileSync(join(corpusDir, 'b.txt'), '第二篇，写完了。\n');
          return as('failed');
        }
        return as('served');
      },
    });
    const current = watch;
    writeFileSync(join(corpusDir, 'b.txt'), '第二篇。\n');
    await until(() => calls === 2 && current.state() === 'idle');
    expect(warnings).toEqual([]);
  });
});
