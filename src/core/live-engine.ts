import { statSync } from 'node:fs';
import type { Logger } from 'pino';
import { cacheFile, type SavedIndex, savedHeader } from '../index/index-cache.js';
import { type ChangeOutcome, watchCorpus } from './corpus-watch.js';
import { corpusStampOf, type EngineOptions, engineLog, engineOf, loadInputsOf, readyServices } from './create-engine.js';
import type { Engine } from './engine-api.js';
import { type RebuildRequest, rebuildInChild } from './index-rebuild.js';
import { sameInputs } from './inputs-digest.js';
import { SavedIndexNotCurrent } from './load-or-build.js';
import type { CorpusFollow, Services } from './services.js';

// A running bot that follows its corpus folder: a document added, edited or removed is answered
// without a restart. The index is built in a child process (index-rebuild.ts) while the old engine
// keeps answering; then the saved index is loaded and the engine swapped in one synchronous step
// (56–240 ms at the real corpus, measured over reloads; about 0.65 s at 100×, the bench's engine
// load; 1.8 s with a 34 MB document added): interactions arriving meanwhile wait that long, within
// Discord's 3 s. Memory stays flat over reloads (real corpus: 155–184 MB after each of 8, 182 MB
// after 25). Adapters hold this engine; every call goes to the current one.

export interface LiveEngineOptions extends EngineOptions {
  corpusDir: string;
  /** Milliseconds between looks at the folder (corpus-watch.ts). */
  intervalMs: number;
  /**
   * Whether this process builds the index itself (a lone bot) or only loads what another built
   * (a shard: its manager builds once for all shards, followCorpusBuilds).
   */
  builds: boolean;
}

/** How long a shard waits for its manager's build before saying the update failed (a build at 100× takes ~20 s). */
const SHARD_WAIT_MS = 5 * 60_000;

export interface LiveEngine extends Engine {
  /** Stops following the folder (and any build running for it); the engine keeps answering. */
  stop(): void;
}

