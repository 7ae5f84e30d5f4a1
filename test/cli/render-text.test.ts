import { describe, expect, it } from 'vitest';
import { renderAnswerText } from '../../src/cli/render-text.js';
import { PLAIN_STYLE } from '../../src/cli/text-style.js';
import { answerOver } from '../support/answer-over.js';

const engine = answerOver();

describe('console rendering of /ask', () => {
  it('given a sentence that does not name its event, then the event (date and opening sentence) is shown under it', () => {
    const answer = engine.answer({ command: 'ask', query: '习近平跟普京通电话时说中方愿意同各国一道干什么？' });
    const first = answer.items[0];
    expect(first?.event).toMatch(/^3月19日 · .*普京通电话/);
    const text = renderAnswerText(answer, PLAIN_STYLE);
    expect(text).toContain(`〔${first?.event}〕`);
  });

  it('given the sentence that opens its entry, then no event line repeats it', () => {
    const answer = engine.answer({ command: 'ask', query: '谁和古特雷斯通了电话' });
    const lead = answer.items.find((i) => i.text.includes('古特雷斯通电话'));
    expect(lead).toBeDefined();
    const alone = { ...answer, items: lead ? [lead] : [] };
    expect(renderAnswerText(alone, PLAIN_STYLE)).not.toContain(`〔${lead?.event}〕`);
  });
});

describe('console rendering of a /search listing its best matches only', () => {
  it('given more matches than are listed, then the heading says how many match and how many are listed', () => {
    const answer = engine.answer({ command: 'search', query: '疫情' });
    expect(renderAnswerText(answer, PLAIN_STYLE).split('\n')[0]).toBe(
      `/search 疫情 — 共${answer.matched}条结果，列出最相关的${answer.total}条`,
    );
    const english = renderAnswerText(answer, PLAIN_STYLE, null, 'en').split('\n')[0];
    expect(english).toBe(`/search 疫情 — ${answer.matched} results, the best ${answer.total} listed`);
  });
});

describe('console rendering of an entry of several lines', () => {
  it("given an entry whose text keeps its lines (a changelog's items), then each line after the first is indented under it", () => {
    const answer = engine.answer({ command: 'date', query: '3月18日', pageSize: 1 });
    const item = { ...answer.items[0]!, text: '新增装修系统。\n修复了闪退的问题。', highlights: [] };
    const text = renderAnswerText({ ...answer, items: [item] }, PLAIN_STYLE);
    expect(text).toContain('1. 新增装修系统。\n   修复了闪退的问题。\n   —— ');
  });
});
