import { describe, expect, it } from 'vitest';
import { findShortForms, resolveShortForm } from '../../src/geo/short-forms.js';

// Token lists written by hand, as a segmenter may cut them, so each rule is tested apart from jieba's dictionary.
const chars = (tokens: string[]): string[] => findShortForms(tokens).map((f) => f.char);

describe('findShortForms', () => {
  it.each([
    [['支持', '法方', '抗击'], ['法']],
    [['愿', '同', '保', '方', '加强'], ['保']],
    [
      ['中方', '愿', '同意', '方', '一道'],
      ['中', '意'],
    ],
    [['中法', '共同', '肩负着'], ['法']],
    [['中', '韩', '两', '国'], ['韩']],
    [['中', '韩', '两国'], ['韩']],
    [
      ['中德', '、', '中欧', '展现出'],
      ['德', '欧'],
    ],
    [
      ['中日韩', '举行'],
      ['日', '韩'],
    ],
    [
      ['中', '日', '韩', '三国'],
      ['日', '韩'],
    ],
    [['派遣', '专家组', '赴', '塞', '，'], ['塞']],
    [['访美'], ['美']],
    [['来华', '考察'], ['华']],
  ])('given the tokens %j then the short forms are %j', (tokens, expected) => {
    expect(chars(tokens)).toEqual(expected);
  });

  it.each([
    [['这个', '方法', '很', '好']],
    [['依法', '方式']],
    [['执法', '方面']],
    [['意见']],
    [['美好', '生活']],
    [['德才', '兼备']],
    [['韩信']],
    [['中英文', '官方网站']],
    [['中美洲', '国家']],
    [['同意', '方案']],
    [['我', '很', '中意', '这个']],
    [['西方', '国家']],
    [['双方']],
    [['各方']],
    [['确保', '方向']],
    [['中', '法', '院']],
    [['比方', '说']],
    [['中巴', '车']],
  ])('given the tokens %j then there is no short form', (tokens) => {
    expect(chars(tokens)).toEqual([]);
  });

  it('given 中意 followed by what a pairing is followed by then it is Italy', () => {
    expect(chars(['只要', '中意', '两国'])).toEqual(['意']);
    expect(chars(['中意', '全方位', '合作'])).toEqual(['意']);
  });
});

describe('resolveShortForm', () => {
  it('given no nearby name then the usual country is chosen', () => {
    expect(resolveShortForm('塞', new Set())).toBe('RS');
    expect(resolveShortForm('伊', new Set())).toBe('IR');
    expect(resolveShortForm('欧', new Set())).toBe('region:eu');
  });
  it('given a candidate named nearby then that one is chosen', () => {
    expect(resolveShortForm('伊', new Set(['IQ']))).toBe('IQ');
    expect(resolveShortForm('巴', new Set(['BR']))).toBe('BR');
  });
  it('given a character that is no short form then null', () => {
    expect(resolveShortForm('方', new Set())).toBeNull();
  });
});
