import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { NODE_RUNTIME_FLAGS } from '../../src/runtime-flags.js';
import { stillRunning } from '../support/process-tree.js';

// An index build's child holds its thread for seconds (rebuild-child.ts): here a child that
// starts the watch and then holds its thread for 30 s, started by a stand-in for the bot that is
// then killed outright (no exit hook of its runs).

const child = `
import { exitWhenOrphaned } from './src/core/exit-when-orphaned.ts';
exitWhenOrphaned(process.ppid, 200);
process.stdout.write(String(process.pid) + '\\n');
const until = Date.now() + 30_000;
while (Date.now() < until) {} // a build: nothing else runs on this thread meanwhile
`;
const bot = `
const flags = ${JSON.stringify([...NODE_RUNTIME_FLAGS, '--input-type=module', '-e', child])};
require('node:child_process').spawn(process.execPath, flags, { stdio: ['ignore', 'inherit', 'inherit'] });
setInterval(() => {}, 1e6);
`;

describe.runIf(process.platform === 'linux')('exitWhenOrphaned', () => {
  it('given a child busy building, when its parent is killed outright, then the child ends within a second or so', async () => {
    const parent = spawn(process.execPath, ['-e', bot], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = (await once(parent.stdout, 'data')) as [Buffer];
    const busy = Number(line.toString().trim());
    try {
      expect(busy).toBeGreaterThan(0);
      parent.kill('SIGKILL');
      expect(await stillRunning([busy], 3000)).toEqual([]);
    } finally {
      if ((await stillRunning([busy], 0)).length) process.kill(busy, 'SIGKILL');
    }
  }, 15_000);
});
