import { describe, expect, it } from 'vitest';
import { authorNames } from '../../src/answer/thread-posts.js';

describe('authorNames', () => {
  it('given a name opening or closing with 老, 小 or 阿 and a character, then that familiar form too', () => {
    expect(authorNames('番茄老张', ['番茄老张', '路过的猫'])).toEqual(['番茄老张', '老张']);
    expect(authorNames('植保站的小周', [])).toEqual(['植保站的小周', '小周']);
    expect(authorNames('阿绿的阳台', [])).toEqual(['阿绿的阳台', '阿绿']);
  });

  it('given no familiar form, or one another author shares, then the whole name only', () => {
    expect(authorNames('路过的猫', [])).toEqual(['路过的猫']);
    expect(authorNames('修车铺老马', ['修车铺老马', '老马识途'])).toEqual(['修车铺老马']);
    expect(authorNames('小林', ['小林'])).toEqual(['小林']);
  });
});
