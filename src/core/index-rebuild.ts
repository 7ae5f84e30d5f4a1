import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiled, NODE_FLAGS } from '../runtime-flags.js';
import { PROJECT_ROOT } from './paths.js';

// A running bot's index build, in a child process (rebuild-child.ts): a build holds the thread
// for seconds (17 s at 100× the corpus) and ~0.5 GB at its peak, which the bot's answers must not
// wait for, and a crash in it (a native abort in jieba) must not take the bot down.

/** What the child builds: the bot's own folders, so that the bot then loads what it saved. */
export interface RebuildRequest {
  corpusDir: string;
  cacheDir?: string;
  domainWordsPath?: string;
  /** The bot's log level (its logger may be quieter than LOG_LEVEL says). */
  logLevel?: string;
  /** A build because the folder changed while the bot ran (not a start's first build): said as such. */
  reloading?: boolean;
}

/** What the child is given: the request, and which process it must not outlive. */
export interface RebuildChildArgument extends RebuildRequest {
  parentPid: number;
}

export type RebuildOutcome = { ok: true } | { ok: false; reason: string };

/** Longer than any build we measured (66 s at 100× before issue 8's work); a hung child is killed. */
const REBUILD_TIMEOUT_MS = 10 * 60_000;

/**
 * The child's node arguments. Compiled (npm start): its compiled file. From the sources (the
 * tests, scripts under tsx): through scripts/run-built.mjs, as npm start runs, compiled once when
 * the sources change rather than transpiled by tsx in every child (~1 s of CPU a build saved).
 */
const childArgs = compiled
  ? [...NODE_FLAGS, fileURLToPath(new URL('./rebuild-child.js', import.meta.url))]
  : [...NODE_FLAGS, join(PROJECT_ROOT, 'scripts', 'run-built.mjs'), 'src/core/rebuild-child.ts'];

/** `signal`: the bot stopping (the child is killed with it). */
export function rebuildInChild(request: RebuildRequest, signal?: AbortSignal, timeoutMs = REBUILD_TIMEOUT_MS): Promise<RebuildOutcome> {
  return new Promise((resolve) => {
    const argument: RebuildChildArgument = { ...request, parentPid: process.pid };
    const child = spawn(process.execPath, [...childArgs, JSON.stringify(argument)], {
      stdio: ['ignore', 'ignore', 'inherit'],
      ...(signal ? { signal } : {}),
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    // The bot exiting (a restart, a deploy) ends its build: one left running would compete with
    // the next start's own build for memory and for the cache folder. A bot killed outright runs
    // no hook: the child then ends itself (exit-when-orphaned.ts).
    const endWithBot = () => child.kill('SIGKILL');
    process.once('exit', endWithBot);
    const settle = () => {
      clearTimeout(timer);
      process.off('exit', endWithBot);
    };
    child.once('error', (error) => {
      settle();
      resolve({ ok: false, reason: error.message });
    });
    child.once('exit', (code, signal) => {
      settle();
      if (code === 0) resolve({ ok: true });
      else resolve({ ok: false, reason: signal ? `index build stopped by ${signal}` : `index build exited with code ${code}` });
    });
  });
}
