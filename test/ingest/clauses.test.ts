import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// A rule book's numbered clauses (第N条) under its chapters: each clause's sentences stand under it.

const RULES = [
  '青禾书社借阅规则',
  '',
  '第一章 借阅',
  '',
  '第一条 读者凭借书证借书。每次最多借五本。',
  '第二条 借期为三十天。到期可续借一次，续借期为十五天。',
  '第三条 逾期每册每天收取滞纳金一角。',
  '',
  '第二章 赔偿',
  '',
  '第十三条 遗失图书的，按原价赔偿。绝版图书按原价三倍赔偿。',
  '第二十三条 污损图书的，视程度赔偿。',
  '',
  '附：书社电话 8123',
].join('\n');

const engine = answerOverFiles('clauses', {
  'rules.txt': RULES,
  'rules.meta.json': JSON.stringify({ id: 'rules', title: '青禾书社借阅规则', kind: 'plain' }),
});

const ask = (query: string) => engine.answer({ command: 'ask', query, pageSize: 10 }).items;

describe('numbered clauses', () => {
  it("given a clause's second sentence, then its citation names the clause", () => {
    const renewal = ask('续借期多久').find((item) => item.text === '到期可续借一次，续借期为十五天。');
    expect(renewal?.citation).toContain('第一章 借阅 › 第二条');
  });

  it('given a question about a clause as a whole, then that clause is listed, and no clause whose number holds its digits', () => {
    for (const query of ['第十三条讲了什么', '第十三条的全文']) {
      expect(ask(query).map((item) => item.text)).toEqual(['第十三条 遗失图书的，按原价赔偿。', '绝版图书按原价三倍赔偿。']);
    }
  });

  it("given lines after the clauses' paragraph, then they stand under the chapter, not the last clause", () => {
    const phone = engine.answer({ command: 'search', query: '书社电话' }).items[0];
    expect(phone?.citation).toContain('第二章 赔偿 · ');
    expect(phone?.citation).not.toContain('第二十三条');
  });
});
