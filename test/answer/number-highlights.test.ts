import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// The words lit in an answer are those its sentence was found by, as the tokenizer reads them: a
// number only whole, a unit beside its number too. Own corpus and process.

const engine = answerOverFiles('number-highlights', {
  'manual.txt': [
    '使用说明',
    '4. 本机只支持 2.4GHz 频段的 Wi-Fi。',
    '优化了高刷新率适配，支持120Hz。',
    '本产品仅适用于50Hz的交流电源。',
    '手动模式共有4档风速。',
    '12，11月25日（周二），交互可视化简介。',
  ].join('\n\n'),
});

const lit = (command: 'search' | 'ask', query: string): [string, string[]][] =>
  engine.answer({ command, query }).items.map((item) => [item.text, item.highlights.map(([start, end]) => item.text.slice(start, end))]);

describe('highlights of numbers and units', () => {
  it('given /search 4, then the 4s standing whole, not the 4 of 2.4GHz', () => {
    expect(lit('search', '4')).toEqual([
      ['4. 本机只支持 2.4GHz 频段的 Wi-Fi。', ['4']],
      ['手动模式共有4档风速。', ['4']],
    ]);
  });

  it('given /search Hz, then the sentences writing it beside a number, with it lit', () => {
    expect(new Map(lit('search', 'Hz'))).toEqual(
      new Map([
        ['优化了高刷新率适配，支持120Hz。', ['Hz']],
        ['本产品仅适用于50Hz的交流电源。', ['Hz']],
      ]),
    );
  });

  it('given /search of a number a full-width comma follows (a table row, 12，11月25日), then its sentence, lit: that comma groups no thousands', () => {
    expect(lit('search', '12')).toEqual([['12，11月25日（周二），交互可视化简介。', ['12']]]);
  });

  it('given /ask 支持120Hz吗, then 支持 and 120Hz lit, not 支持120 alone', () => {
    expect(lit('ask', '支持120Hz吗')[0]).toEqual(['优化了高刷新率适配，支持120Hz。', ['支持120Hz']]);
  });
});
