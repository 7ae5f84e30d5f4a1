import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { answerOver } from '../support/answer-over.js';
import { runEntry } from './run-cli.js';

const engine = answerOver();

describe('npm start without a token, stdin not a terminal', () => {
  const run = runEntry('src/main.ts', [], '/date 3月8日\n/help\n/country 澳大利亚\n/date 3月32日\n/next\n/date 3月8日\n/next\n');

  it('given piped commands, then each is answered in order and the process exits 0 at end of input', () => {
    expect(run.status).toBe(0);
    const out = run.stdout;
    const order = ['农村居民防控新冠肺炎疫情问答手册', '可用命令', '没有提到澳大利亚', '3月没有32日'];
    const positions = order.map((s) => out.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('given commands, then stderr says nothing of an empty input', () => {
    expect(run.stderr).not.toContain('标准输入没有命令');
  });

  it('given an answer, then each excerpt is followed by its citation and id', () => {
    expect(run.stdout).toMatch(/—— 疫情防控国际合作纪实 · 3月8日 · 第\d+条 {2}\[chronicle:[0-9a-f]{10}\]/);
  });

  it('given /next after a single-page answer, then a clear message', () => {
    expect(run.stdout).toContain('已经是最后一页');
  });

  it('given /next after an error, then it says the last command has nothing to page (not "the last page")', () => {
    const afterError = run.stdout.split('3月没有32日')[1]?.split('/date 3月8日')[0] ?? '';
    expect(afterError).toContain('上一条命令没有可以翻页的结果');
    expect(afterError).not.toContain('已经是最后一页');
  });
});

describe('npm start as a new user runs it: .env copied from .env.example', () => {
  const example = dotenv.parse(readFileSync(join(PROJECT_ROOT, '.env.example'), 'utf8'));
  const run = runEntry('src/main.ts', [], '/help\n/date 3月\n/next\n/date 3月18日至20日\n', example);

  it('then no log lines above the answers', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/"level"/);
  });

  it('given /help, then the console-only commands are listed too', () => {
    for (const command of ['/next', '/prev', '/quit']) expect(run.stdout).toContain(command);
  });

  it('given a month, then pages of whole days with a sparkline of the chronicle, the next page on /next', () => {
    const [first = '', second = ''] = run.stdout
      .split('/date 3月 — ')
      .slice(1)
      .map((page) => page.split('/date 3月18日')[0] ?? '');
    expect(first).toMatch(/时间线（3月8日—3月27日，每日条目数）：[▁▂▃▄▅▆▇█·]{20}\n/);
    // A range inside the period: its days bracketed.
    expect(run.stdout).toMatch(/时间线（3月8日—3月27日，每日条目数，高亮为所查日期）：[▁▂▃▄▅▆▇█·]{10}\[[▁▂▃▄▅▆▇█·]{3}\][▁▂▃▄▅▆▇█·]{7}\n/);
    expect(first).toContain('第1/');
    expect(second).toContain('第2/');
    // Every day of a page is whole: its group heading is followed by all its entries.
    const whole = engine.answer({ command: 'date', query: '3月', whole: true });
    for (const page of [first, second]) {
      for (const [, label] of page.matchAll(/【(.+?)】/g)) {
        const count = whole.groups?.find((g) => g.label === label)?.count ?? -1;
        expect(page.split(`【${label}】`)[1]?.split('【')[0]?.match(/—— /g)).toHaveLength(count);
      }
    }
  });
});
