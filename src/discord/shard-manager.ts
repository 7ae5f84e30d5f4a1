import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import type { Logger } from 'pino';
import type { DiscordConfig } from '../config.js';
import { NODE_RUNTIME_FLAGS } from '../runtime-flags.js';

// Scale-out with discord.js's ShardingManager: this (parent) process spawns one child per shard,
// each running the normal entry point, which sees SHARDING_MANAGER/SHARDS in its environment,
// builds its own engine from the saved index and logs in for its shards only.
//
// How main uses it:
//   const shards = requestedShards(process.argv.slice(2), config.discord);
//   if (shards !== null) {
//     await createEngine();                      // build and save the index once, in the parent
//     const manager = await startShardManager(config.discord, { file: <this entry file>, totalShards: shards, logger });
//     installShutdown(manager, logger);
//   } else { …startDiscordBot(config.discord, await createEngine(), logger)… }

/** `--shards auto|N` on the command line, else DISCORD_SHARDS; null inside a shard or when unset. */
export function requestedShards(argv: readonly string[], config: DiscordConfig, env = process.env): 'auto' | number | null {
  // A child must never spawn shards of its own (ShardingManager sets this in its environment).
  if (env.SHARDING_MANAGER) return null;
  const flag = argv.findIndex((a) => a === '--shards' || a.startsWith('--shards='));
  const raw = flag < 0 ? undefined : argv[flag]?.includes('=') ? argv[flag]?.split('=')[1] : argv[flag + 1];
  if (raw === 'auto') return 'auto';
  if (raw !== undefined && /^[1-9]\d*$/.test(raw)) return Number(raw);
  return config.shards;
}

/** Discord's recommended shard count, through DISCORD_API_URL when set (discord.js's own helper ignores it). */
export async function recommendedShardCount(config: DiscordConfig): Promise<number> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, gateway.shards);
}

export interface ShardManagerOptions {
  /** The entry file each shard runs (TypeScript, run through tsx). */
  file: string;
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
    execArgv: [...NODE_RUNTIME_FLAGS],
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
