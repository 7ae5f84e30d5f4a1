import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { requestedShards, type ShardManagerHandle, startShardManager } from '../../src/discord/shard-manager.js';
import { type FakeDiscord, interactions, startFakeDiscord } from '../support/fake-discord/index.js';
import { shardOf } from '../support/fake-discord/snowflake.js';

// How `--shards` and DISCORD_SHARDS are read is loadConfig's (test/config.test.ts).
describe('requestedShards', () => {
  it.each([
    ['auto', 'auto'],
    [3, 3],
    [null, null],
  ] as const)('given shards %j in the config, then %j', (shards, expected) => {
    expect(requestedShards({ shards }, {})).toBe(expected);
  });

  it('given a process spawned by the ShardingManager, then it never shards again', () => {
    expect(requestedShards({ shards: 'auto' }, { SHARDING_MANAGER: 'true' })).toBeNull();
  });
});

describe('given `--shards auto` against a stand-in that recommends 2 shards', () => {
  let discord: FakeDiscord;
  let handle: ShardManagerHandle | undefined;
  const saved = { ...process.env };
  afterAll(async () => {
    await handle?.stop();
    await discord?.close();
    process.env = saved; // ShardingManager marks its own process as a manager
  });

  it('then each shard process logs in for its own guilds and answers there', async () => {
    // Two guilds that Discord's formula puts on different shards.
    const base = 200_000_000_000_000_000n;
    const guildIds = [base, base + (1n << 22n)].map(String);
    expect(guildIds.map((g) => shardOf(g, 2)).sort()).toEqual([0, 1]);
    discord = await startFakeDiscord({ guildIds, shardCount: 2 });
    Object.assign(process.env, { DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'warn', DISCORD_SHARDS: '' });
    handle = await startShardManager(discord.config, {
      file: fileURLToPath(new URL('../support/fake-discord/shard-entry.ts', import.meta.url)),
      totalShards: 'auto',
      logger: pino({ level: 'silent' }),
      spawnDelayMs: 0,
    });
    await handle.ready;
    expect(handle.manager.totalShards).toBe(2);
    const shards = [...discord.gateway.sessions.values()].map((s) => s.shard).sort();
    expect(shards).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const guildId of guildIds) {
      const payload = interactions.chatInput('search', { keywords: '方舱医院' }, { applicationId: discord.applicationId, guildId });
      const reply = await discord.dispatchInteraction(payload, 5000);
      expect(reply.data.embeds).toHaveLength(1);
    }
  }, 60_000);
});
