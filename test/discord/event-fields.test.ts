import { describe, expect, it } from 'vitest';
import type { AnswerItem } from '../../src/core/types.js';
import { eventFields } from '../../src/discord/event-fields.js';
import { LIMITS } from '../../src/discord/limits.js';

const item = (id: string, text: string, eventId: string | null, event: string | null): AnswerItem => ({
  id,
  doc: 'chronicle',
  title: '纪实',
  citation: `纪实 · ${id}`,
  date: null,
  section: null,
  text,
  score: 1,
  highlights: [],
  group: null,
  places: [id],
  event,
  eventId,
});

describe('eventFields', () => {
  it('given a lone hit that opens its entry, then its title is the date alone, and no citation repeats its title’s place', () => {
    const lead: AnswerItem = {
      ...item('chronicle:1', '习近平同古特雷斯通电话。', 'e1', '3月12日 · 习近平同古特雷斯通电话。'),
      date: '2020-03-12',
      citation: '纪实 · 3月12日 · 第15条第1句',
    };
    const paper: AnswerItem = {
      ...item('whitepaper:9', '某句。', 's1', '一 历程 › 二 阶段'),
      doc: 'whitepaper',
      section: '一 历程 › 二 阶段',
      citation: '白皮书 · 一 历程 › 二 阶段 · 第9句',
    };
    const [first, second] = eventFields([lead, paper], 1, 5000);
    expect(first?.name).toBe('1. 3月12日');
    expect(first?.value).toContain('纪实 · 第15条第1句');
    expect(second?.name).toBe('2. 一 历程 › 二 阶段');
    expect(second?.value).toContain('白皮书 · 第9句');
    expect(second?.value).not.toContain('二 阶段 ·');
  });

  it('given two hits of one entry and one of another, then the entry is one field titled by its event, holding both sentences', () => {
    const fields = eventFields(
      [
        item('a', '习近平强调,…', 'e1', '3月12日 · 习近平同古特雷斯通电话。'),
        item('b', '另一件事。', 'e2', '3月13日 · 另一条'),
        item('c', '中方愿…', 'e1', '3月12日 · 习近平同古特雷斯通电话。'),
      ],
      1,
      5000,
    );
    expect(fields).toHaveLength(2);
    expect(fields[0]?.name).toBe('1、3. 3月12日 · 习近平同古特雷斯通电话。');
    expect(fields[0]?.value).toContain('习近平强调');
    expect(fields[0]?.value).toContain('中方愿');
    expect(fields[1]?.name).toBe('2. 3月13日 · 另一条');
    // In a field of several hits each starts with its rank, the number of its 上下文 button; alone, none.
    expect(fields[0]?.value.startsWith('`1` 习近平强调')).toBe(true);
    expect(fields[0]?.value).toContain('\n`3` 中方愿');
    expect(fields[1]?.value.startsWith('另一件事')).toBe(true);
  });

  it('given long sentences and a long event, then every field stays within Discord limits and the total within the budget', () => {
    const long = '很长的句子，'.repeat(400);
    const items = Array.from({ length: 5 }, (_, i) => item(`p${i}`, long, i < 3 ? 'e' : `e${i}`, `3月1日 · ${long}`));
    const fields = eventFields(items, 1, 5500);
    const total = fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(5500);
    for (const f of fields) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.embedFieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
    }
  });
});
