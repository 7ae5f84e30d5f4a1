import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { engineOver } from '../support/temp-corpus.js';

// The genre-6 corpus (a press conference whose turns stand under `**何文涛：**` lines, an e-mail
// export, a paper converted from PDF, a diary): a turn's every sentence is its speaker's, a
// reporter's question is answered by the next turn, and a page header or an export's own lines
// come after the text. Own corpus and process (one jieba dictionary per process).

let engine: Engine;
beforeAll(async () => {
  const dir = join(PROJECT_ROOT, 'eval', 'genre6-corpus');
  const files: Record<string, string> = {};
  for (const name of [
    '临川市新闻发布会实录-中欧班列五周年.md',
    '临川市新闻发布会实录-中欧班列五周年.meta.json',
    '云栖茶业-汉堡客户样品邮件往来.txt',
    '云栖茶业-汉堡客户样品邮件往来.meta.json',
    '社区共享冰箱与家庭食物浪费-论文.md',
    '社区共享冰箱与家庭食物浪费-论文.meta.json',
  ])
    files[name] = readFileSync(join(dir, name), 'utf8');
  engine = await engineOver('named-turns', files);
}, 60_000);

const ask = (query: string, pageSize = 3) => engine.answer({ command: 'ask', query, pageSize }).items;

describe('a press conference’s turns', () => {
  it('given 何文涛说了什么, then his three turns, whole and in order', () => {
    const answer = engine.answer({ command: 'ask', query: '何文涛说了什么', pageSize: 50 });
    expect(answer.message).toContain('何文涛的 3 段发言共 12 句');
    const texts = answer.items.map((i) => i.text);
    expect(texts).toHaveLength(12);
    expect(texts[0]).toBe('何文涛： 是的。');
    expect(texts[3]).toBe('何文涛： 影响很明显。');
    expect(texts[11]).toMatch(/^展示交易中心一期/u);
    expect(answer.items[1]?.citation).toContain('何文涛');
  });

  it('given 苏晓梅回答了什么问题, then the question she answered, cited with its asker, before her turn', () => {
    const answer = engine.answer({ command: 'ask', query: '苏晓梅回答了什么问题', pageSize: 50 });
    expect(answer.message).toMatch(/^苏晓梅回答了 1 个提问，/u);
    const texts = answer.items.map((i) => i.text);
    expect(texts.slice(0, 3)).toEqual([
      '鳳凰衛視記者： 請問蘇副關長，跨境電商包裹搭乘班列出口，在通關上有沒有新的便利措施？',
      '另外，香港的電商企業能否使用臨川的班列？',
      '苏晓梅： 谢谢您的提问。',
    ]);
    expect(answer.items[1]?.citation).toContain('鳳凰衛視記者');
    expect(texts).toHaveLength(7);
  });

  it('given the same asked in an English reply’s locale, then the count said in English grammar (1 question, not 1 questions)', () => {
    const answer = engine.answer({ command: 'ask', query: '苏晓梅回答了什么问题', pageSize: 50, locale: 'en' });
    expect(answer.message).toBe('苏晓梅 answered 1 question: it and its answer, listed in order (7 sentences).');
  });

  it('given what a speaker answered, then their opening statement, answering no question, left out; a translated question with its translation', () => {
    const texts = engine.answer({ command: 'ask', query: '赵立群回答了哪些问题', pageSize: 50 }).items.map((i) => i.text);
    expect(texts[0]).toMatch(/^路透社记者（英文提问，现场翻译）： Are there any plans/u);
    expect(texts[1]).toMatch(/^（翻译：有没有计划/u);
    expect(texts.some((text) => text.startsWith('赵立群： 谢谢主持人。'))).toBe(false);
  });

  it('given a speaker named with more asked (何文涛怎么说波兰牛奶), then ranked, his sentence writing it first', () => {
    expect(ask('何文涛怎么说波兰牛奶')[0]?.text).toMatch(/^比如波兰的牛奶/u);
  });

  it('given 谁问了…, then the sentence asking it first, cited with its asker', () => {
    const [first] = ask('谁问了香港企业的问题');
    expect(first?.text).toBe('另外，香港的電商企業能否使用臨川的班列？');
    expect(first?.citation).toContain('鳳凰衛視記者');
  });

  it('given a sentence after its turn’s first, then its citation names the speaker', () => {
    const item = ask('香港企业能用班列吗', 10).find((i) => i.text.startsWith('至于香港企业'));
    expect(item?.citation).toContain('苏晓梅');
    const question = ask('香港企业能用班列吗', 10).find((i) => i.text.startsWith('另外，香港的電商企業'));
    expect(question?.citation).toContain('鳳凰衛視記者');
  });

  it('given a reporter’s question asked, then the next speaker’s turn answers it first', () => {
    const items = ask('陆港二期什么时候建成');
    expect(items[0]?.text).toMatch(/^何文涛： 陆港二期总投资/u);
    expect(items[1]?.text).toBe('临川广播电视台记者： 陆港二期什么时候建成？');
  });
});

describe('lines of layout', () => {
  it('given a question sharing a word with the paper’s page header, then the header comes after the text', () => {
    const texts = ask('城市治理研究的期刊第4期讲了什么', 150).map((i) => i.text);
    const header = texts.findIndex((t) => t.startsWith('城市治理研究'));
    expect(header).toBeGreaterThan(-1);
    expect(header).toBe(texts.length - 1);
  });

  it('given a question sharing a word with the export’s own lines, then they come after the messages', () => {
    const texts = ask('邮件按时间先后怎么排列', 150).map((i) => i.text);
    const own = texts.indexOf('共 7 封邮件，按时间先后排列');
    expect(own).toBeGreaterThan(0);
    expect(texts.slice(own).every((t) => /邮件会话导出|共 7 封邮件|导出人|会话主题/u.test(t))).toBe(true);
  });
});

describe('a header block’s fields', () => {
  it('given where a document it names was held, then its place field', () => {
    expect(ask('这次发布会在哪里开的')[0]?.text).toBe('地点： 临川市政府新闻发布厅（市民中心B座3楼）');
    expect(ask('發布會在哪裡舉行')[0]?.text).toBe('地点： 临川市政府新闻发布厅（市民中心B座3楼）');
  });

  it('given when, in words no date question reads (几点), then its time field', () => {
    expect(ask('发布会几点开始')[0]?.text).toBe('时间： 2026年5月14日（星期四）上午10:00');
  });

  it('given which of a label over a list (发布人有哪些), then the listed lines, in order', () => {
    expect(ask('发布人有哪些').map((i) => i.text)).toEqual([
      '临川市发展和改革委员会副主任 赵立群',
      '临川国际陆港集团有限公司总经理 何文涛',
      '临川海关副关长 苏晓梅',
    ]);
  });
});
