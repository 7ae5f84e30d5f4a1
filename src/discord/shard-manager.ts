import { REST, type RESTGetAPIGatewayBotResult, Routes, ShardingManager } from 'discord.js';
import type { Logger } from 'pino';
import type { DiscordConfig } from '../config.js';
import { runtimeFlagsFor } from '../runtime-flags.js';
import { restOptions } from './rest-options.js';

// Scale-out with discord.js's ShardingManager: this (parent) process spawns one child per shard,
// each running the normal entry point, which sees SHARDING_MANAGER/SHARDS in its environment,
// builds its own engine from the saved index and logs in for its shards only. run-bot.ts decides
// between this and a single process.

/** The shards to spawn (`--shards` or DISCORD_SHARDS, read by loadConfig); null inside a shard or when unset. */
export function requestedShards(config: Pick<DiscordConfig, 'shards'>, env = process.env): DiscordConfig['shards'] {
  // A child must never spawn shards of its own (ShardingManager sets this in its environment).
  return env.SHARDING_MANAGER ? null : config.shards;
}

/** Discord's recommended shard count, through DISCORD_API_URL when set (discord.js's own helper ignores it). */
async function recommendedShardCount(config: DiscordConfig): Promise<number> {
  const rest = new REST(restOptions(config)).setToken(config.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, gateway.shards);
}

export interface ShardManagerOptions {
  /** The entry file each shard runs (dist/ JavaScript, or TypeScript through tsx). */
  file: string;
  /** Arguments every shard process gets (the corpus folder, so shards serve what the parent built). */
  shardArgs?: string[];
  totalShards: 'auto' | number;
  logger: Logger;
  /** Pause between spawns; Discord allows one IDENTIFY per 5 s per bucket (default 5500). */
  spawnDelayMs?: number;
}

export interface ShardManagerHandle {
  manager: ShardingManager;
  stop(): Promise<void>;
}

export async function startShardManager(config: DiscordConfig, options: ShardManagerOptions): Promise<ShardManagerHandle> {
  const logger = options.logger.child({ component: 'shards' });
  const totalShards = options.totalShards === 'auto' ? await recommendedShardCount(config) : options.totalShards;
  const manager = new ShardingManager(options.file, {
    token: config.token,
    totalShards,
    mode: 'process',
    respawn: true,
    shardArgs: options.shardArgs ?? [],
    execArgv: [...runtimeFlagsFor(options.file)],
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shardId: shard.id, totalShards }, 'shard spawned');
    shard.on('death', () => logger.warn({ shardId: shard.id }, 'shard process exited'));
  });
  await manager.spawn({ delay: options.spawnDelayMs ?? 5500, timeout: 60_000 });
  logger.info({ totalShards }, 'all shards ready');
  return {
    manager,
    async stop() {
      for (const shard of manager.shards.values()) {
        shard.removeAllListeners('death');
        shard.kill();
      }
    },
  };
}
