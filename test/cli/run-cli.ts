import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/paths.js';

/** Runs a project entry point as a user would (through tsx), with stdin, and returns its output. */
export function runEntry(entry: string, args: string[], input: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, entry), ...args], {
    cwd: PROJECT_ROOT,
    input,
    env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
