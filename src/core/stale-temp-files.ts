import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// writeAtomically writes `<file>.<pid>.tmp` and renames it; a process killed in between leaves
// the temp file behind. At start, those of processes that no longer run are removed. A live
// process's temp file (another shard writing right now) is left alone.

const TEMP_FILE = /\.(\d+)\.tmp$/;

export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temp files of dead processes in `dir`; returns the names removed. `named` finds the
 * pid in a name (its first group); other names are left alone.
 */
export function removeStaleTempFiles(dir: string, named: RegExp = TEMP_FILE): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // no cache yet, or not a folder: nothing to clean
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = named.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    try {
      // A build's dictionary folder too (load-or-build.ts names it so).
      rmSync(join(dir, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Unremovable (read-only cache): harmless, it is never read.
    }
  }
  return removed;
}
