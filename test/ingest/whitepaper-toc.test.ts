import { describe, expect, it } from 'vitest';
import { findTocBounds, parseToc } from '../../src/ingest/whitepaper-toc.js';
import { chineseNumeral } from '../../src/text/chinese-numerals.js';
import { readText, WHITEPAPER } from './real-corpus.js';

describe('chineseNumeral', () => {
  it('given numbers then writes them as section numerals', () => {
    expect([1, 4, 10, 14, 20, 21].map(chineseNumeral)).toEqual(['一', '四', '十', '十四', '二十', '二十一']);
  });
});

describe('findTocBounds', () => {
  it('given the real white paper then the TOC runs from 前言 to 结束语 and the body starts with 前言', () => {
    const body = readText(WHITEPAPER).split('\n')[2] ?? '';
    const bounds = findTocBounds(body);
    const toc = body.slice(bounds?.tocStart ?? 0, bounds?.tocEnd ?? 0);
    expect(toc.startsWith('前言一中国抗击疫情的艰辛历程一第一阶段')).toBe(true);
    expect(toc.endsWith('三国际社会团结合作共同抗疫结束语')).toBe(true);
    expect(body.slice(bounds?.tocEnd ?? 0).startsWith('前言新型冠状病毒肺炎')).toBe(true);
  });

  it('given no 目录 then there is no TOC', () => {
    expect(findTocBounds('前言正文。一总论正文。')).toBeNull();
  });

  it('given a TOC starting with a numbered part then the body start is where it repeats longest', () => {
    const body = '标题目录一中国总论一中国细节二分论一中国总论开篇。一中国细节内容。二分论内容。';
    const bounds = findTocBounds(body);
    expect(body.slice(bounds?.tocStart, bounds?.tocEnd)).toBe('一中国总论一中国细节二分论');
  });
});

describe('parseToc', () => {
  it('given numerals inside headings then the split that the body confirms wins', () => {
    const toc = '前言一总论一第一阶段起步二第二阶段推进二分论一人的生命高于一切二亿人民奉献结束语';
    const body = '前言甲。一总论乙。一第一阶段起步丙。二第二阶段推进丁。二分论戊。一人的生命高于一切己。二亿人民奉献庚。结束语辛。';
    const headings = parseToc(toc, body, 0);
    expect(headings?.map((h) => h.path)).toEqual([
      ['前言'],
      ['一 总论'],
      ['一 总论', '一 第一阶段起步'],
      ['一 总论', '二 第二阶段推进'],
      ['二 分论'],
      ['二 分论', '一 人的生命高于一切'],
      ['二 分论', '二 亿人民奉献'],
      ['结束语'],
    ]);
    expect(body.slice(headings?.[5]?.bodyStart, headings?.[5]?.bodyEnd)).toBe('一人的生命高于一切');
  });

  it('given the same numeral for the next sub-section and the next part then the body decides', () => {
    // After 一甲 › 一子, "二…" may be sub 二 or part 二; only sub 二 "乙" then part 二 "丙" fit this body.
    const toc = '一甲一子二乙二丙';
    expect(parseToc(toc, '一甲x。一子x。二乙x。二丙x。', 0)?.map((h) => h.path)).toEqual([
      ['一 甲'],
      ['一 甲', '一 子'],
      ['一 甲', '二 乙'],
      ['二 丙'],
    ]);
    // With the sub-section missing from the body, "二乙" cannot be sub 二 and no split fits.
    expect(parseToc(toc, '一甲x。一子x。二丙x。', 0)).toBeNull();
  });

  it('given headings missing from the body then no split is accepted', () => {
    expect(parseToc('前言一总论二分论', '前言甲。一总论乙。', 0)).toBeNull();
  });
});
