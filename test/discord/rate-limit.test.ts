import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/discord/rate-limit.js';

describe('createRateLimiter', () => {
  it('given 5 commands in 10 s, then the 6th is refused and another user is not affected', () => {
    const limiter = createRateLimiter(5, 10_000);
    const results = [0, 1000, 2000, 3000, 4000, 5000].map((t) => limiter.take('u1', t));
    expect(results).toEqual([true, true, true, true, true, false]);
    expect(limiter.take('u2', 5000)).toBe(true);
  });

  it('given the window has slid past the first command, then one more is allowed', () => {
    const limiter = createRateLimiter(5, 10_000);
    for (const t of [0, 1, 2, 3, 4]) limiter.take('u1', t);
    expect(limiter.take('u1', 9_999)).toBe(false);
    expect(limiter.take('u1', 10_000)).toBe(true); // only the command at t=0 left the window
    expect(limiter.take('u1', 10_000)).toBe(false); // t=1..4 and 10000 fill it again
  });

  it('given refused attempts, then they do not extend the wait', () => {
    const limiter = createRateLimiter(1, 1000);
    limiter.take('u', 0);
    for (let t = 100; t < 1000; t += 100) limiter.take('u', t);
    expect(limiter.take('u', 1001)).toBe(true);
  });
});
