import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// An e-mail or web address typed in /search or /ask is searched as the documents write it, never
// read as English words (hr is no hour). Own corpus and process.

const MAIL = '对条款有疑问的，可发邮件至 hr@acme-media.cn 咨询。';
const HELP = 'IT服务台：it-help@acme-media.cn';
const HOURS = '员工每日须在岗满8小时（不含午休一小时）。';
const SITE = '报名请访问 www.acme-media.cn/join 填表。';

const engine = answerOverFiles('addresses', { 'handbook.txt': ['员工手册', MAIL, HELP, HOURS, SITE].join('\n\n') });

const texts = (command: 'search' | 'ask', query: string) => engine.answer({ command, query }).items.map((i) => i.text);

describe('an address', () => {
  it('given /search of an e-mail address, then only the sentence writing it', () => {
    expect(texts('search', 'hr@acme-media.cn')).toEqual([MAIL]);
  });

  it('given /search of a web address, then the sentence writing it', () => {
    expect(texts('search', 'www.acme-media.cn/join')).toEqual([SITE]);
  });

  it('given /ask about an e-mail address, then its hr is not read as hour', () => {
    const found = texts('ask', 'hr@acme-media.cn是哪个部门的邮箱');
    expect(found[0]).toBe(MAIL);
    expect(found).not.toContain(HOURS);
  });

  it('given /search of an address no sentence writes, then nothing, not the sentences writing other addresses of its domain', () => {
    const answer = engine.answer({ command: 'search', query: 'boss@acme-media.cn' });
    expect(answer.items).toEqual([]);
    expect(answer.message).toMatch(/没有找到/u);
    expect(texts('search', 'www.other-media.cn')).toEqual([]);
  });
});
