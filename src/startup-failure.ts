import type { Logger } from 'pino';

export const STARTUP_FAILED = 'start-up failed';

/** What failed, in words: a file the system could not open is named with the reason (not "ENOENT: no such file…"). */
export function describeStartupFailure(error: unknown): string {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: '找不到',
    EACCES: '没有权限读写',
    EPERM: '没有权限读写',
    ENOTDIR: '路径中有一段不是文件夹：',
    EISDIR: '应是文件却是文件夹：',
    ENOSPC: '磁盘已满，无法写入',
  };
  const reason = code ? reasons[code] : undefined;
  if (reason && path) return `${reason}${reason.endsWith('：') ? '' : ' '}${path}（${code}）`;
  return error instanceof Error ? error.message : String(error);
}

/** Ends a process that could not start: one log record, one clean line for the operator, exit 1. */
export function exitStartupFailure(error: unknown, logger: Logger): never {
  logger.fatal({ err: error }, STARTUP_FAILED);
  process.stderr.write(`启动失败：${describeStartupFailure(error)}\n`);
  process.exit(1);
}
