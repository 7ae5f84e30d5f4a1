import { describe, expect, it } from 'vitest';
import { runEntry } from './run-cli.js';

// The JSON Lines contract other tools rely on: one object per input line, the documented fields.

describe('npm run ask -- --json', () => {
  const lines = [
    '/date 3月18日',
    '/country 意大利',
    '',
    '/date 2月30日',
    '/weather 北京',
    '谁和古特雷斯通了电话',
    '/search 健康丝绸之路',
    '{"command":"country","query":"意大利","page":2,"limit":4}',
    '{"command":"date",',
    '{"command":"date","query":"3月18日","page":50}',
  ];
  const run = runEntry('src/cli/ask.ts', ['--json', '--limit', '3'], `${lines.join('\n')}\n`);
  const out = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

  it('given N input lines, then exactly N JSON objects in order, and a zero exit', () => {
    expect(run.status).toBe(0);
    expect(out).toHaveLength(lines.length);
    expect(out.map((o) => o.command)).toEqual(['date', 'country', '', 'date', 'weather', 'ask', 'search', 'country', '', 'date']);
  });

  it('given a request written as a JSON object, then it is answered with its own page and limit', () => {
    const italy = out[7]!;
    expect(italy.page).toBe(2);
    expect(italy.pageSize).toBe(4);
    expect(italy.items as unknown[]).toHaveLength(4);
    expect((out[8]!.error as { code: string }).code).toBe('invalid-request');
  });

  it('given a page past the end, then the last page and a message saying so', () => {
    const past = out[9]!;
    expect(past.page).toBe(3);
    expect(past.message).toContain('没有第50页（共3页）');
  });

  it('given a valid command, then the documented fields with at most --limit items', () => {
    const date = out[0]!;
    expect(Object.keys(date)).toEqual(expect.arrayContaining(['command', 'query', 'total', 'items', 'message', 'suggestions']));
    expect(date.query).toBe('3月18日');
    const items = date.items as Record<string, unknown>[];
    expect(items).toHaveLength(3);
    expect(date.total).toBeGreaterThan(3);
    for (const item of items) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'doc', 'title', 'citation', 'date', 'section', 'text']));
      expect(item.date).toBe('2020-03-18');
      expect(item.section).toBeNull();
    }
  });

  it('given invalid requests, then an error object and processing continues', () => {
    for (const i of [2, 3, 4]) {
      // offers: added (fields are only ever added), when a suggestion runs a command.
      expect(
        Object.keys(out[i]!)
          .filter((k) => k !== 'offers')
          .sort(),
      ).toEqual(['command', 'error', 'query', 'suggestions']);
      expect((out[i]!.error as { code: string }).code).toMatch(/^[a-z-]+$/);
    }
    expect((out[3]!.error as { code: string }).code).toBe('invalid-date');
    expect((out[4]!.error as { code: string }).code).toBe('unknown-command');
    expect((out[5]!.items as unknown[]).length).toBeGreaterThan(0);
  });

  it('given a command as arguments, then one object for it', () => {
    const one = runEntry('src/cli/ask.ts', ['--json', '/country', '保加利亚'], '');
    const parsed = one.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { total: number });
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.total).toBe(3);
  });

  it('given a bad --limit, then a clear message and exit code 2', () => {
    const bad = runEntry('src/cli/ask.ts', ['--json', '--limit', 'many'], '');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--limit/);
  });

  it('given a misspelt flag, then exit code 2 with the usage, and no answer', () => {
    const bad = runEntry('src/cli/ask.ts', ['--json', '--limt', '5', '/date 3.18'], '');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--limt');
    expect(bad.stderr).toMatch(/用法：npm run --silent ask -- \[--json\] \[--limit N\]/);
  });
});

describe('npm run ask, one command as arguments (text)', () => {
  const first = runEntry('src/cli/ask.ts', ['/date 3月'], '');

  it('given more pages, then it tells how to get the next one here, not /next', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).not.toContain('/next');
    expect(first.stdout).toContain("下一页：npm run --silent ask -- --page 2 '/date 3月'");
  });

  it('given a question starting with "-", then the hint ends the options first, so that running it works', () => {
    const dashed = runEntry('src/cli/ask.ts', ['--', '-x 意大利'], '');
    const hint = /下一页：npm run --silent ask (.*?)）?$/m.exec(dashed.stdout)?.[1];
    expect(hint).toBe("-- --page 2 -- '-x 意大利'");
    const next = runEntry('src/cli/ask.ts', ['--page', '2', '--', '-x 意大利'], '');
    expect(next.status).toBe(0);
  });

  it('given --page 2, then the second page, of whole days as in the console (no day cut across pages)', () => {
    const second = runEntry('src/cli/ask.ts', ['--page', '2', '/date 3月'], '');
    const days = (out: string) => [...out.matchAll(/【(\d+月\d+日)】/g)].map((m) => m[1]);
    const [firstDays, secondDays] = [days(first.stdout), days(second.stdout)];
    expect(firstDays.length).toBeGreaterThan(0);
    expect(secondDays.length).toBeGreaterThan(0);
    expect(secondDays.filter((d) => firstDays.includes(d))).toEqual([]);
    // Ranks go on from the first page's last entry.
    const lastRank = Math.max(...[...first.stdout.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1])));
    expect(second.stdout).toMatch(new RegExp(`^${lastRank + 1}\\. `, 'm'));
    expect(second.stdout).toMatch(/第2\/\d+页/);
  });

  it('given /date by its Chinese name (/日期), then the same pages of whole days', () => {
    const pageLine = (out: string) => /第1\/\d+页/.exec(out)?.[0];
    expect(pageLine(runEntry('src/cli/ask.ts', ['/日期 3月'], '').stdout)).toBe(pageLine(first.stdout));
  });
});
