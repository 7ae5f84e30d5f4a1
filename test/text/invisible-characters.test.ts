import { describe, expect, it } from 'vitest';
import { visibleText, withoutEscapeSequences } from '../../src/text/invisible-characters.js';

// A terminal escape's parameters and payload are part of the control, not words of the query:
// left in, `31m意大利` searched for 31m, and a DCS payload became query text.

const ESC = '\u001b';

describe('visibleText', () => {
  it.each([
    ['7-bit CSI (a colour)', `${ESC}[31m意大利${ESC}[0m`],
    ['8-bit CSI', '\u009b31m意大利\u009b0m'],
    ['8-bit DCS ended by ST', '\u0090q#0;2;0\u009c意大利'],
    ['7-bit DCS ended by ESC \\', `${ESC}Pq#0;2;0${ESC}\\意大利`],
    ['7-bit OSC ended by BEL', `${ESC}]0;title\u0007意大利`],
    ['8-bit OSC ended by BEL', '\u009d0;title\u0007意大利'],
    ['8-bit APC ended by ST', '\u009fpayload\u009c意大利'],
  ])('given %s, then the whole sequence goes, payload included', (_, text) => {
    expect(visibleText(text)).toBe('意大利');
  });

  it('given a string control never terminated, then only the control goes, not the rest of the query', () => {
    expect(visibleText('\u0090意大利').trim()).toBe('意大利');
  });

  it('given a long run of unterminated string controls, then it is cleaned (each scan stops at the next opener: it was quadratic, minutes here)', () => {
    expect(visibleText('\u009d'.repeat(200_000)).trim()).toBe('');
    expect(visibleText(`${'\u0090a'.repeat(50_000)}意大利`).replace(/[a\s]/gu, '')).toBe('意大利');
  });

  it('given a lone C1 control inside a word, then a space, as for any other control', () => {
    expect(visibleText('意\u009b大利')).toBe('意 大利');
  });
});

describe('withoutEscapeSequences', () => {
  const ESC = String.fromCharCode(0x1b);
  it('given 7-bit escape sequences (colours, a window title, a one-character escape), then they go, the text between them stays', () => {
    expect(withoutEscapeSequences(`${ESC}[1m口罩${ESC}[0m`)).toBe('口罩');
    expect(withoutEscapeSequences(`a${ESC}]0;title\u0007b${ESC}]0;t${ESC}\\c`)).toBe('abc');
    expect(withoutEscapeSequences(`m${ESC}Mn`)).toBe('mn');
  });

  it('given a raw C1 control (U+009B, what mis-decoded text holds), then it stays, and so does what follows it', () => {
    expect(withoutEscapeSequences('口罩\u009b"}')).toBe('口罩\u009b"}');
  });
});
