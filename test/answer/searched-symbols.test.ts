import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// /search of an emoji or a sign the documents write: looked for where it is written, as any
// keyword; punctuation alone is still refused. Own corpus and process.

const engine = answerOverFiles('symbols', {
  'club.md': [
    '# 会员手册',
    '## 活动安排 ⭐️',
    '🎁 每位新会员可领取一份礼物。',
    '活动室面积约 30 ㎡，可容纳十人。',
    '❤️ 感谢大家的支持。',
    '## 注意事项 📌',
    '请爱护公共设施。',
  ].join('\n\n'),
});

const search = (query: string) => engine.answer({ command: 'search', query });

describe('/search of symbols', () => {
  it('given an emoji a sentence writes, then that sentence, the emoji lit', () => {
    const answer = search('🎁');
    expect(answer.error).toBeUndefined();
    expect(answer.items.map((i) => i.text)).toEqual(['🎁 每位新会员可领取一份礼物。']);
    const [start, end] = answer.items[0]!.highlights[0]!;
    expect(answer.items[0]!.text.slice(start, end)).toBe('🎁');
  });

  it('given a sign a sentence writes (㎡), then that sentence, the sign lit', () => {
    const answer = search('㎡');
    expect(answer.items.map((i) => i.text)).toEqual(['活动室面积约 30 ㎡，可容纳十人。']);
    expect(answer.items[0]!.highlights.map(([start, end]) => answer.items[0]!.text.slice(start, end))).toEqual(['㎡']);
  });

  it('given an emoji only a heading writes, then no sentence (not the one whose other emoji shares its variation selector), and the heading named', () => {
    const answer = search('⭐️');
    expect(answer.error).toBeUndefined();
    expect(answer.items).toEqual([]);
    expect(answer.message).toMatch(/只写在标题或章节名中.*活动安排 ⭐️/u);
  });

  it('given a single emoji only a heading writes, then the heading named', () => {
    expect(search('📌').message).toMatch(/只写在标题或章节名中.*注意事项 📌/u);
  });

  it.each(['？？？', '😷'])(
    'given %s (punctuation alone, or a symbol nothing writes), then still refused as nothing to look for',
    (query) => {
      expect(search(query).error?.code).toBe('empty-query');
    },
  );
});
