import { describe, expect, it } from 'vitest';
import { simplifiedVariants, toSimplified } from '../../src/text/normalize.js';

describe('normalisation to Simplified', () => {
  it('given Simplified text, then it is only folded (NFKC width and case), never rewritten', () => {
    expect(simplifiedVariants('随着疫情发展，ＷＨＯ里面着手')).toEqual(['随着疫情发展,who里面着手']);
  });

  it('given Taiwan wording, then the phrase-aware form is offered beside the character-level one', () => {
    expect(simplifiedVariants('視訊會議')).toContain('视频会议');
  });

  it('given Hong Kong variant characters, then they fold like standard Traditional ones', () => {
    // 衞 is the Hong Kong form of 衛: a question typed in Hong Kong must reach 卫健委 and 世卫组织.
    expect(toSimplified('世衞組織')).toBe('世卫组织');
    expect(toSimplified('衞健委怎麼説')).toBe('卫健委怎么说');
  });
});
