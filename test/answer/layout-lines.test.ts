import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRunningHeader } from '../../src/answer/layout-lines.js';

// A PDF's running page header, as the genre-6 paper converted to Markdown keeps it on its first line.
const PAPER = 'eval/genre6-corpus/社区共享冰箱与家庭食物浪费-论文.md';

describe('isRunningHeader', () => {
  it('given the paper’s page header (columns apart by spaces, a page number at the end), then a header', () => {
    const first = readFileSync(PAPER, 'utf8').split('\n')[0]!;
    expect(isRunningHeader(first)).toBe(true);
    expect(isRunningHeader('- 12 -      某某大学学报')).toBe(true);
  });

  it('given text with a page number or a run of spaces alone, then no header', () => {
    expect(isRunningHeader('导出人：lin.xiaolan@yunqi-tea.cn    导出时间：2026-03-20 17:42')).toBe(false);
    expect(isRunningHeader('详见第 47 页。')).toBe(false);
    expect(isRunningHeader('中图分类号： C912.81　　文献标识码： A')).toBe(false);
  });
});
