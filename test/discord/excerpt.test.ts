import { describe, expect, it } from 'vitest';
import { renderExcerpt } from '../../src/discord/excerpt.js';

describe('excerpts', () => {
  it('given a highlight ending before a combining accent, then the accent is bolded with its letter', () => {
    expect(renderExcerpt('cafe\u0301 中国', [[0, 4]], 100)).toBe('**cafe\u0301** 中国');
  });

  it('given a highlight ending inside a family emoji, then the whole emoji is bolded', () => {
    expect(renderExcerpt('x👨‍👩‍👧‍👦y', [[0, 3]], 100)).toBe('**x👨‍👩‍👧‍👦**y');
  });

  it('given a window that would start inside an emoji sequence, then it starts before the whole sequence', () => {
    const family = '👨‍👩‍👧‍👦';
    const text = `${'甲'.repeat(60)}${family.repeat(20)}乙${'丙'.repeat(200)}`;
    const at = text.indexOf('乙');
    for (let shift = 0; shift < family.length; shift++) {
      const excerpt = renderExcerpt(text.slice(shift), [[at - shift, at - shift + 1]], 60);
      const afterEllipsis = excerpt.startsWith('…') ? excerpt.slice(1) : excerpt;
      expect(afterEllipsis.startsWith('\u200D')).toBe(false);
      expect(afterEllipsis).toContain('**乙**');
    }
  });
});
