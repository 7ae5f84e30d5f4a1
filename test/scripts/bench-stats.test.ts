import { describe, expect, it } from 'vitest';
import { percentile, steadyTimes, timeQueries } from '../../scripts/bench/stats.js';

describe('bench stats', () => {
  it('runs queries round-robin per command and times each', () => {
    const ran: string[] = [];
    const times = timeQueries(
      ['a', 'b'],
      (c) => [`${c}1`, `${c}2`],
      (c, q) => ran.push(`${c}:${q}`),
      6,
    );
    expect(ran).toEqual(['a:a1', 'b:b1', 'a:a2', 'b:b2', 'a:a1', 'b:b1']);
    expect(times.a).toHaveLength(3);
    expect(times.b.every((ms) => ms >= 0)).toBe(true);
  });

  it('times steady state after 2,000 queries it does not time', () => {
    let runs = 0;
    const times = steadyTimes(
      ['a', 'b', 'c', 'd'],
      () => ['q'],
      () => runs++,
    );
    expect(runs).toBe(3000);
    expect(times.a).toHaveLength(250);
  });

  it('reads percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(51);
    expect(percentile(values, 99)).toBe(100);
    expect(percentile([], 50)).toBeNaN();
  });
});
