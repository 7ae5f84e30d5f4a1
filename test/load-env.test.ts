import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { envProblems, loadDotenv } from '../src/load-env.js';

// .env as an operator writes it: saved by Notepad as "Unicode", a name in lower case, a folder.
// What cannot be used is said (names only, never a value), and the bot still starts.

const dir = mkdtempSync(join(tmpdir(), 'qa-env-'));
const set: string[] = [];
afterEach(() => {
  for (const name of set.splice(0)) delete process.env[name];
});

function load(name: string, content: Buffer | string): string[] {
  const path = join(dir, name);
  writeFileSync(path, content);
  const said: string[] = [];
  loadDotenv(path, (line) => said.push(line));
  return said;
}

describe('loadDotenv', () => {
  it('given a .env saved as UTF-16 with its BOM, then its settings are read', () => {
    set.push('QA_ENV_TEST_A');
    const said = load('u16.env', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('QA_ENV_TEST_A=yes\r\n', 'utf16le')]));
    expect(process.env.QA_ENV_TEST_A).toBe('yes');
    expect(said).toEqual([]);
  });

  it('given a value already in the environment, then it wins over .env', () => {
    set.push('QA_ENV_TEST_B');
    process.env.QA_ENV_TEST_B = 'from-env';
    load('b.env', 'QA_ENV_TEST_B=from-file\n');
    expect(process.env.QA_ENV_TEST_B).toBe('from-env');
  });

  // In a process of their own: another test file in the same worker may have fixed the zone first.
  const probe = (...zones: string[]) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/tz-probe.ts', ...zones], {
      encoding: 'utf8',
      env: { ...process.env, TZ: '' },
    });
    return JSON.parse(run.stdout) as { said: string[]; tz: string | null; after: string | null; dayOf20UtcDec3: number };
  };

  it('given TZ left empty, as .env.example leaves it, then the machine’s zone is kept (empty, Node would read UTC)', () => {
    expect(probe('').tz).toBeNull();
    const set = probe('', 'Asia/Shanghai');
    expect(set.after).toBe('Asia/Shanghai');
    expect(set.dayOf20UtcDec3).toBe(4);
  });

  it('given a TZ that Node cannot read (asia/shanghai, Foo/Bar), then a line says the clock is UTC; a zone or POSIX rule it reads, none', () => {
    // Node reads an unknown TZ as UTC without a word: /date 今天 was then yesterday until 08:00 in China.
    for (const zone of ['asia/shanghai', 'Foo/Bar']) {
      expect(probe(zone).said).toEqual([`⚠ TZ 不是已知的时区（应写作 Asia/Shanghai 这样的名称，区分大小写）：时间按 UTC 计算`]);
    }
    for (const zone of ['Asia/Shanghai', 'Europe/London', 'CST-8']) expect(probe(zone).said).toEqual([]);
  });

  it('given a .env that is a folder, then a line says its settings were not read', () => {
    const path = join(dir, 'folder.env');
    mkdirSync(path);
    const said: string[] = [];
    loadDotenv(path, (line) => said.push(line));
    expect(said).toEqual(['⚠ .env 是一个文件夹，不是文件：其中的设置没有读取']);
  });

  it('given no .env, then nothing is said', () => {
    const said: string[] = [];
    loadDotenv(join(dir, 'missing.env'), (line) => said.push(line));
    expect(said).toEqual([]);
  });
});

describe('loadDotenv of damaged files', () => {
  it('given UTF-16 big-endian with an odd last byte, then what it holds is read, without a stack trace', () => {
    set.push('QA_ENV_TEST_C');
    const body = Buffer.from('QA_ENV_TEST_C=odd\n', 'utf16le').swap16();
    expect(() => load('odd.env', Buffer.concat([Buffer.from([0xfe, 0xff]), body, Buffer.from([0x41])]))).not.toThrow();
    expect(process.env.QA_ENV_TEST_C).toBe('odd');
  });
});

describe('envProblems', () => {
  it('given what dotenv reads (NAME: value, a quoted value of several lines), then nothing is said', () => {
    expect(envProblems('LOG_LEVEL: warn\nKEY="line one\nline two"\nOTHER=1\n')).toEqual([]);
  });

  it('given a known name in lower case and a line without "=", then each is named by its line, never with its value', () => {
    const problems = envProblems('# comment\ndiscord_token=secret-value\n\nnot a setting\nLOG_LEVEL=warn\n');
    expect(problems).toEqual(['第 2 行的 discord_token 应写作 DISCORD_TOKEN（区分大小写），已忽略', '第 4 行不是“名称=值”的形式，已忽略']);
    expect(problems.join('')).not.toContain('secret-value');
  });
});
