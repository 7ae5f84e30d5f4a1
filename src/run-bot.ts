import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { DiscordConfig } from './config.js';
import { corpusStampOf, createEngine, loadInputsOf, requireCorpusDir } from './core/create-engine.js';
import type { Engine } from './core/engine-api.js';
import { rebuildInChild } from './core/index-rebuild.js';
import { followCorpusBuilds, liveEngine } from './core/live-engine.js';
import { loadCommands } from './discord/load-commands.js';
import { stopWhenManagerIsGone } from './discord/manager-watch.js';
import { requestedShards, startShardManager } from './discord/shard-manager.js';
import { installShutdown, STOP_CAP_MS } from './discord/shutdown.js';
import { startDiscordBot } from './discord/start-bot.js';
import { indexingCodeDigest } from './index/fingerprint.js';
import { savedHeader } from './index/index-cache.js';
import { compiled } from './runtime-flags.js';

/**
 * The bot: in this process, or under discord.js's ShardingManager (`--shards auto|N` or
 * DISCORD_SHARDS). The index is built and saved (in a child process) before any shard starts, so
 * every shard loads it instead of rebuilding it, and no interaction ever waits for it. Unless CORPUS_WATCH_SECONDS is
 * 0, a change to the corpus folder is served without a restart (live-engine.ts): a lone bot
 * builds and loads it; under shards, the manager builds it once and each shard loads it.
 */
export async function runBot(config: DiscordConfig, corpusDir: string, logger: Logger): Promise<void> {
  const shards = requestedShards(config);
  const intervalMs = config.corpusWatchSeconds * 1000;
  if (shards !== null) {
    // Stoppable from the first moment: a supervisor may stop the manager while it builds or its
    // shards start (a minute, at scale), and a signal's default there killed the manager alone:
    // a shard already logged in kept its session, re-parented to PID 1. Exiting now ends what
    // runs (the build's and the shards' exit hooks); once the shards are spawning, they are
    // stopped and waited for.
    const stops: (() => unknown)[] = [];
    const stop = async (): Promise<void> => {
      await Promise.all(stops.map((each) => each()));
    };
    // Its cap outlasts each shard's (they are told to stop at the same moment): it exits after them.
    installShutdown({ stop }, logger, STOP_CAP_MS + 2_000);
    // Built (or found current) in a child process: the manager answers nothing, so it holds no
    // engine (one less copy of the index in memory: ~120 MB at the real corpus, ~200 MB at 100×).
    requireCorpusDir(corpusDir);
    // The folder as this build reads it: a change from here on is the manager's to build.
    const stampAtBuild = corpusStampOf({ corpusDir });
    // Following its folder, a saved index this code built lets the shards start at once: they
    // answer from it (stale, if the folder changed while the bot was stopped) and load the build
    // when it is saved, as they load any change (live-engine.ts). Otherwise they wait for it.
    const startsAtOnce = intervalMs > 0 && savedHeader(loadInputsOf({ corpusDir }).cacheDir)?.code === indexingCodeDigest();
    // A saved index that no longer matches is then expected: its build is logged as a change's.
    const building = rebuildInChild({ corpusDir, logLevel: logger.level, reloading: startsAtOnce });
    if (!startsAtOnce) {
      const built = await building;
      if (!built.ok) throw new Error(`索引未能建立（${built.reason}），原因见上面的日志`);
    }
    // Shards run the same entry point as this process: compiled (dist/) or TypeScript through tsx.
    const file = fileURLToPath(new URL(`./main.${compiled ? 'js' : 'ts'}`, import.meta.url));
    const shardArgs = ['--corpus', corpusDir];
    const manager = await startShardManager(config, { file, totalShards: shards, logger, shardArgs });
    stops.push(() => manager.stop());
    await manager.ready;
    if (intervalMs > 0) {
      const built = await building;
      // A first build that failed is tried again by the watch (it is not what was built).
      if (!built.ok) logger.warn({ reason: built.reason }, 'corpus index could not be built: the shards answer from the saved index');
      const served = built.ok ? stampAtBuild : '';
      const follow = followCorpusBuilds({ corpusDir, intervalMs, builds: true, served }, logger.child({ component: 'corpus-reload' }));
      stops.push(() => follow.stop());
    }
    return;
  }
  // A shard whose manager is gone (killed outright, so it could not end its shards) stops too.
  if (process.env.SHARDING_MANAGER) stopWhenManagerIsGone();
  // The command modules are imported before the index loads (seconds, at scale): a start after an
  // update compiling dist/ meanwhile would otherwise replace the files they are imported from.
  const commands = await loadCommands();
  // A shard only loads what its manager builds.
  const builds = !process.env.SHARDING_MANAGER;
  const engine: Engine =
    intervalMs > 0 ? await liveEngine({ logger, corpusDir, intervalMs, builds }) : await createEngine({ logger, corpusDir });
  await startDiscordBot(config, engine, logger, { commands });
}
