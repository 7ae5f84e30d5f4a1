import type { Logger } from 'pino';

// Process-level guards for the running bot: a stray rejection is logged, never fatal; SIGINT or
// SIGTERM stop taking interactions, destroy the client, flush the logs and exit 0.

let rejectionGuardInstalled = false;

/** What a stop may take before the process exits anyway (a stuck socket must not hang it). */
export const STOP_CAP_MS = 5_000;

/** `capMs`: a shard manager waits longer than its shards' own cap, so that it exits after them. */
export function installShutdown(bot: { stop(): Promise<void> }, logger: Logger, capMs = STOP_CAP_MS): void {
  if (!rejectionGuardInstalled) {
    rejectionGuardInstalled = true;
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  }
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    // A second signal while stopping is ignored, not fatal: a shard is sent SIGTERM by its
    // manager and then, when the manager exits, once more by its own watch (manager-watch.ts);
    // the timer below still bounds the stop.
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(0), capMs);
    timer.unref();
    bot
      .stop()
      .catch((err: unknown) => logger.error({ err }, 'error while stopping'))
      .finally(() => logger.flush(() => process.exit(0)));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
