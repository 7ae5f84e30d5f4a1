// Per-user sliding window: at most `limit` commands in `windowMs`. The excess gets a friendly
// ephemeral message instead of an answer. Memory stays bounded: idle users are swept.

export interface RateLimiter {
  /** True when the user may run one more command now (and counts it). */
  take(userId: string, now?: number): boolean;
}

export function createRateLimiter(limit = 5, windowMs = 10_000): RateLimiter {
  const recent = new Map<string, number[]>();
  let lastSweep = 0;

  function sweep(now: number): void {
    if (now - lastSweep < windowMs) return;
    lastSweep = now;
    for (const [user, times] of recent) {
      if ((times[times.length - 1] ?? 0) <= now - windowMs) recent.delete(user);
    }
  }

  return {
    take(userId, now = Date.now()) {
      sweep(now);
      const times = (recent.get(userId) ?? []).filter((t) => t > now - windowMs);
      const allowed = times.length < limit;
      if (allowed) times.push(now);
      recent.set(userId, times);
      return allowed;
    },
  };
}

/**
 * Clicks a user may make in a window: a page turn updates a message already posted, and reading
 * /country 中国 (49 pages) at the command limit took minutes of waiting. Still bounded: each click
 * is engine work.
 */
export const BUTTON_LIMIT = { clicks: 20, windowMs: 10_000 } as const;

export const RATE_LIMIT_MESSAGE = {
  zh: '⏳ 您的请求有点频繁，请稍等几秒再试。',
  en: '⏳ You are sending requests a little fast: please wait a few seconds.',
} as const;
