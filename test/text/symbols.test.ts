import { describe, expect, it } from 'vitest';
import { symbolRuns } from '../../src/text/symbols.js';

describe('symbolRuns', () => {
  it('given emoji and signs among words, then each run whole, with its variation selector, skin tone or joiners', () => {
    expect(symbolRuns('⚖️ 违规 🤝 30 ㎡')).toEqual(['⚖️', '🤝', '㎡']);
    expect(symbolRuns('👍🏻好')).toEqual(['👍🏻']);
    expect(symbolRuns('👨‍👩‍👧')).toEqual(['👨‍👩‍👧']);
  });

  it('given punctuation or operator signs, then no symbol', () => {
    expect(symbolRuns('？？？ "…" + | ~ %')).toEqual([]);
  });
});
