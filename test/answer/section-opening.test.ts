import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// Meeting minutes: each meeting a section headed by its day, its topics ### sub-headings, its
// first lines the meeting's time and chair. Own corpus and process (one jieba dictionary per process).

const engine = answerOverFiles('opening', {
  'minutes.md': [
    '# 项目例会纪要',
    '## 2025年4月19日 第15次例会',
    '**时间**：21:00–21:50（周六，因发布推迟开始）\n**主持**：林一帆',
    '### 议题一：v0.10 发布',
    'v0.10.0 于当晚 20:30 正式发布。',
    '### 议题二：项目治理',
    '林一帆提出设立核心维护者名单。',
  ].join('\n\n'),
});

describe('a question about a whole day over dated sections', () => {
  it('given a section with sub-headings, then it is introduced by its heading and its sub-headings, not its first line', () => {
    const answer = engine.answer({ command: 'ask', query: '4月19日发生了什么' });
    expect(answer.items.map((i) => i.text)).toEqual(['2025年4月19日 第15次例会\n议题一：v0.10 发布\n议题二：项目治理']);
    expect(answer.items[0]?.citation).toBe('项目例会纪要 · 2025年4月19日 第15次例会');
    expect(answer.message).toContain('以下是每条的标题');
  });

  it('given /date of the day, then the section whole, its sub-headings where the document writes them', () => {
    expect(engine.answer({ command: 'date', query: '4月19日' }).items[0]?.text).toBe(
      [
        '时间：21:00–21:50（周六，因发布推迟开始）',
        '主持：林一帆',
        '### 议题一：v0.10 发布',
        'v0.10.0 于当晚 20:30 正式发布。',
        '### 议题二：项目治理',
        '林一帆提出设立核心维护者名单。',
      ].join('\n'),
    );
  });
});
