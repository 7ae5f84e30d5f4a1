import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diaryDayLines } from '../../src/ingest/diary-days.js';

// Real documents: the genre-6 travel diary, and texts whose lines open with a day but are no diary.
const lines = (file: string): string[] => readFileSync(file, 'utf8').split('\n');

describe('diaryDayLines', () => {
  it('given the travel diary, then each day line heads its day, the weekday-only line the Thursday after 10月8日', () => {
    const days = diaryDayLines(lines('eval/genre6-corpus/阿树的葡萄牙日记-2025国庆.txt'), 2025);
    expect([...days.values()]).toEqual([
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
      '2025-10-09',
      '2025-10-10',
      '2025-10-11',
    ]);
  });

  it('given sentences opening with a day, or one date line alone (a report signed on its day), then no line is a diary day', () => {
    expect(diaryDayLines(lines('eval/genre-corpus/青岚骑行俱乐部的十五年.txt'), 2025).size).toBe(0);
    expect(diaryDayLines(lines('eval/genre5-corpus/恒岳智家-2025年年度报告摘要.md'), 2025).size).toBe(0);
  });
});
