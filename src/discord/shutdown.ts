import type { Logger } from 'pino';

// Process-level guards for the running bot: a stray rejection is logged, never fatal; SIGINT or
// SIGTERM stop taking interactions, destroy the client, flush the logs and exit 0.

let rejectionGuardInstalled = false;

export function installShutdown(bot: { stop(): Promise<void> }, logger: Logger): void {
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
    const timer = setTimeout(() => process.exit(0), 5_000); // never hang on a stuck socket
    timer.unref();
    bot
      .stop()
      .catch((err: unknown) => logger.error({ err }, 'error while stopping'))
      .finally(() => logger.flush(() => process.exit(0)));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
