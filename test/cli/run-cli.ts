import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { NODE_FLAGS } from '../../src/runtime-flags.js';

/**
 * The node arguments that run `entry` as a user does: a source under src/ compiled
 * (scripts/run-built.mjs, as `npm start` and `npm run ask` run it), a script through tsx. Compiled,
 * a run costs ~1 s less than through tsx, and this suite starts some forty.
 */
export function entryArgs(entry: string): string[] {
  return entry.startsWith('src/')
    ? [...NODE_FLAGS, join(PROJECT_ROOT, 'scripts/run-built.mjs'), entry]
    : ['--import', 'tsx', join(PROJECT_ROOT, entry)];
}

/** The environment of a run: no token, warnings only, and not npm's to watch (scripts/parent-watch.mjs). */
export const entryEnv = (env: Record<string, string> = {}) => ({
  ...process.env,
  DISCORD_TOKEN: '',
  LOG_LEVEL: 'warn',
  npm_lifecycle_event: '',
  ...env,
});

/** Runs a project entry point as a user would, with stdin, and returns its output. */
export function runEntry(entry: string, args: string[], input: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [...entryArgs(entry), ...args], {
    cwd: PROJECT_ROOT,
    input,
    env: entryEnv(env),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
