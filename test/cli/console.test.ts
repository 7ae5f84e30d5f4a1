import { describe, expect, it } from 'vitest';
import { runEntry } from './run-cli.js';

describe('npm start without a token, stdin not a terminal', () => {
  const run = runEntry('src/main.ts', [], '/date 3月8日\n/help\n/country 澳大利亚\n/date 3月32日\n/next\n');

  it('given piped commands, then each is answered in order and the process exits 0 at end of input', () => {
    expect(run.status).toBe(0);
    const out = run.stdout;
    const order = ['农村居民防控新冠肺炎疫情问答手册', '可用命令', '没有提到澳大利亚', '3月没有32日'];
    const positions = order.map((s) => out.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('given an answer, then each excerpt is followed by its citation and id', () => {
    expect(run.stdout).toMatch(/—— 疫情防控国际合作纪实 · 3月8日 · 第\d+条 {2}\[chronicle:[0-9a-f]{10}\]/);
  });

  it('given /next after a single-page answer, then a clear message', () => {
    expect(run.stdout).toContain('已经是最后一页');
  });
});
