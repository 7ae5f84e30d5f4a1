import type { Logger } from 'pino';

export const STARTUP_FAILED = 'start-up failed';

/** What failed, in words: a file the system could not open is named with the reason (not "ENOENT: no such file…"). */
export function describeStartupFailure(error: unknown): string {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const network = networkFailure(error);
  if (network) return network;
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

/** Reaching Discord failed: no network or DNS, refused, no answer in time, or the token refused. */
function networkFailure(thrown: unknown): string | null {
  // fetch (undici) throws "fetch failed" with the system's error as its cause.
  const cause = (thrown as { cause?: unknown } | null)?.cause;
  const error = cause && typeof cause === 'object' && !(thrown as { code?: string }).code ? cause : thrown;
  const { code, name, message } = (error ?? {}) as { code?: string; name?: string; message?: string };
  const { hostname, address, port } = (error ?? {}) as { hostname?: string; address?: string; port?: number };
  if ((code === 'ENOTFOUND' || code === 'EAI_AGAIN') && hostname)
    return `无法连接 Discord：找不到主机 ${hostname}（没有网络，或 DNS 不通）（${code}）`;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT')
    return `无法连接 Discord${address ? `（${address}${port ? `:${port}` : ''}）` : ''}：连接被拒绝或中断（${code}）`;
  if (name === 'AbortError' || message === 'This operation was aborted')
    return '连接 Discord 超时：服务器没有回应（检查网络或 DISCORD_API_URL）';
  if (code === 'TokenInvalid') return 'Discord 拒绝了 DISCORD_TOKEN：令牌无效或已重置（请在开发者门户复制新的令牌）';
  return null;
}
