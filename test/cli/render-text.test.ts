import { beforeAll, describe, expect, it } from 'vitest';
import { PLAIN_STYLE, renderAnswerText } from '../../src/cli/render-text.js';
import type { Engine } from '../../src/core/engine-api.js';
import { realEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await realEngine();
});

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
