import { fstatSync } from 'node:fs';

// `npm run ask < somewhere` where somewhere cannot be read as lines: a directory gave no error,
// no answer and exit status 0, as if it had been an empty file.

/** Why stdin (file descriptor 0) cannot be read as lines of commands, in Chinese; null when it can (or cannot be checked). */
export function stdinProblem(fd = 0, command = 'npm run --silent ask'): string | null {
  try {
    if (fstatSync(fd).isDirectory()) return `标准输入是一个目录，不是文本：请每行写一个命令，例如 ${command} < 问题.txt`;
  } catch {
    // Closed or not statable: reading says more (below).
  }
  return null;
}

/** A read error of stdin as one line for the user (no stack trace). */
export function stdinReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return `无法读取标准输入${code ? `（${code}）` : ''}：请每行写一个命令，或在参数中给出命令，例如 npm run --silent ask -- /date 3月18日`;
}
