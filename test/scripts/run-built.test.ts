import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { NODE_FLAGS } from '../../src/runtime-flags.js';

// `npm start` runs the compiled dist/, compiling first when a source changed: the compiled code
// must find the project's files (corpus, dictionaries, commands) exactly as the sources do.

describe('npm start (compiled)', () => {
  it('given the sources, then dist/ is brought up to date and the console answers from it', async () => {
    const run = spawnSync(process.execPath, [...NODE_FLAGS, 'scripts/run-built.mjs', 'src/main.ts'], {
      cwd: PROJECT_ROOT,
      input: '/date 3月18日\n/help\n',
      env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('/date 3月18日 — 共8条结果');
    expect(run.stdout).toContain('/country');
    const { isUpToDate, DIST } = (await import(join(PROJECT_ROOT, 'scripts/build.mjs'))) as {
      isUpToDate(): boolean;
      DIST: string;
    };
    expect(isUpToDate()).toBe(true);
    expect(readFileSync(join(DIST, 'src/main.js'), 'utf8')).not.toMatch(/from ['"]tsx/);
  });
});
