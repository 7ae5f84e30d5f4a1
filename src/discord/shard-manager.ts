import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
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
  /** Every shard spawned and ready (rejects as discord.js's spawn does: a shard that died or timed out). */
  ready: Promise<void>;
  /** Ends every shard process (none is spawned after this) and resolves once they have exited. */
  stop(): Promise<void>;
}

/** Starts spawning the shards; returned at once, so that the bot can be stopped while they start (seconds each). */
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
  let stopped = false;
  manager.on('shardCreate', (shard) => {
    logger.info({ shardId: shard.id, totalShards }, 'shard spawned');
    shard.on('death', () => logger.warn({ shardId: shard.id }, 'shard process exited'));
    // discord.js's spawn goes on to the next shard after its delay, stopped or not.
    shard.on('spawn', () => {
      if (stopped) shard.kill();
    });
  });
  const running = (): ChildProcess[] =>
    [...manager.shards.values()].flatMap((shard) => (shard.process && isRunning(shard.process) ? [shard.process] : []));
  // This process exiting for any reason it can still act on (stopped while shards start, a
  // start-up failure, an uncaught error) ends its shards: each one left would keep its gateway
  // session, re-parented to PID 1. SIGTERM lets each close its session (its own shutdown). A
  // manager killed outright cannot: its shards then stop by themselves (manager-watch.ts).
  process.once('exit', () => {
    for (const child of running()) child.kill('SIGTERM');
  });
  const ready = manager.spawn({ delay: options.spawnDelayMs ?? 5500, timeout: 60_000 }).then(
    () => logger.info({ totalShards }, 'all shards ready'),
    (error: unknown) => {
      // A shard stopped before it was ready fails discord.js's spawn: no start-up failure when the
      // bot was told to stop, and never ready.
      if (stopped) return new Promise<never>(() => {});
      throw error;
    },
  );
  return {
    manager,
    ready,
    async stop() {
      stopped = true;
      const children = running();
      for (const shard of manager.shards.values()) {
        shard.removeAllListeners('death');
        shard.kill();
      }
      // The manager exits after its shards, so that a supervisor that waits for it (and then
      // starts the next) never has two sessions of one shard at once.
      await Promise.all(children.map((child) => (isRunning(child) ? once(child, 'exit') : null)));
    },
  };
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}
