import { describe, expect, it } from 'vitest';
import { renderAnswer } from '../../src/discord/render-answer.js';
import { answerOverFiles } from '../support/answer-over.js';
import { markdownFiles } from '../support/temp-corpus.js';

// An /ask answered with a month's dated entries (5月有什么活动) lists entries, as /date does: its
// footer counts them as entries (条), not as sentences (句). Own corpus and process (one jieba
// dictionary per process).

const engine = answerOverFiles(
  'answer-frame',
  markdownFiles('events', '山城活动日历', 2026, [
    '# 山城活动日历',
    '',
    '## 2026年5月2日（周六）',
    '- 江边夜市开张。',
    '- 夜市持续到晚上十点。',
    '',
    '## 2026年5月17日（周日）',
    '- 半程马拉松鸣枪。',
  ]),
);

const footer = (query: string, locale: 'zh' | 'en' = 'zh') =>
  renderAnswer(engine.answer({ command: 'ask', query, locale }), locale).reply.embeds?.[0]?.footer?.text;

describe('the footer of an answer listing dated entries', () => {
  it('given /ask of a month, then its entries counted as entries', () => {
    expect(engine.answer({ command: 'ask', query: '5月有什么活动' }).items).toHaveLength(2);
    expect(footer('5月有什么活动')).toBe('共 2 条');
    expect(footer('5月有什么活动', 'en')).toBe('2 entries');
  });

  it('given /ask answered by ranked sentences, then sentences', () => {
    expect(footer('马拉松')).toMatch(/^共 \d+ 句/u);
  });
});
