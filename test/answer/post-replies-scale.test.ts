import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { CHAT, CHAT_META } from '../support/chat-log.js';
import { engineOver } from '../support/temp-corpus.js';

// A group chat of a season's messages (thousands, each a post of its own): a question naming a
// member, or answered by a quoting reply, is answered at once. Each post looked for its sentences
// over the whole chat, and each ranked question for its post over every post: 5,000 messages
// took seconds for the first question, 10,000 forty. Own corpus and process (one jieba dictionary per process).
// Not a speed goal (the bench measures speed): a bound far below the quadratic 40 s, far above the
// 0.4 s it takes, so a loaded CI machine cannot fail it.
const QUADRATIC = 10_000;

const MEMBERS = ['🏸队长-大刘', '3号楼-老周🚗', '小米粥🍚', '阿杰', '林老师'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The club's chat, then a season of messages after it: asking when, answering, and quoting. */
function season(messages: number): string {
  const lines = [CHAT];
  for (let i = 0; i < messages; i++) {
    const stamp = `2025-07-${pad(1 + (Math.floor(i / 200) % 28))} ${pad(8 + (Math.floor(i / 60) % 12))}:${pad(i % 60)}`;
    const who = MEMBERS[i % MEMBERS.length]!;
    if (i % 10 === 9)
      lines.push(`${stamp} ${who}：「${MEMBERS[(i + 1) % MEMBERS.length]}：第${i}场几点开始？」`, '- - - - -', `第${i}场七点开始。`);
    else lines.push(`${stamp} ${who}：第${i}场${i % 2 ? '在二号场' : '要带球拍吗？'}`);
  }
  return lines.join('\n');
}

let engine: Engine;
beforeAll(async () => {
  engine = await engineOver('post-replies-scale', {
    'club-chat.txt': season(10_000),
    'club-chat.meta.json': JSON.stringify(CHAT_META),
  });
}, 120_000);

const timed = (query: string) => {
  const started = performance.now();
  const answer = engine.answer({ command: 'ask', query });
  return { answer, ms: performance.now() - started };
};

describe('a chat of thousands of messages', () => {
  it('given a member named, then their messages at once', () => {
    const { answer, ms } = timed('老周说了什么');
    expect(answer.message).toMatch(/^3号楼-老周🚗的 200\d 条消息/u);
    expect(ms).toBeLessThan(QUADRATIC);
  });

  it('given a question a reply quotes, then its answer first, at once', () => {
    const { answer, ms } = timed('球拍可以借吗');
    expect(answer.items[0]?.text).toBe('我多带一支旧拍，你先用着');
    expect(ms).toBeLessThan(QUADRATIC);
    expect(timed('第9989场几点开始').answer.items[0]?.text).toBe('第9989场七点开始。');
  });
});
