import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// Minutes whose meetings each write the same lines (主持：…, 行动项：): one passage, several places.
// Asked about a day, or opened in a later meeting, such a line is cited in that meeting.

const engine = answerOverFiles('on-day', {
  'minutes.md': [
    '# 读书会纪要',
    '## 2025年3月8日 第1次聚会',
    '**主持**：王小林',
    '**记录**：赵一鸣',
    '本次共读《城南旧事》，大家讨论了英子的视角。',
    '## 2025年3月22日 第2次聚会',
    '**主持**：王小林',
    '**记录**：赵一鸣',
    '本次共读《呼兰河传》，孙梅介绍了萧红的生平。',
    '## 2025年4月5日 第3次聚会',
    '**主持**：王小林',
    '**记录**：赵一鸣',
    '本次共读《边城》，周航朗读了渡船一节。',
  ].join('\n\n'),
});

describe('a line every meeting writes', () => {
  it('given a question naming a later day, then the line is cited on that day', () => {
    const answer = engine.answer({ command: 'ask', query: '3月22日谁主持的' });
    const host = answer.items.find((i) => i.text.includes('王小林'));
    expect(host?.citation).toMatch(/2025年3月22日 第2次聚会/u);
    expect(host?.date).toBe('2025-03-22');
  });

  it('given /context of a later meeting sentence, then the repeated lines around it are cited in that meeting', () => {
    const asked = engine.answer({ command: 'search', query: '呼兰河传' }).items[0];
    const context = engine.answer({ command: 'context', query: asked?.id ?? '' });
    const host = context.items.find((i) => i.text.includes('王小林'));
    expect(host?.citation).toMatch(/2025年3月22日 第2次聚会/u);
    expect(context.items.every((i) => i.citation.includes('第2次聚会'))).toBe(true);
  });
});
