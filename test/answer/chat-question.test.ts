import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { CHAT, CHAT_META } from '../support/chat-log.js';

// Questions about a group chat's messages: by day, by speaker (a word of the nickname), and a
// question answered by the message quoting it. Own corpus and process (one jieba dictionary per process).

const engine = answerOverFiles('chat-question', {
  'club-chat.txt': CHAT,
  'club-chat.meta.json': JSON.stringify(CHAT_META),
  'shop.txt': '球馆须知\n\n本馆周一至周日开放。\n\n球拍租金每支十元。\n',
});

const ask = (query: string) => engine.answer({ command: 'ask', query });
const texts = (query: string) => ask(query).items.map((i) => i.text);

describe('a chat’s days', () => {
  it('given a day, then its messages, each an entry with its day and cited by stamp and speaker', () => {
    const answer = engine.answer({ command: 'date', query: '6月1日' });
    expect(answer.items.map((i) => i.text)).toEqual([
      '周三晚上的场地订好了',
      '几点开始？我下班有点晚',
      '@3号楼-老周🚗 七点到九点，在体育馆二号场',
      '“小米粥”撤回了一条消息',
      '[图片]',
    ]);
    expect(answer.items.every((i) => i.date === '2025-06-01')).toBe(true);
    expect(answer.items[1]?.citation).toBe('球友群 · 2025-06-01 19:05 3号楼-老周🚗');
  });
});

describe('a speaker’s messages', () => {
  it('given a word of a nickname, then that member’s own messages in order, a quote left out', () => {
    const answer = ask('老周说了什么');
    expect(answer.items.map((i) => i.text)).toEqual(['几点开始？', '我下班有点晚', '我多带一支旧拍，你先用着']);
    expect(answer.message).toMatch(/^3号楼-老周🚗的 2 条消息共 3 句，/u);
    expect(answer.message).toMatch(/引用他人的 1 句未列出/u);
    expect(texts('队长说了什么')[0]).toBe('周三晚上的场地订好了');
    // A nickname that is the name and an emoji says nothing more of the member.
    expect(ask('小米粥说了什么').message).not.toMatch(/群昵称/u);
  });

  it('given a word of a nickname and more asked, then that member’s messages first', () => {
    const answer = ask('老周住几号楼');
    expect(answer.items[0]?.citation).toMatch(/3号楼-老周🚗/u);
    // No sentence writes where he lives: his nickname does, and is said.
    expect(answer.message).toMatch(/“老周”的群昵称是“3号楼-老周🚗”/u);
  });
});

describe('a quoted reply', () => {
  it('given the question it quotes, then the reply’s own words answer, cited as the replier’s message', () => {
    const answer = ask('球拍可以借吗');
    expect(answer.items[0]?.text).toBe('我多带一支旧拍，你先用着');
    expect(answer.items[0]?.citation).toMatch(/^球友群 · 2025-06-02 08:50 3号楼-老周🚗 · 第2句$/u);
    // The quote copies the question's words, both its sentences: no answer, and after the sentences it copies.
    const found = texts('忘带拍子了，球拍可以借吗');
    expect(found.slice(0, 2)).toEqual(['我多带一支旧拍，你先用着', '球拍可以借吗？']);
    expect(found.indexOf('「小米粥🍚：球拍可以借吗？我忘带拍子了」')).toBeGreaterThan(found.indexOf('我忘带拍子了'));
  });
});

describe('a day typed as a search', () => {
  const search = (query: string) => engine.answer({ command: 'search', query, pageSize: 50 }).items.map((i) => i.text);

  it('given a day in digits or in words, then the same: the messages stamped that day', () => {
    const found = search('2025-06-02');
    expect(found).toContain('球拍可以借吗？');
    expect(found).toContain('我多带一支旧拍，你先用着');
    expect(found.some((text) => text.includes('周三晚上'))).toBe(false);
    expect(search('2025年6月2日')).toEqual(found);
  });

  it('given a day no message is stamped on, in digits, then the sentences writing it, not its numbers apart', () => {
    expect(search('2025-06-04')).toEqual(['时间：6月4日19:00至21:00']);
  });
});

describe('a text pasted whole into a message', () => {
  it('given it asked for whole, then its message’s lines in order, from its header to its date', () => {
    const lines = CHAT.split('\n');
    const from = lines.findIndex((line) => line.endsWith('【活动通知】'));
    const to = lines.findIndex((line, i) => i > from && /^\d{4}-/u.test(line));
    expect(texts('把队长发的活动通知完整发一下').slice(0, to - from)).toEqual(['【活动通知】', ...lines.slice(from + 1, to)]);
  });

  it('given a fact in it asked, then the line writing it first', () => {
    expect(texts('活动费用每人多少钱')[0]).toBe('费用：每人二十元，现场交给队长。');
  });
});

describe('a chat message the question names by number', () => {
  it('is said to be none as asked (a chat has no floors), with the days it has and no empty floors', () => {
    // "没有符合“第9条”的消息" denied a ninth message the chat may have (no-such-post.ts).
    const answer = ask('9楼说了什么');
    expect(answer.items).toEqual([]);
    expect(answer.message).toMatch(/^没有符合“9楼”的帖子。\n《[^》]+》的消息：\d+月\d+日/u);
  });
});
