import fc from 'fast-check';
import { hasLoneSurrogate } from '../../src/text/graphemes.js';

// Generated hostile user text: markup and mentions, control and bidi characters, lone
// surrogates, emoji sequences that UTF-16 cuts split, full-width forms, over-long runs, and
// real queries the corpus answers (so answers with hits are generated too, not only errors).

const FRAGMENTS = [
  '@everyone',
  '@here',
  '<@123>',
  '<@&456>',
  '<#789>',
  '<:e:1>',
  '<t:1:R>',
  '**粗**',
  '__下__',
  '||剧透||',
  '~~删~~',
  '`码`',
  '```块```',
  '[链接](https://x.y)',
  '> 引用',
  '# 标题',
  '- 列表',
  '1. 项',
  '\\',
  '\r',
  '\r\n',
  '\u0000',
  '\u200b',
  '\u202e',
  '\uFEFF',
  '\uD83D',
  '\uDE00',
  '😀',
  '👨‍👩‍👧‍👦',
  '❤️',
  '1️⃣',
  '👍🏽',
  '🏳️‍🌈',
  '㊗️',
  '３月１８日',
  '3月18日',
  '3月99日',
  '2月30日',
  '至',
  '意大利',
  '義大利',
  'Italy',
  '保加利亚',
  '中意',
  '健康丝绸之路',
  '谁和古特雷斯通了电话',
  'chronicle:',
  '/date ',
  '／',
  '　',
  'a'.repeat(39),
  '疫'.repeat(120),
];

/** One line of hostile text (no `\n`: a line is what one command is). */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join('').replace(/\n/g, ''));

/** Every string anywhere in a JSON-like value. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)]);
  return [];
}

export const anyLoneSurrogate = (value: unknown): boolean => stringsIn(value).some(hasLoneSurrogate);

/**
 * Markup still active once escapes are removed: a mention, a role, a channel, an emoji or
 * timestamp tag, bold, underline, spoiler, strike, code or a masked link.
 */
export function activeMarkup(markdown: string): string | null {
  const unescaped = markdown.replace(/\\[\s\S]/gu, '');
  return /@everyone|@here|<[@#:&t]|\*\*|__|\|\||~~|`|\]\(/.exec(unescaped)?.[0] ?? null;
}
