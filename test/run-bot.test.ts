import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../src/core/paths.js';
import { NODE_FLAGS } from '../src/runtime-flags.js';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord/index.js';
import { alive, descendantsOf, stillRunning } from './support/process-tree.js';

// The sharded bot as `npm start -- --shards 2` runs it (compiled), against the stand-in, stopped once its
// first shard has logged in and while the second is still to come (discord.js waits 5.5 s between
// spawns). A stop then used to leave the first shard running, re-parented to PID 1: the manager
// handled no signal yet, and a manager killed outright could tell no shard.

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord();
});
afterAll(() => discord?.close());

/** `npm start -- <args>` (compiled) against the stand-in, its log (the shards' too) on stderr. */
function startManager(args: string[], env: Record<string, string>) {
  return spawn(process.execPath, [...NODE_FLAGS, 'scripts/run-built.mjs', 'src/main.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_SHARDS: '',
      CORPUS_WATCH_SECONDS: '0',
      LOG_LEVEL: 'info',
      npm_lifecycle_event: '', // under `npm test`: not npm's to watch (scripts/parent-watch.mjs)
      ...env,
    },
    // The shards write to the manager's stderr (ShardingManager's default).
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** The manager, once shard 0 says it is ready; `started`: every process under it then. */
async function managerWithOneShardReady() {
  const manager = startManager(['--shards', '2'], {});
  let log = '';
  const exited = once(manager, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  await new Promise<void>((resolve, reject) => {
    manager.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('"msg":"discord ready"')) resolve();
    });
    void exited.then(() => reject(new Error(`the manager exited before any shard was ready:\n${log}`)));
  });
  const started = descendantsOf(manager.pid ?? 0);
  return { manager, started, exited, log: () => log };
}

describe.runIf(process.platform === 'linux')('given the bot sharded in 2, with shard 0 ready and shard 1 still to come', () => {
  it('when the manager receives SIGTERM, then it stops its shards, waits for them and exits 0, and nothing it started runs on', async () => {
    const { manager, started, exited, log } = await managerWithOneShardReady();
    try {
      expect(started.length).toBeGreaterThan(0);
      manager.kill('SIGTERM');
      const [code] = await exited;
      expect(await stillRunning(started, 5000)).toEqual([]);
      expect(log()).toContain('"msg":"shutting down"');
      expect(code).toBe(0);
    } finally {
      for (const pid of [manager.pid ?? 0, ...started].filter(alive)) process.kill(pid, 'SIGKILL');
    }
  }, 30_000);

  it('when the manager is killed outright (SIGKILL), then its shards see it gone and stop by themselves', async () => {
    const { manager, started, exited } = await managerWithOneShardReady();
    try {
      manager.kill('SIGKILL');
      await exited;
      expect(await stillRunning(started, 5000)).toEqual([]);
    } finally {
      for (const pid of started.filter(alive)) process.kill(pid, 'SIGKILL');
    }
  }, 30_000);
});

/** The manager over `corpusDir` with one shard, run until the shard is ready, then stopped; its log. */
async function shardedRun(corpusDir: string, cacheBase: string, watchSeconds: string): Promise<string> {
  const manager = startManager(['--shards', '1', '--corpus', corpusDir], {
    INDEX_CACHE_DIR: cacheBase,
    CORPUS_WATCH_SECONDS: watchSeconds,
  });
  let log = '';
  const exited = once(manager, 'exit');
  const started = new Set<number>();
  try {
    await new Promise<void>((resolve, reject) => {
      manager.stderr.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        for (const pid of descendantsOf(manager.pid ?? 0)) started.add(pid);
        if (log.includes('"msg":"discord ready"') && log.includes('"msg":"corpus index saved"')) resolve();
      });
      void exited.then(() => reject(new Error(`the manager exited early:\n${log}`)));
    });
  } finally {
    manager.kill('SIGTERM');
    await exited;
    for (const pid of [...started].filter(alive)) process.kill(pid, 'SIGKILL');
  }
  return log;
}

describe.runIf(process.platform === 'linux')('given a sharded bot restarted after a document was added to its folder', () => {
  const at = (log: string, message: string) => log.indexOf(`"msg":"${message}"`);

  it('then, following its folder, it starts its shards from the saved index at once and builds meanwhile; not following, it builds first', async () => {
    // The real corpus, so that a build takes seconds; its prepared dictionaries shared (once per install).
    const corpusDir = mkdtempSync(join(tmpdir(), 'qa-shard-stale-'));
    cpSync(DEFAULT_PATHS.corpusDir, corpusDir, { recursive: true });
    const cacheBase = mkdtempSync(join(tmpdir(), 'qa-shard-stale-cache-'));
    const prepared = join(DEFAULT_PATHS.cacheDir, 'prepared');
    if (existsSync(prepared)) symlinkSync(prepared, join(cacheBase, 'prepared'), 'dir');
    await shardedRun(corpusDir, cacheBase, '0');

    writeFileSync(join(corpusDir, 'fishery.txt'), '渔业合作备忘录\n\n挪威向越南出口三文鱼苗。\n');
    const following = await shardedRun(corpusDir, cacheBase, '30');
    expect(at(following, 'shard spawned')).toBeGreaterThanOrEqual(0);
    expect(at(following, 'shard spawned')).toBeLessThan(at(following, 'corpus index saved'));

    writeFileSync(join(corpusDir, 'second.txt'), '林业合作备忘录\n\n芬兰向越南出口松木。\n');
    const notFollowing = await shardedRun(corpusDir, cacheBase, '0');
    expect(at(notFollowing, 'corpus index saved')).toBeLessThan(at(notFollowing, 'shard spawned'));

    // A damaged saved dictionary: the shard, started at once, waits for the manager's build, which
    // repairs it; it builds nothing itself (a reviewing helper found it did).
    const dictionaryDir = join(
      readdirSync(cacheBase)
        .map((n) => join(cacheBase, n))
        .find((d) => existsSync(join(d, 'dictionary')))!,
      'dictionary',
    );
    writeFileSync(join(dictionaryDir, 'jieba.corpus.dict.utf8'), '损坏 1 n\n');
    writeFileSync(join(corpusDir, 'third.txt'), '渔业合作备忘录\n\n挪威向越南出口三文鱼苗。\n');
    const damaged = await shardedRun(corpusDir, cacheBase, '30');
    expect(at(damaged, 'shard spawned')).toBeLessThan(at(damaged, 'corpus index saved'));
    expect(damaged).toContain('"msg":"waiting for the shard manager to save the index"');
    expect(damaged).not.toContain('saved dictionary is missing or damaged');
  }, 240_000); // four sharded starts, each building: 30 s on a quiet machine, 120 s was crossed at load 14
});
