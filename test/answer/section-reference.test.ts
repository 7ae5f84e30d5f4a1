import { describe, expect, it } from 'vitest';
import { headingWords, namedSections, partNumber, partOfHeading } from '../../src/answer/section-reference.js';
import type { Section } from '../../src/core/types.js';

const section = (...path: string[]): Section => ({ docId: 'wp', path, passageIds: [] });
const PREFACE = section('前言');
const PART_ONE = section('一 中国抗击疫情的艰辛历程', '二 第二阶段初步遏制疫情蔓延势头');
const PART_FOUR = section('四 共同构建人类卫生健康共同体');
const CONCLUSION = section('结束语');
const ALL = [PREFACE, PART_ONE, PART_FOUR, CONCLUSION];

const picked = (question: string) => {
  const named = namedSections(question);
  return named === null ? null : ALL.filter(named);
};

describe('sections a question names by position', () => {
  it.each([
    ['前言里怎么形容这场疫情？', [PREFACE]],
    ['What does the preface say about the virus?', [PREFACE]],
    ['结束语最后呼吁什么？', [CONCLUSION]],
    ['How does the conclusion end?', [CONCLUSION]],
    ['第四部分讲了什么？', [PART_FOUR]],
    ['白皮书第一部分开头说了什么？', [PART_ONE]],
    ['What does part four say about cooperation?', [PART_FOUR]],
    ['What does the first part of the white paper describe?', [PART_ONE]],
  ])('given "%s", then that part’s sections (sub-sections included) are named', (question, sections) => {
    expect(picked(question)).toEqual(sections);
  });

  it.each([
    '谁和古特雷斯通了电话',
    '第二阶段疫情怎么样了？',
    'Which part of China sent the most doctors?',
    'What did the introduction of the health code change?',
    'What conclusion did the joint mission reach?',
  ])('given "%s", which names no part by position, then nothing is named', (question) => {
    expect(picked(question)).toBeNull();
  });
});

describe('parts numbered past nine', () => {
  it.each([
    ['第十一部分讲了什么', 11],
    ['第10章说了什么', 10],
    ['第二十章', 20],
    ['What does part 12 say?', 12],
  ])('given "%s", then part %i', (question, n) => {
    expect(partNumber(question)).toBe(n);
  });

  it('given headings numbered past nine, then their number; a section number (2.1) or a year is none', () => {
    expect(partOfHeading('十一、附则')).toEqual({ n: 11, unit: '部分' });
    expect(partOfHeading('10. 附录')).toEqual({ n: 10, unit: '部分' });
    expect(partOfHeading('第十二章 结语')).toEqual({ n: 12, unit: '章' });
    expect(partOfHeading('2.1 安装')).toBeNull();
    expect(partOfHeading('2024. 回顾')).toBeNull();
  });
});

describe('headingWords', () => {
  it.each([
    ['3. 势力', '势力'],
    ['三、教学进度', '教学进度'],
    ['第三章\u3000旧书店的雨夜', '旧书店的雨夜'],
    ['一 中国抗击疫情的艰辛历程', '中国抗击疫情的艰辛历程'],
    ['一带一路', '一带一路'],
    ['2.1 安装', '2.1 安装'],
    ['前言', '前言'],
  ])('given "%s", then "%s"', (heading, words) => {
    expect(headingWords(heading)).toBe(words);
  });
});
