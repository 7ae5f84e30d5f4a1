import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// A folder and its missing parents, made one level at a time. Node 20's own
// mkdirSync(…, { recursive: true }) never returns under some virtual file systems
// (INDEX_CACHE_DIR=/proc/x: /proc answers ENOENT to every mkdir, and Node retries the parent
// forever); made level by level, the first failure is thrown, and the caller says why.

/** Makes `path` (and its missing parents, with `mode`); returns quietly when it is already a folder. */
export function makeFolder(path: string, mode?: number): void {
  const missing: string[] = [];
  for (let folder = resolve(path); !existsSync(folder); folder = dirname(folder)) {
    missing.push(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder, mode === undefined ? {} : { mode });
    } catch (error) {
      // Made meanwhile by another process (two shards starting): as good as made here.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw error;
    }
  }
  if (!statSync(path).isDirectory()) mkdirSync(path); // a file in the way: mkdir's own EEXIST says so
}
