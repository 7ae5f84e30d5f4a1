import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/core/paths.js';
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

/** The manager, once shard 0 says it is ready; `started`: every process under it then. */
async function managerWithOneShardReady() {
  const manager = spawn(process.execPath, [...NODE_FLAGS, 'scripts/run-built.mjs', 'src/main.ts', '--shards', '2'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_SHARDS: '',
      CORPUS_WATCH_SECONDS: '0',
      LOG_LEVEL: 'info',
      npm_lifecycle_event: '', // under `npm test`: not npm's to watch (scripts/parent-watch.mjs)
    },
    // The shards write to the manager's stderr (ShardingManager's default).
    stdio: ['ignore', 'ignore', 'pipe'],
  });
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
