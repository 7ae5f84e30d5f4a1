import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { engineOver } from '../support/temp-corpus.js';

// A real e-mail export, its messages named by their place in the thread (第4封) as a forum's posts
// are by floor (post-question.ts), whose replies quote the mail they answer on `>` lines (email-lines.ts): a
// quote copies another's words, so it is no answer and is listed after the rest (quotes-last.ts),
// as a chat's quote is. Own corpus and process (one jieba dictionary per process).

const NAME = '云栖茶业-汉堡客户样品邮件往来';

let engine: Engine;
beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const file of [`${NAME}.txt`, `${NAME}.meta.json`])
    files[file] = readFileSync(join(PROJECT_ROOT, 'eval', 'genre6-corpus', file), 'utf8');
  engine = await engineOver('email-thread', files);
}, 60_000);

const texts = (query: string) => engine.answer({ command: 'ask', query, pageSize: 150 }).items.map((i) => i.text);

describe('an e-mail’s quoted lines', () => {
  it('come after every sentence of the messages’ own words', () => {
    const found = texts('When is the EU organic certificate expected?');
    const quote = found.indexOf('請問貴司的有機認證是否已通過歐盟互認？');
    expect(quote).toBeGreaterThan(-1);
    const original = found.indexOf('另外，德國客戶希望包裝上印有歐盟有機標誌，請問貴司的有機認證是否已通過歐盟互認？');
    expect(original).toBeGreaterThan(-1);
    expect(original).toBeLessThan(quote);
    expect(quote).toBe(found.length - 1);
  });
});

describe('a message named by its place in the thread', () => {
  it('lists that message, in order', () => {
    const answer = engine.answer({ command: 'ask', query: '第4封邮件说了什么', pageSize: 150 });
    expect(answer.items[0]?.text).toBe('主题: Re: 2026年春茶样品寄送及报价 / Spring tea samples & quotation');
    expect(answer.items.map((i) => i.text)).toContain(
      '样品今天下午已经交给DHL，运单号是 DHL 1234 5678 90，总重2.6公斤，包括三种散茶各250克和两罐100克装的安吉白茶。',
    );
    expect(answer.items.map((i) => i.text)).not.toContain('The samples arrived this morning, two days earlier than expected.');
  });

  it('lists the newest e-mail whole by its date, not the export’s preamble (最新一封), and the oldest (最早的一封)', () => {
    const newest = engine.answer({ command: 'ask', query: '最新一封邮件说了什么', pageSize: 150 });
    expect(newest.message).toMatch(/^林晓岚的 1 封邮件共 13 句，/u);
    expect(newest.items[0]?.citation).toContain('2026-03-12 08:55 林晓岚');
    expect(newest.items.every((i) => i.citation.includes('2026-03-12 08:55'))).toBe(true);
    expect(newest.items.map((i) => i.text)).not.toContain('共 7 封邮件，按时间先后排列');
    const oldest = engine.answer({ command: 'ask', query: '最早的一封邮件说了什么', pageSize: 150 });
    expect(oldest.items[0]?.text).toBe('主题: 2026年春茶样品寄送及报价 / Spring tea samples & quotation');
    expect(oldest.items.every((i) => i.citation.includes('2026-03-02 09:14'))).toBe(true);
  });

  it('given a sender named by a Latin word of the name or in Traditional characters (Markus, 陳怡君), then that sender’s messages, found as the question is read', () => {
    const markus = engine.answer({ command: 'ask', query: 'Markus最后一封邮件说了什么', pageSize: 150 });
    expect(markus.message).toMatch(/^Markus Weber的 1 封邮件共 \d+ 句，/u);
    expect(markus.message).not.toContain('群昵称');
    expect(markus.items.every((i) => i.citation.includes('2026-03-09 10:21 Markus Weber'))).toBe(true);
    const chen = engine.answer({ command: 'ask', query: '陳怡君最早一封邮件说了什么', pageSize: 150 });
    expect(chen.message).toMatch(/^陳怡君的 1 封邮件/u);
  });

  it('given a sender so named and something asked of them (Markus要订多少公斤), then ranked as before, not their messages first: the answer may stand in a reply', () => {
    expect(texts('Markus要订多少公斤')[0]).toBe('800公斤的量可以给到95折。');
  });

  it('given both ends asked (最新一封和最早一封), then both e-mails, not only the last named, in the order asked', () => {
    const sent = (query: string) => {
      const both = engine.answer({ command: 'ask', query, pageSize: 150 });
      expect(both.message).toMatch(/^林晓岚的 2 封邮件共 \d+ 句，以下按所问顺序列出/u);
      return [...new Set(both.items.map((i) => i.citation.match(/2026-03-\d{2} \d{2}:\d{2}/u)?.[0]))];
    };
    expect(sent('最新一封和最早一封邮件说了什么')).toEqual(['2026-03-12 08:55', '2026-03-02 09:14']);
    expect(sent('最早一封邮件和最新一封邮件说了什么')).toEqual(['2026-03-02 09:14', '2026-03-12 08:55']);
  });

  it('says which there are when none is, in the thread’s own unit', () => {
    expect(engine.answer({ command: 'ask', query: '第9封邮件说了什么', pageSize: 150 }).message).toBe(
      '没有符合“第9封”的邮件。\n《样品邮件往来》的邮件：第1封至第7封（3月2日、3月3日、3月4日、3月5日、3月9日、3月12日）',
    );
  });

  it('counts a sender’s messages as e-mails, and their quotes as left out of e-mails', () => {
    const message = engine.answer({ command: 'ask', query: '林晓岚说了什么', pageSize: 150 }).message ?? '';
    expect(message).toMatch(/^林晓岚的 3 封邮件共 \d+ 句，/u);
    expect(message).toContain('邮件中引用他人的 3 句未列出。');
  });
});