export async function liveEngine(options: LiveEngineOptions): Promise<LiveEngine> {
  const log = engineLog(options);
  const stopping = new AbortController();
  let following: () => 'idle' | 'updating' | 'failed' = () => 'idle';
  const corpusFollow = (): CorpusFollow => (following() === 'failed' ? 'failed' : 'updating');
  // A saved index of the folder as it was serves at once; the watch then reads the folder.
  const first: EngineOptions = { ...options, serveStale: true, corpusFollow };
  let services: Services = options.builds ? readyServices(first, log) : await shardServices(first, log);
  let engine = engineOf(services, log);

  // A reload loads what a build saved, whatever the first start was asked.
  const { forceRebuild: _, ...reloadOptions } = options;
  // A folder emptied (a deploy replacing it, a sync half done) would leave a server with no
  // answers at all: the documents it had are served until some come back, or a restart. Refused
  // before the new index touches anything the old engine uses (jieba's dictionary).
  const refuse = (saved: SavedIndex): string | null =>
    saved.corpus.documents.length === 0 && services.stats.documents.length > 0
      ? 'the corpus folder has no documents now; restart to serve an empty folder'
      : null;
  // Since when a shard has waited for its manager's build of the folder as it is now.
  let waiting: { stamp: string; since: number } | null = null;
  const awaitManager = (): ChangeOutcome => {
    const now = corpusStampOf(options);
    if (waiting?.stamp !== now) waiting = { stamp: now, since: Date.now() };
    return Date.now() - waiting.since < SHARD_WAIT_MS
      ? { outcome: 'retry' }
      : {
          outcome: 'failed',
          reason: `no index of the changed folder from the shard manager in ${SHARD_WAIT_MS / 60_000} min (its log says why)`,
        };
  };

  const swapIn = (next: Services): void => {
    waiting = null;
    services = next;
    engine = engineOf(next, log);
  };
  const serve = async (): Promise<ChangeOutcome> => {
    // A touch, or a deploy copying the files unchanged: nothing the answers read is different.
    if (sameInputs(loadInputsOf(options), services.loadedFrom)) {
      const stamp = corpusStampOf(options);
      swapIn({ ...services, corpusStamp: stamp, corpusChanged: () => corpusStampOf(options) !== stamp });
      log.info('corpus folder touched, but nothing the answers read changed: not reloaded');
      return { outcome: 'served' };
    }
    if (options.builds) {
      const built = await rebuildInChild(requestOf(options, log, true), stopping.signal);
      // Stopped meanwhile: no failure of the folder's.
      if (stopping.signal.aborted) return { outcome: 'retry' };
      if (!built.ok) return { outcome: 'failed', reason: built.reason };
    }
    let next: Services;
    try {
      next = readyServices({ ...reloadOptions, loadOnly: true, refuse, corpusFollow, wordVectors: services.wordVectors }, log);
    } catch (error) {
      // A lone bot's own build should match, unless the folder changed meanwhile (the watch
      // reads it again then). A shard waits for its manager's build, which logs its own failure.
      if (error instanceof SavedIndexNotCurrent && !options.builds) return awaitManager();
      return { outcome: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
    swapIn(next);
    log.info({ passages: next.stats.passages, documents: next.stats.documents.length }, 'corpus reloaded');
    return { outcome: 'served' };
  };
  const watch = watchCorpus({
    corpusDir: options.corpusDir,
    stamp: () => corpusStampOf(options),
    // What was loaded, not the folder now: a document added while the index loaded is a change.
    served: services.corpusStamp,
    intervalMs: options.intervalMs,
    logger: log,
    onChange: serve,
  });
  following = watch.state;

  return {
    answer: (request) => engine.answer(request),
    suggestDates: (typed, locale) => engine.suggestDates(typed, locale),
    suggestCountries: (typed, locale) => engine.suggestCountries(typed, locale),
    stats: () => engine.stats(),
    examples: () => engine.examples(),
    stop: () => {
      watch.stop();
      stopping.abort();
    },
  };
}

/**
 * A shard manager's part: builds the index when the folder changes; its shards load it
 * (liveEngine, builds: false). `served`: the folder's stamp before the manager's first build.
 */
export function followCorpusBuilds(options: LiveEngineOptions & { served: string }, logger: Logger): { stop(): void } {
  const stopping = new AbortController();
  const watch = watchCorpus({
    corpusDir: options.corpusDir,
    stamp: () => corpusStampOf(options),
    served: options.served,
    intervalMs: options.intervalMs,
    logger,
    onChange: async () => {
      const built = await rebuildInChild(requestOf(options, logger, true), stopping.signal);
      return built.ok ? { outcome: 'served' } : { outcome: 'failed', reason: built.reason };
    },
  });
  return {
    stop: () => {
      watch.stop();
      stopping.abort();
    },
  };
}

/** How often a starting shard looks for its manager's build. */
const SHARD_LOOK_MS = 1_000;

/**
 * A shard's first services: a saved index (stale too), loaded as soon as there is one that loads.
 * While its manager builds or repairs the cache (a damaged dictionary, a build saving meanwhile), it
 * waits for that build rather than making one more beside it (each peaks near 0.5 GB at 100×);
 * after SHARD_WAIT_MS it builds itself, as it did before there was a manager to wait for.
 */
async function shardServices(options: EngineOptions, log: Logger): Promise<Services> {
  const { cacheDir } = loadInputsOf(options);
  // No saved index at all: no manager started this shard after its build (its build comes first then).
  if (savedHeader(cacheDir) === null) return readyServices(options, log);
  // Which saved file a look tried: the next look reads it again only once another is saved (a
  // read is the whole index, ~0.6 s at 100×, and a manager's build takes seconds).
  const savedFile = () => {
    try {
      const { ino, mtimeMs } = statSync(cacheFile(cacheDir));
      return `${ino}:${mtimeMs}`;
    } catch {
      return '';
    }
  };
  let tried: string | null = null;
  const started = Date.now();
  while (Date.now() - started < SHARD_WAIT_MS) {
    const now = savedFile();
    if (now !== tried) {
      try {
        return readyServices({ ...options, neverBuild: true }, log);
      } catch (error) {
        if (!(error instanceof SavedIndexNotCurrent)) throw error;
        if (tried === null) log.info('waiting for the shard manager to save the index');
        tried = now;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, SHARD_LOOK_MS));
  }
  log.warn({ waitedMinutes: SHARD_WAIT_MS / 60_000 }, 'no index from the shard manager: building it here');
  return readyServices(options, log);
}

function requestOf(options: LiveEngineOptions, logger: Logger, reloading: boolean): RebuildRequest {
  return {
    corpusDir: options.corpusDir,
    logLevel: logger.level,
    reloading,
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.domainWordsPath ? { domainWordsPath: options.domainWordsPath } : {}),
  };
}
