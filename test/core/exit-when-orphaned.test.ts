import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { NODE_RUNTIME_FLAGS } from '../../src/runtime-flags.js';
import { stillRunning } from '../support/process-tree.js';

// An index build's child holds its thread for seconds (rebuild-child.ts): here a child that
// starts the watch and then holds its thread for 30 s, started by a stand-in for the bot that is
// then killed outright (no exit hook of its runs).

const busyChild = (graceMs: number) => `
import { exitWhenOrphaned } from './src/core/exit-when-orphaned.ts';
exitWhenOrphaned(process.ppid, 200, ${graceMs});
process.on('SIGTERM', () => {}); // a handler the busy thread never gets to run
process.stdout.write(String(process.pid) + '\\n');
const until = Date.now() + 30_000;
while (Date.now() < until) {} // a build: nothing else runs on this thread meanwhile
`;
// A shard at rest: told to stop (SIGTERM), it shuts down by its own handler, and says so.
const idleChild = `
import { exitWhenOrphaned } from './src/core/exit-when-orphaned.ts';
exitWhenOrphaned(process.ppid, 200, 5000);
process.on('SIGTERM', () => { process.stdout.write('stopped cleanly\\n'); process.exit(0); });
process.stdout.write(String(process.pid) + '\\n');
setInterval(() => {}, 1e6);
`;
const botOver = (child: string) => `
const flags = ${JSON.stringify([...NODE_RUNTIME_FLAGS, '--input-type=module', '-e'])}.concat([${JSON.stringify(child)}]);
require('node:child_process').spawn(process.execPath, flags, { stdio: ['ignore', 'inherit', 'inherit'] });
setInterval(() => {}, 1e6);
`;

describe.runIf(process.platform === 'linux')('exitWhenOrphaned', () => {
  it.each([0, 500])(
    'given a child busy building (grace %i ms), when its parent is killed outright, then the child ends within a second or so',
    async (graceMs) => {
      const parent = spawn(process.execPath, ['-e', botOver(busyChild(graceMs))], {
        cwd: PROJECT_ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const [line] = (await once(parent.stdout, 'data')) as [Buffer];
      const busy = Number(line.toString().trim());
      try {
        expect(busy).toBeGreaterThan(0);
        parent.kill('SIGKILL');
        expect(await stillRunning([busy], 3000)).toEqual([]);
      } finally {
        if ((await stillRunning([busy], 0)).length) process.kill(busy, 'SIGKILL');
      }
    },
    15_000,
  );

  it('given a child at rest watched with a grace, when its parent is killed outright, then it is sent SIGTERM and stops by its own handler', async () => {
    const parent = spawn(process.execPath, ['-e', botOver(idleChild)], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    parent.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    while (!/^\d+\n/.test(out)) await once(parent.stdout, 'data');
    const idle = Number(out.split('\n')[0]);
    try {
      parent.kill('SIGKILL');
      expect(await stillRunning([idle], 3000)).toEqual([]);
      expect(out).toContain('stopped cleanly');
    } finally {
      if ((await stillRunning([idle], 0)).length) process.kill(idle, 'SIGKILL');
    }
  }, 15_000);
});
