import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { NODE_FLAGS } from '../../src/runtime-flags.js';
import { childrenOf, stillRunning } from '../support/process-tree.js';

// `npm start` runs node under a shell, npm → sh → node: a signal sent to npm alone ended npm (and
// the shell, for SIGTERM) and left node answering (scripts/parent-watch.mjs). Here a stand-in for
// npm starts the shell and is killed outright, so that nothing it does passes anything on; node's
// input is the shell's own pipe, open for a minute, so that only the watch can end it.

const command = `(echo /help; sleep 60) | node ${NODE_FLAGS.join(' ')} scripts/run-built.mjs src/main.ts`;
const standInForNpm = `require('node:child_process').spawn('sh', ['-c', ${JSON.stringify(command)}], { stdio: 'inherit' }); setInterval(() => {}, 1e6);`;

describe('npm start, once npm is gone', () => {
  it.runIf(process.platform === 'linux')(
    'given npm killed while node waits for input, then node stops within seconds',
    async () => {
      const npm = spawn(process.execPath, ['-e', standInForNpm], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, npm_lifecycle_event: 'start', DISCORD_TOKEN: '', LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'ignore'],
        detached: true,
      });
      try {
        await once(npm.stdout, 'data'); // node is up and answering
        const node = childrenOf(npm.pid!)
          .flatMap(childrenOf)
          .filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('node'));
        expect(node.length).toBeGreaterThan(0);
        npm.kill('SIGKILL');
        expect(await stillRunning(node, 8000)).toEqual([]);
      } finally {
        process.kill(-npm.pid!, 'SIGKILL'); // the shell and its sleep
      }
    },
    30_000,
  );
});
