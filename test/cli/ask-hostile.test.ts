import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { anyLoneSurrogate, hostileText } from '../support/hostile-text.js';
import { entryArgs, entryEnv, runEntry } from './run-cli.js';

// The JSON Lines contract under hostile input: one object per `\n`-terminated line, in order,
// whatever the line holds (a lone CR included), each one valid Unicode.

const COMMANDS = ['', '/ask ', '/search ', '/date ', '/country ', '/context ', '/help ', '/nope '];

describe('npm run ask -- --json with generated hostile lines', () => {
  it('given N lines, then exactly N objects, in order, none with a lone surrogate', () => {
    const line = fc.tuple(fc.constantFrom(...COMMANDS), hostileText).map(([command, text]) => command + text);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 150 }), (lines) => {
        const run = runEntry('src/cli/ask.ts', ['--json', '--limit', '2'], `${lines.join('\n')}\n`);
        expect(run.status).toBe(0);
        const out = run.stdout.split('\n');
        expect(out.pop()).toBe('');
        expect(out).toHaveLength(lines.length);
        for (const json of out) expect(anyLoneSurrogate(JSON.parse(json))).toBe(false);
      }),
      { numRuns: 3 },
    );
  });

  it("given a lone CR inside a line, then one object for the line (the issue's example)", () => {
    const run = runEntry('src/cli/ask.ts', ['--json'], '/date 3月18日\r/country 意大利\n/date 3月18日\r\n');
    const out = run.stdout.trim().split('\n');
    expect(out).toHaveLength(2);
    expect(JSON.parse(out[1] ?? '')).toMatchObject({ command: 'date', query: '3月18日' });
  });

  it('given a BOM opening a later line (files joined by cat), then that line is read as the request it holds', () => {
    const lines = [
      '/help',
      '\ufeff{"command":"date","query":"3月18日"}',
      '\ufeff/country 意大利',
      '\u200b{"command":"date","query":"3月19日"}',
    ];
    const run = runEntry('src/cli/ask.ts', ['--json'], `${lines.join('\n')}\n`);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { command: string; error: unknown });
    expect(out.map((o) => o.command)).toEqual(['help', 'date', 'country', 'date']);
    expect(out.filter((o) => o.error)).toEqual([]);
  });

  it('given controls around a JSON request (a raw CR in its string, an escape sequence or NUL before its {, a no-break space), then the request it holds', () => {
    const lines = [
      '{"command":"date","query":"3月\r18日"}',
      '\u001b[0m{"command":"help"}',
      '\u0000{"command":"about"}',
      '\u00a0{"command":"date","query":"3月19日"}',
      // A raw C1 control is a character a JSON string may hold (mis-decoded text has them): it is no escape sequence's start there.
      '{"command":"search","query":"口罩\u009b"}',
      // Escape sequences inside a request, in its string or between its tokens: gone.
      '{"command":"search","query":"\u001b[1m口罩\u001b[0m"}',
      '{"command":"date",\u001b[0m"query":"3月18日"}',
    ];
    const run = runEntry('src/cli/ask.ts', ['--json', '--limit', '1'], `${lines.join('\n')}\n`);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { command: string; error?: unknown; total: number });
    expect(out.map((o) => o.command)).toEqual(['date', 'help', 'about', 'date', 'search', 'search', 'date']);
    expect((out[5] as unknown as { query: string }).query).toBe('口罩');
    expect(out.filter((o) => o.error)).toEqual([]);
    expect(out[0]?.total).toBeGreaterThan(0);
  });

  it('given a misspelt LOG_LEVEL, then start-up stops naming it, as npm start does', () => {
    const run = runEntry('src/cli/ask.ts', ['--json', '/help'], '', { LOG_LEVEL: 'verbose' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/LOG_LEVEL/u);
  });

  it('given SIGTERM while answers stream out, then the last answer written is whole, and the process ends', async () => {
    const child = spawn(process.execPath, [...entryArgs('src/cli/ask.ts'), '--json', '--limit', '100'], {
      cwd: PROJECT_ROOT,
      env: entryEnv(),
    });
    child.stdin.on('error', () => {});
    child.stdin.end('/date 3月\n'.repeat(3000));
    const chunks: Buffer[] = [];
    let size = 0;
    const signalled = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        // Well into the stream, a few answers out (each ~50 KB).
        if (size > 2_000_000 && !child.killed) {
          child.kill('SIGTERM');
          resolve();
        }
      });
    });
    await signalled;
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const out = Buffer.concat(chunks).toString('utf8');
    expect(status).toBe(143);
    expect(out.endsWith('\n')).toBe(true);
    for (const line of out.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  }, 60_000);

  it('given SIGTERM while the reader has stopped reading, then the process ends all the same', async () => {
    const child = spawn(process.execPath, [...entryArgs('src/cli/ask.ts'), '--json', '--limit', '100'], {
      cwd: PROJECT_ROOT,
      env: entryEnv(),
    });
    child.stdin.on('error', () => {});
    child.stdin.end('/date 3月\n'.repeat(3000));
    // The first answer out, then nothing read: the pipe fills and the answers wait for a reader.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const started = performance.now();
    child.kill('SIGTERM');
    const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect(status).toBe(143);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 60_000);

  it('given a reader that closes the pipe after one line, then a quiet exit: no stack trace, status 0', async () => {
    const child = spawn(process.execPath, [...entryArgs('src/cli/ask.ts'), '--json'], {
      cwd: PROJECT_ROOT,
      env: entryEnv(),
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end('/date 3月18日\n'.repeat(3000));
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(status).toBe(0);
  }, 60_000);

  it.skipIf(!existsSync('/dev/full'))(
    'given an output that is full (/dev/full), then one line saying so and exit 1, no stack trace',
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const run = spawnSync(process.execPath, [...entryArgs('src/cli/ask.ts'), '/date 3月'], {
          cwd: PROJECT_ROOT,
          env: entryEnv(),
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(run.stderr).toContain('无法写出回答（ENOSPC）');
        expect(run.stderr).not.toMatch(/ at |node:internal/);
        expect(run.status).toBe(1);
      } finally {
        closeSync(full);
      }
    },
  );

  it.each([
    ['src/cli/ask.ts', ['--json']],
    ['src/main.ts', []],
  ])('given stdin that is a directory (%s), then one line saying so and exit 2, not a silent success', (entry, args) => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-stdin-'));
    const fd = openSync(dir, 'r');
    try {
      const run = spawnSync(process.execPath, [...entryArgs(entry), ...args], {
        cwd: PROJECT_ROOT,
        stdio: [fd, 'pipe', 'pipe'],
        env: entryEnv(),
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^标准输入是一个目录[^\n]*\n$/);
    } finally {
      closeSync(fd);
    }
  });

  it('given a start-up failure, then one clean line and exit 1, as npm start', () => {
    // Neither the cache nor the temp folder can hold the dictionary jieba must load from a file.
    const file = join(mkdtempSync(join(tmpdir(), 'qa-ask-')), 'file');
    writeFileSync(file, '');
    const env = { INDEX_CACHE_DIR: join(file, 'cache'), TMPDIR: join(file, 'tmp'), LOG_LEVEL: 'silent' };
    for (const [entry, args] of [
      ['src/cli/ask.ts', ['/date 3月18日']],
      ['src/main.ts', []],
    ] as const) {
      const run = runEntry(entry, [...args], '/date 3月18日\n', env);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^启动失败：[^\n]*ENOTDIR[^\n]*\n$/);
    }
  });
});
