import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeFolder } from './make-folder.js';

/**
 * Writes a file so that readers see the old content or the new, never a partial one (temp +
 * rename). `content` may come in parts (text or bytes), so that no single string has to hold all
 * of it.
 * A failed write removes its temp file.
 */
export function writeAtomically(path: string, content: string | Iterable<string | Uint8Array>): void {
  makeFolder(dirname(path));
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'w');
    try {
      for (const part of typeof content === 'string' ? [content] : content) {
        if (typeof part === 'string') writeSync(fd, part);
        else writeSync(fd, part);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Left for removeStaleTempFiles at the next start.
    }
    throw error;
  }
}
