import { describe, expect, it } from 'vitest';
import { findEndnotesStart, splitEndnotes } from '../../src/ingest/whitepaper-notes.js';

describe('endnotes', () => {
  it('given short 注… citations at the end then they are split off one by one', () => {
    const text = '正文结束了。注柳叶刀某文。，年月日。注新华网，年月日。';
    const at = findEndnotesStart(text);
    expect(text.slice(0, at)).toBe('正文结束了。');
    expect(splitEndnotes(text.slice(at))).toEqual(['注柳叶刀某文。，年月日。', '注新华网，年月日。']);
  });

  it('given a long prose sentence starting with 注重 then it is not taken for a note', () => {
    const text = `前文。注重${'发挥专家作用'.repeat(30)}。`;
    expect(findEndnotesStart(text)).toBe(-1);
  });

  it('given no notes then nothing is split off', () => {
    expect(findEndnotesStart('没有注释的正文。关注疫情。')).toBe(-1);
  });
});
