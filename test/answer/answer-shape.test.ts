import { describe, expect, it } from 'vitest';
import { pagedAnswer } from '../../src/answer/answer-shape.js';
import type { AnswerItem } from '../../src/core/types.js';

// Paging as the engine API takes it: a caller may pass any number (Discord and the CLI check
// theirs first), and the answer stays consistent: its page is one it shows, its size a real size.

const items = Array.from({ length: 25 }, (_, i) => ({ id: `doc:${i}`, text: `第${i}句。` }) as AnswerItem);
const page = (paging: { page?: number; pageSize?: number }) => pagedAnswer({ command: 'search', query: '句', ...paging }, items);

describe('paging numbers from the API', () => {
  it('given NaN for the page or its size, then the default, as if not asked', () => {
    expect(page({ page: Number.NaN })).toMatchObject({ page: 1, pageSize: 10 });
    expect(page({ page: Number.NaN }).items).toHaveLength(10);
    expect(page({ pageSize: Number.NaN })).toMatchObject({ page: 1, pageSize: 10 });
  });

  it('given Infinity or 1e300 for the page, then the last page, and a message with a plain number', () => {
    for (const asked of [Number.POSITIVE_INFINITY, 1e300]) {
      const answer = page({ page: asked });
      expect(answer.page).toBe(3);
      expect(answer.items.map((i) => i.id)).toEqual(['doc:20', 'doc:21', 'doc:22', 'doc:23', 'doc:24']);
      expect(answer.message).not.toMatch(/Infinity|e\+/);
    }
    expect(page({ page: Number.NEGATIVE_INFINITY }).page).toBe(1);
    expect(page({ pageSize: Number.POSITIVE_INFINITY }).pageSize).toBe(100);
  });
});
