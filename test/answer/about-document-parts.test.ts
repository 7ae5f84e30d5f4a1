import { describe, expect, it } from 'vitest';
import { answerOver } from '../support/answer-over.js';

// /about of a document of many parts: a group chat's messages are parts, one a message, and
// /about named every one of them (genre v5's chat: 47; a season's chat: thousands, a message of
// 280,000 characters). The first twenty are named, and the count says how many there are.

const engine = answerOver('eval/genre5-corpus');

describe('/about of a chat export', () => {
  it('given its name, then its parts counted, the first twenty named and the rest said to follow', () => {
    const line =
      engine
        .answer({ command: 'about', query: '业主群' })
        .message?.split('\n')
        .find((l) => l.startsWith('共')) ?? '';
    expect(line).toMatch(/^共70句，分47部分：2026-03-14 20:31 王阿姨🌸（1句）；/u);
    expect(line.split('；')).toHaveLength(20);
    expect(line).toMatch(/等$/u);
    const en = engine.answer({ command: 'about', query: '业主群', locale: 'en' }).message ?? '';
    expect(en).toMatch(/47 parts: .*; …$/mu);
  });
});
