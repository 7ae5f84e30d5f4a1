import { describe, expect, it } from 'vitest';
import { answerOver } from '../support/answer-over.js';

// A phone number asked of a person (genre v6's e-mail thread): her signature's `Tel: … Mobile: …`
// line writes no word of the question, and her subject line and greeting ranked above it.

const engine = answerOver('eval/genre6-corpus');
const lease = answerOver('eval/genre4-corpus');

const first = (query: string) => engine.answer({ command: 'ask', query, pageSize: 3 }).items[0]?.text;

describe('a question asking a phone number', () => {
  it.each(['林晓岚的手机号是多少', '林晓岚电话'])('given %s, then her signature’s phone line first', (question) => {
    expect(first(question)).toBe('Tel: +86 571-8765 4321   Mobile: +86 139 5710 2266');
  });

  it('given a call made (通了电话), then no phone line is moved first', () => {
    expect(first('林晓岚和谁通了电话')).not.toMatch(/^Tel/u);
  });

  it('given another number asked (身份证号码), then no phone line is moved first: the lease’s bank account, in groups, is none of it', () => {
    const items = lease.answer({ command: 'ask', query: '周慧琳的身份证号码是多少', pageSize: 3 }).items;
    expect(items[0]?.text).not.toMatch(/账号 6230/u);
    expect(items[0]?.text).toContain('身份证号：3201');
  });

  it('given the phone of someone the lease gives none of (周慧琳的电话), then her bank account, 16 digits in groups, is not moved first', () => {
    const items = lease.answer({ command: 'ask', query: '周慧琳的电话是多少', pageSize: 3 }).items;
    expect(items[0]?.text).not.toMatch(/账号 6230/u);
    expect(lease.answer({ command: 'ask', query: '王磊的电话', pageSize: 3 }).items[0]?.text).toContain('联系电话：139-1520-6637');
  });
});
