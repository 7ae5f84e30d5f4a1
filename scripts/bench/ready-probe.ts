import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { NODE_FLAGS } from '../../src/runtime-flags.js';

// start → ready as a user sees it: `npm start -- --corpus DIR` without npm's own start-up (the
// same node command the start script runs: the compiled dist/), timed from spawn to the
// 'engine ready' log line; the process is then stopped, and waited for, so that it does not sit
// beside the next measurement (the caller may block its event loop in execFileSync right after).

export interface ReadyTiming {
  /** Spawn → 'engine ready' on stderr. */
  wallMs: number;
  /** The engine's own figure (from createEngine's call to ready). */
  engineMs: number;
  fromCache: boolean;
}

export function probeReady(corpusDir: string, cacheBase: string): Promise<ReadyTiming> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [...NODE_FLAGS, join(PROJECT_ROOT, 'scripts/run-built.mjs'), 'src/main.ts', '--corpus', corpusDir],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'info', INDEX_CACHE_DIR: cacheBase },
        stdio: ['pipe', 'ignore', 'pipe'],
      },
    );
    let buffered = '';
    let done = false;
    let timing: ReadyTiming | null = null;
    child.stderr.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const line = buffered.split('\n').find((l) => l.includes('"engine ready"'));
      if (!line || done) return;
      done = true;
      const wallMs = performance.now() - started;
      const parsed = JSON.parse(line) as { ms: number; fromCache: boolean };
      timing = { wallMs, engineMs: parsed.ms, fromCache: parsed.fromCache };
      child.kill();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (timing) resolve(timing);
      else reject(new Error(`start-up exited with ${code} before ready: ${buffered.slice(-500)}`));
    });
  });
}
