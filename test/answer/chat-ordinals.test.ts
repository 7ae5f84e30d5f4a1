import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { engineOver, evalDocumentFiles } from '../support/temp-corpus.js';

// A real chat export's messages carry no number: asked by their place (第3条消息), they are counted
// in order, as an e-mail export's are (第4封), among those of the speaker or day the question names
// (post-question.ts). Ranked, 第3条消息 found the recalled-message notices writing 消息. Own corpus and process.

let engine: Engine;
beforeAll(async () => {
  engine = await engineOver('chat-ordinals', evalDocumentFiles('genre5-corpus', '春晖苑三期-业主群聊天记录'));
}, 60_000);

const ask = (query: string) => engine.answer({ command: 'ask', query, pageSize: 150 });

describe('a chat message named by its place', () => {
  it('given 第3条消息, then the export’s third message whole', () => {
    for (const query of ['第3条消息说了什么', '第三条消息']) {
      const answer = ask(query);
      expect(answer.items.map((i) => i.text)).toEqual(['看到了，又停水😓 上个月不是刚停过一回']);
      expect(answer.items[0]?.citation).toContain('业主群聊天记录 · 2026-03-14 20:33 7栋-老陈🚲');
    }
  });

  it('counts among the speaker’s or the day’s messages when the question names them', () => {
    expect(ask('王阿姨的第2条消息说了什么').items[0]?.citation).toContain('2026-03-14 20:32 王阿姨🌸');
    expect(ask('3月15日第1条消息').items.map((i) => i.text)).toEqual(['早！', '义诊几点开始？']);
  });

  it('given several places in a run (第1条第2条第3条消息, 第1条、第3条消息), then each of those messages, in order', () => {
    expect(ask('第1条第2条第3条消息说了什么').items.map((i) => i.citation.match(/\d{2}:\d{2}/u)?.[0])).toEqual(['20:31', '20:32', '20:33']);
    expect(ask('第1条、第3条消息说了什么').items.map((i) => i.text)).toEqual([
      '各位邻居晚上好，物业刚在大群里发了通知，下周二要停水，大家看到了吗？',
      '看到了，又停水😓 上个月不是刚停过一回',
    ]);
  });

  it('says how many there are when none is at that place', () => {
    expect(ask('第999条消息说了什么').message).toMatch(/^没有符合“第999条”的消息。\n《业主群聊天记录》的消息（共 \d+ 条）：3月14日/u);
    // Any place a safe integer writes, not only five digits (a longer one was ranked: recall notices first).
    expect(ask('第123456789012345条消息说了什么').message).toMatch(/^没有符合“第123456789012345条”的消息。/u);
    // A place below the first is no message either (was ranked: recall notices first).
    expect(ask('第-1条消息说了什么').message).toMatch(/^没有符合“第-1条”的消息。/u);
  });

  it('reads a place written in Chinese numerals past a hundred (第一百零一条), as in digits', () => {
    expect(ask('第一百零一条消息说了什么').message).toMatch(/^没有符合“第101条”的消息。\n《业主群聊天记录》的消息（共 \d+ 条）/u);
    expect(ask('第二十三条消息').items).toEqual(ask('第23条消息').items);
  });

  it('given an e-mail or a floor by its place, of a chat alone, then says none is so named as asked (not 第4条消息)', () => {
    // The chat has a fourth message: saying "没有符合“第4条”的消息" would deny it.
    expect(ask('第4封邮件说了什么').message).toMatch(/^没有符合“第4封”的邮件。\n《业主群聊天记录》的消息：/u);
    expect(ask('20楼说了什么').message).toMatch(/^没有符合“20楼”的帖子。/u);
  });

  it('keeps the message’s /context working', () => {
    const id = ask('第3条消息说了什么').items[0]?.id ?? '';
    const context = engine.answer({ command: 'context', query: id });
    expect(context.items.some((i) => i.text === '看到了，又停水😓 上个月不是刚停过一回')).toBe(true);
  });
});
