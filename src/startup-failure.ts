import type { Logger } from 'pino';

/** Ends a process that could not start: one log record, one clean line for the operator, exit 1. */
export function exitStartupFailure(error: unknown, logger: Logger): never {
  logger.fatal({ err: error }, 'start-up failed');
  process.stderr.write(`启动失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
