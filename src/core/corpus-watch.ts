import type { Logger } from 'pino';

// Looks at the corpus folder every few seconds (a stamp of its entries, and its documents' sizes
// and times: corpus-stamp.ts) and, once a change has settled, has it served (live-engine.ts).
// Polling, not fs.watch: it behaves the same on every file system (network shares, Docker
// volumes), and a look costs well under a millisecond at the real corpus.

/** What serving a change came to: `retry` at the next look (a shard waiting for its manager's build). */
export type ChangeOutcome = { outcome: 'served' | 'retry' } | { outcome: 'failed'; reason: string };

export interface CorpusWatch {
  /** `failed` while the folder is as it was when serving it last failed, or cannot be read. */
  state(): 'idle' | 'updating' | 'failed';
  stop(): void;
}

export interface CorpusWatchOptions {
  /** The folder, for log lines. */
  corpusDir: string;
  /** The folder's stamp now ('' when it cannot be read). */
  stamp: () => string;
  /** The stamp of what is served now: the folder as it was when the index was loaded. */
  served: string;
  intervalMs: number;
  logger: Logger;
  onChange: () => Promise<ChangeOutcome>;
  /** The pauses before a failed folder is tried again unchanged: the first, doubling to the last. */
  retryMs?: { first: number; last: number };
}

/** A failure is tried again after a minute, doubling to half an hour, or at once when the folder changes. */
const RETRY_MS = { first: 60_000, last: 30 * 60_000 };

export function watchCorpus(options: CorpusWatchOptions): CorpusWatch {
  const { corpusDir, stamp, intervalMs, logger, onChange, retryMs = RETRY_MS } = options;
  let served = options.served;
  // A change is served once two looks in a row see the same folder: a document still being
  // copied in would otherwise be read half-written.
  let seen: string | null = null;
  // A folder that failed is read again when it changes, or after a pause that doubles (a cache
  // folder made writable again, a build killed for memory), not at every look.
  let failed: { stamp: string; retryAt: number; pauseMs: number } | null = null;
  let retrying: string | null = null;
  let unreadableSaid = false;
  let busy = false;
  let stopped = false;
  const look = async () => {
    if (busy || stopped) return;
    const now = stamp();
    if (now === '') {
      if (!unreadableSaid) logger.warn({ corpusDir }, 'corpus folder cannot be read (removed or renamed?): answers stay as they are');
      unreadableSaid = true;
      return;
    }
    unreadableSaid = false;
    const waiting = failed !== null && now === failed.stamp && Date.now() < failed.retryAt;
    if (now === served || waiting) {
      seen = null;
      return;
    }
    if (now !== seen) {
      seen = now;
      return;
    }
    busy = true;
    try {
      // Once per change, not at each retry.
      if (now !== retrying) logger.info({ corpusDir }, 'corpus folder changed: updating the index');
      const result = await onChange().catch(
        (error: unknown): ChangeOutcome => ({ outcome: 'failed', reason: error instanceof Error ? error.message : String(error) }),
      );
      // Stopped meanwhile (the bot exiting): nothing to record or say.
      if (stopped) return;
      retrying = result.outcome === 'retry' ? now : null;
      if (result.outcome === 'served') {
        served = now;
        failed = null;
        seen = null;
      } else if (result.outcome === 'failed') {
        // Changed again while it was read (its build then matched neither state): no failure of
        // its own, it is read again once it settles.
        if (stamp() !== now) {
          seen = null;
          return;
        }
        const pauseMs = failed?.stamp === now ? Math.min(failed.pauseMs * 2, retryMs.last) : retryMs.first;
        failed = { stamp: now, retryAt: Date.now() + pauseMs, pauseMs };
        seen = null;
        logger.warn(
          { corpusDir, reason: result.reason, retryInSeconds: pauseMs / 1000 },
          'corpus folder changed, but the index could not be updated: answers still come from the documents as they were (tried again when the folder changes, or after the pause)',
        );
      }
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void look(), intervalMs);
  timer.unref();
  // A first look at once: a bot started on a folder changed while it was stopped (served stale,
  // load-or-build.ts) then builds after one interval, not two.
  void look();
  return {
    state: () => {
      if (busy) return 'updating';
      const now = stamp();
      if (now === served) return 'idle';
      return now === failed?.stamp || now === '' ? 'failed' : 'updating';
    },
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
