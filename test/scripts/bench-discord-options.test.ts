import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/core/paths.js';

// npm run bench:discord takes minutes: an option it does not know is said at once, not run past.

describe('npm run bench:discord options', () => {
  it('given --stand-in with a value it does not know (a typo), then it stops at once, naming the values it knows', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-discord.ts', '--stand-in', 'hear'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--stand-in hear');
    expect(run.stderr).toMatch(/here.*apart/u);
  }, 40_000);
});
