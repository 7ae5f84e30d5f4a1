import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { runConsole } from '../../src/cli/run-console.js';
import { answerOver } from '../support/answer-over.js';

// The interactive console on a stand-in terminal: keystrokes in, screen text out.

const engine = answerOver();

function terminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
  let screen = '';
  output.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8');
  });
  const done = runConsole(engine, input, output);
  let ended = false;
  void done.then(() => {
    ended = true;
  });
  const type = async (keys: string) => {
    input.write(keys);
    await new Promise((resolve) => setTimeout(resolve, 30));
  };
  return { type, screen: () => screen, ended: () => ended, done };
}

describe('given the console on a terminal', () => {
  it('when Ctrl-C is pressed on a half-typed line, then the line is dropped and the console stays open', async () => {
    const t = terminal();
    await t.type('/date 3月1');
    await t.type('\x03');
    expect(t.ended()).toBe(false);
    await t.type('/help\r');
    expect(t.screen()).toContain('可用命令');
    expect(t.screen()).not.toContain('无法识别日期');
    await t.type('\x03'); // a second Ctrl-C, on an empty line: quit
    await t.done;
    expect(t.ended()).toBe(true);
  });
});

describe('given piped input with no command (a service manager, stdin /dev/null)', () => {
  it('then nothing on stdout, and one line on stderr says why it ends', async () => {
    const said = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const input = new PassThrough();
      const output = new PassThrough();
      let out = '';
      output.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
      });
      input.end();
      await runConsole(engine, input, output);
      expect(out).toBe('');
      expect(said.mock.calls.map(([text]) => String(text)).join('')).toContain(
        '本地控制台（未设置 DISCORD_TOKEN）：标准输入没有命令，已退出。',
      );
    } finally {
      said.mockRestore();
    }
  });
});
