import type { Logger } from 'pino';
import { corpusStamp } from './corpus-stamp.js';

// Looks at the corpus folder every few seconds (names, sizes and times of its documents:
// corpus-stamp.ts) and, once a change has settled, has it served (live-engine.ts). Polling, not
// fs.watch: it behaves the same on every file system (network shares, Docker volumes), and a look
// costs well under a millisecond at the real corpus.

/** What serving a change came to: `retry` at the next look (a shard waiting for its manager's build). */
export type ChangeOutcome = 'served' | 'retry' | 'failed';

export interface CorpusWatch {
  /** `failed` while the folder is as it was when serving it last failed. */
  state(): 'idle' | 'updating' | 'failed';
  stop(): void;
}

export interface CorpusWatchOptions {
  corpusDir: string;
  intervalMs: number;
  logger: Logger;
  onChange: () => Promise<ChangeOutcome>;
}

export function watchCorpus({ corpusDir, intervalMs, logger, onChange }: CorpusWatchOptions): CorpusWatch {
  let served = corpusStamp(corpusDir);
  // A change is served once two looks in a row see the same folder: a document still being
  // copied in would otherwise be read half-written.
  let seen: string | null = null;
  // A folder that failed is not read again until it changes (a build that crashes on a document
  // would otherwise run again at every look).
  let failedAt: string | null = null;
  let retrying: string | null = null;
  let busy = false;
  const look = async () => {
    if (busy) return;
    const now = corpusStamp(corpusDir);
    if (now === served || now === failedAt || now === '') {
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
      const outcome = await onChange();
      retrying = outcome === 'retry' ? now : null;
      // Changed again while it was read (its build then matched neither state): no failure of
      // its own, it is read again once it settles.
      if (outcome === 'failed' && corpusStamp(corpusDir) !== now) {
        seen = null;
        return;
      }
      if (outcome === 'served') {
        served = now;
        failedAt = null;
        seen = null;
      } else if (outcome === 'failed') {
        failedAt = now;
        logger.warn(
          { corpusDir },
          'corpus folder changed, but the index could not be updated: answers still come from the documents as they were',
        );
      }
    } catch (error) {
      failedAt = now;
      logger.error({ err: error }, 'corpus update failed');
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void look(), intervalMs);
  timer.unref();
  return {
    state: () => {
      if (busy) return 'updating';
      const now = corpusStamp(corpusDir);
      if (now === served) return 'idle';
      // An unreadable (or removed) folder is never read: the answers stay as they are.
      return now === failedAt || now === '' ? 'failed' : 'updating';
    },
    stop: () => clearInterval(timer),
  };
}
