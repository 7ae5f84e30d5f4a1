import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// A Latin word typed as people spell it is found as the documents spell it, with or without a
// hyphen or space between its letter and digit parts, both ways. Own corpus and process.

const engine = answerOverFiles('latin-spellings', {
  'manual.txt': [
    '产品说明',
    '如有问题，请用 E-mail 联系客服。',
    '推荐显卡为 RX 580 或更高。',
    '型号为 ZX-300 的音箱已经停产。',
    '本店会员费300元。',
    '本机支持 Bluetooth5 连接。',
    '屏幕刷新率为 90Hz。',
    '电源为 50Hz 交流电。',
    '本机支持 2.4GHz 频段。',
    '第2次违规禁言。',
    '包装内含一根数据线。',
  ].join('\n\n'),
});

const search = (query: string) => engine.answer({ command: 'search', query });
const lit = (query: string) => {
  const item = search(query).items[0]!;
  return item.highlights.map(([start, end]) => item.text.slice(start, end));
};

describe('a Latin word the documents write with a hyphen or space between its parts', () => {
  it.each(['email', 'Email', 'EMAIL'])('given /search %s, then the sentence writing E-mail, lit, and no "not understood" note', (query) => {
    const answer = search(query);
    expect(answer.items.map((i) => i.text)).toEqual(['如有问题，请用 E-mail 联系客服。']);
    expect(lit(query)).toEqual(['E-mail']);
    expect(answer.message ?? '').not.toMatch(/no document writes these words|文档中没有这些英文词/);
  });

  it('given the word in /search operators (AND, +word, -word), then it is tested as the documents spell it too', () => {
    expect(search('email AND 客服').items.map((i) => i.text)).toEqual(['如有问题，请用 E-mail 联系客服。']);
    expect(search('+RX580 显卡').items.map((i) => i.text)).toEqual(['推荐显卡为 RX 580 或更高。']);
    expect(search('(客服 OR 显卡) -email').items.map((i) => i.text)).toEqual(['推荐显卡为 RX 580 或更高。']);
  });

  it('given a word of letters and digits the documents write joined (ZX-300), typed so or without the hyphen, then only the sentences writing it, not its number alone', () => {
    for (const query of ['ZX-300', 'zx300'])
      expect(
        search(query).items.map((i) => i.text),
        query,
      ).toEqual(['型号为 ZX-300 的音箱已经停产。']);
  });

  it('given the letters and digits typed together, then the sentence writing them apart first', () => {
    expect(search('RX580').items[0]?.text).toBe('推荐显卡为 RX 580 或更高。');
  });

  it('given /ask with the word inside a Chinese question, then the sentence writing it first, and no "not understood" note', () => {
    const answer = engine.answer({ command: 'ask', query: '可以用email吗' });
    expect(answer.items[0]?.text).toBe('如有问题，请用 E-mail 联系客服。');
    expect(answer.message ?? '').not.toMatch(/no document writes these words|文档中没有这些英文词/);
  });

  it('given a number with its unit (90Hz, 2.4GHz), then only the sentences writing that number: never one writing the unit alone (50Hz) or a piece of the number (第2次)', () => {
    expect(search('90Hz').items.map((i) => i.text)).toEqual(['屏幕刷新率为 90Hz。']);
    expect(search('2.4GHz').items.map((i) => i.text)).toEqual(['本机支持 2.4GHz 频段。']);
  });
});

describe('a Latin word the documents write joined', () => {
  it.each(['Bluetooth-5', 'Bluetooth 5'])('given /search %s, then the sentence writing Bluetooth5', (query) => {
    expect(search(query).items[0]?.text).toBe('本机支持 Bluetooth5 连接。');
  });

  it('given a word the tokenizer cuts (90Hz: 90 and hz), then found, lit, and not "not understood"', () => {
    const answer = search('90Hz');
    expect(answer.items[0]?.text).toBe('屏幕刷新率为 90Hz。');
    expect(lit('90Hz')).toEqual(['90Hz']);
    expect(answer.message ?? '').not.toMatch(/no document writes these words|文档中没有这些英文词/);
  });
});
