// Converts the folder's Word files, web pages and PDFs to text in a child process (convert-child.ts),
// waiting for it: the loader is synchronous, and the parsers are asynchronous. A process of its
// own also keeps a bad file from harming the build: a parser that crashes, hangs past its time or
// runs out of memory ends that process only; the file it was reading is skipped with the reason,
// and the files after it are converted by a new one. Nothing of the parsers is loaded in the
// process that builds (nor in the bot), and nothing is started for a folder without such files.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../core/paths.js';
import { compiled, NODE_FLAGS } from '../runtime-flags.js';
import type { ConvertRequest } from './convert-child.js';
import type { Decoded } from './decoded.js';
import type { TimedOut } from './file-timer.js';

/** A conversion process may use this much heap: a file needing more is skipped as too large (the build's own ~0.5 GB stays clear). */
const HEAP_MB = 1024;
/** Time each file is given (file-timer.ts), and a conversion process for each it has left (a 200-page PDF takes ~3 s on the project's machines). */
export const SECONDS_PER_FILE = 60;
/** The results' text may be large (a long book); stdout beyond this is a child gone wrong. */
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;

const childArgs = compiled
  ? [...NODE_FLAGS, `--max-old-space-size=${HEAP_MB}`, fileURLToPath(new URL('./convert-child.js', import.meta.url))]
  : [...NODE_FLAGS, `--max-old-space-size=${HEAP_MB}`, join(PROJECT_ROOT, 'scripts', 'run-built.mjs'), 'src/ingest/convert-child.ts'];

type Line = { started: string } | { file: string; result: Decoded } | TimedOut;

function parsedLines(stdout: string): Line[] {
  const lines: Line[] = [];
  for (const text of stdout.split('\n')) {
    try {
      const line = JSON.parse(text) as Line;
      if (typeof line === 'object' && line !== null && ('started' in line || 'file' in line || 'timedOut' in line)) lines.push(line);
    } catch {
      // not a result line (a parser printing despite all)
    }
  }
  return lines;
}

/** Why a conversion process ended before the file it was reading was done. */
function whyEnded(run: ReturnType<typeof spawnSync>, seconds: number, fileTimedOut: number | null): string {
  if (fileTimedOut !== null) return `读取超时（超过 ${fileTimedOut} 秒），已跳过`;
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') return `读取超时（超过 ${seconds} 秒），已跳过`;
  if (run.error) return `无法启动转换进程（${run.error.message}）`;
  // V8 aborts (SIGABRT, status 134) when the heap is exhausted.
  if (run.signal === 'SIGABRT' || run.status === 134) return `读取时内存不足（超过 ${HEAP_MB} MB，文件可能过大或已损坏），已跳过`;
  return `读取时转换进程意外退出（${run.signal ?? `退出码 ${run.status}`}），文件可能已损坏`;
}

/** Each file's text, or why it was not read, by file name (`files` are names in `dir`). */
export function convertDocuments(dir: string, files: readonly string[], secondsPerFile = SECONDS_PER_FILE): Map<string, Decoded> {
  const results = new Map<string, Decoded>();
  let left = [...files];
  while (left.length > 0) {
    const request: ConvertRequest = { dir, files: left, parentPid: process.pid, secondsPerFile };
    const seconds = secondsPerFile * left.length;
    const run = spawnSync(process.execPath, [...childArgs, JSON.stringify(request)], {
      encoding: 'utf8',
      maxBuffer: MAX_OUTPUT_BYTES,
      timeout: seconds * 1000,
      killSignal: 'SIGKILL',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let reading: string | null = null;
    let timedOut: number | null = null;
    for (const line of parsedLines(run.stdout ?? '')) {
      if ('timedOut' in line) timedOut = line.timedOut;
      else if ('started' in line) reading = line.started;
      else {
        results.set(line.file, line.result);
        reading = null;
      }
    }
    const unfinished = left.filter((f) => !results.has(f));
    if (unfinished.length === 0) break;
    // The file being read when the process ended is the one to blame; none started: the first left.
    results.set(reading ?? unfinished[0]!, { ok: false, reason: whyEnded(run, seconds, timedOut) });
    left = unfinished.filter((f) => !results.has(f));
  }
  return results;
}
