import type { Logger } from 'pino';
import { type ChangeOutcome, watchCorpus } from './corpus-watch.js';
import { type EngineOptions, engineLog, engineOf, readyServices } from './create-engine.js';
import type { Engine } from './engine-api.js';
import { type RebuildRequest, rebuildInChild } from './index-rebuild.js';
import { SavedIndexNotCurrent } from './load-or-build.js';
import type { CorpusFollow, Services } from './services.js';

// A running bot that follows its corpus folder: a document added, edited or removed is answered
// from within a minute, without a restart. The index is built in a child process (index-rebuild.ts)
// while the old engine keeps answering; then the saved index is loaded and the engine swapped in
// one synchronous step (56–155 ms at the real corpus, measured over reloads; about 0.65 s at 100×,
// the bench's engine load): interactions arriving meanwhile wait that long, well within Discord's
// 3 s. Memory stays flat over reloads (real corpus: 155–184 MB after each of 8). Adapters hold
// this engine; every call goes to the current one.

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

export interface LiveEngine extends Engine {
  /** Stops following the folder (and any build running for it); the engine keeps answering. */
  stop(): void;
}

export async function liveEngine(options: LiveEngineOptions): Promise<LiveEngine> {
  const log = engineLog(options);
  const stopping = new AbortController();
  let following: () => 'idle' | 'updating' | 'failed' = () => 'idle';
  const corpusFollow = (): CorpusFollow => (following() === 'failed' ? 'failed' : 'updating');
  let services: Services = readyServices({ ...options, corpusFollow }, log);
  let engine = engineOf(services, log);

  const serve = async (): Promise<ChangeOutcome> => {
    if (options.builds) {
      const built = await rebuildInChild(requestOf(options, log), stopping.signal);
      if (!built.ok) {
        log.warn({ reason: built.reason }, 'corpus index build failed');
        return 'failed';
      }
    }
    if (stopping.signal.aborted) return 'retry';
    try {
      const next = readyServices({ ...options, loadOnly: true, corpusFollow, wordVectors: services.wordVectors }, log);
      services = next;
      engine = engineOf(next, log);
      log.info({ passages: next.stats.passages, documents: next.stats.documents.length }, 'corpus reloaded');
      return 'served';
    } catch (error) {
      // A shard whose manager has not finished building: it looks again.
      if (error instanceof SavedIndexNotCurrent && !options.builds) return 'retry';
      log.warn({ err: error }, 'corpus reload failed');
      return 'failed';
    }
  };
  const watch = watchCorpus({ corpusDir: options.corpusDir, intervalMs: options.intervalMs, logger: log, onChange: serve });
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

/** A shard manager's part: builds the index when the folder changes; its shards load it (liveEngine, builds: false). */
export function followCorpusBuilds(options: LiveEngineOptions, logger: Logger): { stop(): void } {
  const stopping = new AbortController();
  const watch = watchCorpus({
    corpusDir: options.corpusDir,
    intervalMs: options.intervalMs,
    logger,
    onChange: async () => ((await rebuildInChild(requestOf(options, logger), stopping.signal)).ok ? 'served' : 'failed'),
  });
  return {
    stop: () => {
      watch.stop();
      stopping.abort();
    },
  };
}

function requestOf(options: LiveEngineOptions, logger: Logger): RebuildRequest {
  return {
    corpusDir: options.corpusDir,
    logLevel: logger.level,
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.domainWordsPath ? { domainWordsPath: options.domainWordsPath } : {}),
  };
}
