import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/discord/escape-markdown.js';

describe('escapeMarkdown', () => {
  it.each([
    ['**粗体**', '\\*\\*粗体\\*\\*'],
    ['_斜体_ ~~删~~ ||剧透||', '\\_斜体\\_ \\~\\~删\\~\\~ \\|\\|剧透\\|\\|'],
    ['`代码`', '\\`代码\\`'],
    ['# 标题\n> 引用', '\\# 标题\n\\> 引用'],
    ['- 列表\n1. 项', '\\- 列表\n1\\. 项'],
    ['[链接](http://x)', '\\[链接\\]\\(http\\://x\\)'],
    ['<@123> <:emoji:1>', '\\<\\@123\\> \\<\\:emoji\\:1\\>'],
    ['a\\b', 'a\\\\b'],
  ])('given %j, then it reads %j', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));

  it('given plain Chinese with a dash inside a line, then it is left as written', () => {
    expect(escapeMarkdown('中国—意大利视频研讨会，3-5日')).toBe('中国—意大利视频研讨会，3-5日');
  });
});
