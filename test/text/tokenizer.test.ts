import { describe, expect, it } from 'vitest';
import { realTokenizer } from '../support/tokenizer.js';

const tokenizer = realTokenizer();
const words = (text: string) => tokenizer.tokenize(text).words;

describe('tokenizer', () => {
  it('given an English plural, then its singular beside it, so that either number finds the other; other forms as written', () => {
    expect(words('Refunds')).toEqual(['refunds', 'refund']);
    expect(words('meetings countries')).toEqual(['meetings', 'meeting', 'countries', 'country']);
    expect(words('refund united news')).toEqual(['refund', 'united', 'news']);
    expect(words('ABC-123 COVID-19')).toEqual(['abc-123', 'covid-19']);
  });

  it('given a plural’s possessive (keepers’), then the plural and its singular, as /search keepers types them; an inner apostrophe stays', () => {
    expect(words("keepers' wives").slice(0, 3)).toEqual(['keepers', 'keeper', 'wives']);
    expect(words("rock'n'roll")).toEqual(["rock'n'roll"]);
  });

  it('given a singular’s possessive (keeper’s), then the word too, as /search keeper types it; not a glue word’s (it’s)', () => {
    expect(words("keeper's lamp")).toEqual(["keeper's", 'keeper', 'lamp']);
    expect(words("China's")).toEqual(["china's", 'china']);
    expect(words("it's")).toEqual(["it's"]);
  });

  it('given a dotted abbreviation, then one token, not its letters', () => {
    expect(words('e.g. via PayPal')).toEqual(['e.g.', 'via', 'paypal']);
    expect(words('the U.S. team')).toContain('u.s.');
  });

  it('given a date, then it stays one token (jieba alone cuts it into 3/月/18/日)', () => {
    expect(words('3月18日习近平同意大利总理孔特通电话')).toContain('3月18日');
    expect(words('3月18日')).not.toContain('18');
  });

  it('given full-width digits or 号, then the date is the same token', () => {
    expect(words('３月１８日')).toEqual(['3月18日']);
    expect(words('3月18号')).toEqual(['3月18日']);
  });

  it('given numbers, then they stay whole', () => {
    expect(words('全球疫情已蔓延到180多个国家')).toContain('180');
    expect(words('连续5天保持在两位数')).toContain('5');
    expect(words('2020年第7期')).toContain('2020年');
  });

  it('given a number grouped by thousands, then the one word of the number, as typed without its commas (not 2 and 500)', () => {
    expect(words('共有2,500人参加')).toContain('2500');
    expect(words('共有2,500人参加')).not.toContain('500');
    expect(words('约1,234,567.5元')).toContain('1234567.5');
    // A list of small numbers is no grouped number.
    expect(words('第1,2名')).toEqual(expect.arrayContaining(['1', '2']));
  });

  it('given an amount with zero cents, then the word of its number (3,600.00 is 3600); other decimals, grades and versions as written', () => {
    expect([words('月租金为人民币叁仟陆佰元整（¥3,600.00）'), words('共3600.00元')].map((w) => w.includes('3600'))).toEqual([true, true]);
    expect([...words('3600.5元'), ...words('发生7.0级地震'), ...words('客户端 v1.00 起')].filter((w) => /\d/u.test(w))).toEqual([
      '3600.5',
      '7.0',
      '1.00',
    ]);
  });

  it('given a dotted version number, then one token (not 1.20 and 4); a decimal stays one too', () => {
    expect(words('版本为 Java 版 1.20.4，')).toContain('1.20.4');
    expect(words('版本为 Java 版 1.20.4，')).not.toContain('4');
    expect(words('增长了3.5%')).toContain('3.5%');
  });

  it('given a version written with its v, then one token, the same as the version without it (not v1 and 2.0)', () => {
    expect(words('客户端版本为 v1.2.0，')).toContain('1.2.0');
    expect(words('客户端版本为 V1.2.0，')).not.toContain('v1');
    expect(words('v0.10 推迟一周')).toContain('0.10');
    // Without dotted parts, v1 stays the Latin word it is; so does a word going on (v2ray).
    expect(words('v1 接口')).toContain('v1');
    expect(words('v2ray')).toEqual(['v2ray']);
    // A Latin word's digits keep their dotted parts (not pm2 and the number 5).
    expect(words('清洁PM2.5传感器')).toContain('pm2.5');
    expect(words('清洁PM2.5传感器')).not.toContain('5');
    // Figures with units, dotted dates and decimals as before.
    expect(words('2.4GHz 120Hz 2024.05.03 3.9万')).toEqual(['2.4', 'ghz', '120', 'hz', '2024.05.03', '3.9', '万']);
  });

  it('given domain dictionary words, then they are kept whole', () => {
    for (const word of ['新冠肺炎', '联防联控', '世卫组织', '方舱医院']) expect(words(`推进${word}工作`)).toContain(word);
  });

  it('given punctuation and question words, then they are dropped', () => {
    const tokens = words('谁和古特雷斯通了电话？');
    expect(tokens).not.toContain('谁');
    expect(tokens).not.toContain('了');
    expect(tokens).not.toContain('？');
    expect(tokens.some((t) => t.includes('电话'))).toBe(true);
  });

  it('given colloquial question words (怎么回事, 怎么办, 啥, 咋), then they are dropped like 什么 and 怎么', () => {
    // An FAQ's question line writing 是怎么回事 outranked the answer to 噪音变大是怎么回事 on those words alone.
    for (const question of ['这是怎么回事', '坏了怎么办', '为啥', '这是啥', '咋回事']) {
      const { words: found, bigrams } = tokenizer.tokenize(question);
      expect(found.filter((w) => /回事|怎么办|啥|咋/u.test(w))).toEqual([]);
      expect(bigrams.filter((b) => /回事|么办|啥|咋/u.test(b))).toEqual([]);
    }
  });

  it('given Traditional Chinese, then it yields the Simplified tokens', () => {
    expect(words('義大利')).toEqual(expect.arrayContaining(words('意大利')));
    expect(words('世界衛生組織')).toEqual(expect.arrayContaining(words('世界卫生组织')));
    expect(words('視訊會議')).toEqual(expect.arrayContaining(words('视频会议')));
  });

  it('given Simplified text, then the Taiwan phrase conversion does not rewrite it (新增 stays 新增)', () => {
    expect(words('新增确诊病例')).toContain('新增');
    expect(words('新增确诊病例')).not.toContain('添加');
  });

  it('given a sentence, then bigrams cover its meaningful runs only', () => {
    const { bigrams } = tokenizer.tokenize('习近平同沙特国王萨勒曼通电话。');
    expect(bigrams).toContain('沙特');
    expect(bigrams).toContain('电话');
    expect(bigrams.every((b) => [...b].length === 2)).toBe(true);
  });
});
