import { describe, expect, it, vi } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// /date 今天, 昨天: a server's minutes grow day by day, and its members ask for days as they say
// them. Read by the bot's clock, which the test sets (the engine runs in this process): a run
// across midnight read 今天 as another day than the minutes were dated with. Own corpus and
// process (one jieba dictionary per process).

vi.useFakeTimers({ toFake: ['Date'] });
vi.setSystemTime(new Date(2026, 11, 3, 12));

const at = (days: number) => {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const zh = (iso: string) => iso.replace(/^(\d+)-0?(\d+)-0?(\d+)$/u, '$1年$2月$3日');

const engine = answerOverFiles('date-relative', {
  'minutes.md': [
    '# 社区例会纪要',
    `## ${at(-1)} 例会`,
    '讨论了楼道灯的维修安排，由物业本周内完成。',
    `## ${at(0)} 例会`,
    '确定了周末义诊的场地，在社区活动中心一楼。',
  ].join('\n\n'),
});

describe('/date with a day said relative to today', () => {
  it('given 今天 and 昨天, then the entries of those days, saying which date was read', () => {
    const today = engine.answer({ command: 'date', query: '今天' });
    expect(today.error ?? null).toBeNull();
    expect(today.items.map((i) => i.text).join('')).toContain('周末义诊的场地');
    expect(today.message).toContain(`今天：${zh(at(0))}。`);
    const yesterday = engine.answer({ command: 'date', query: '昨天' });
    expect(yesterday.items.map((i) => i.text).join('')).toContain('楼道灯的维修安排');
  });

  it('given 最近7天, then both days', () => {
    const week = engine.answer({ command: 'date', query: '最近7天', pageSize: 20 });
    const text = week.items.map((i) => i.text).join('');
    expect(text).toContain('楼道灯');
    expect(text).toContain('义诊');
  });

  it('given a day without entries (明天), then no entries on that date, not an unreadable date', () => {
    const tomorrow = engine.answer({ command: 'date', query: '明天' });
    expect(tomorrow.error ?? null).toBeNull();
    expect(tomorrow.items).toEqual([]);
    // Said once, with the date read: not 明天：…。 and the date again.
    // (The entries' own year, 2026, goes unsaid.)
    expect(tomorrow.message).toMatch(/^明天（12月4日）没有条目（条目覆盖12月2日至12月3日）/u);
  });
});
