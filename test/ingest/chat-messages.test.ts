import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/core/types.js';
import { chatMessage } from '../../src/ingest/chat-messages.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { CHAT, CHAT_META } from '../support/chat-log.js';

// A group chat exported as text: each message on a line opening with its day, time and speaker.
// Each message is a part of its own, cited by its stamp and speaker, an entry of its day; its
// lines are never run into the next message's.

const meta: DocumentMeta = { ...CHAT_META, kind: 'plain', file: 'club-chat.txt' };
const doc = ingestDocument(meta, CHAT);
const inPart = (text: string) => doc.passages.find((p) => p.text === text)?.section;

describe('chatMessage', () => {
  it('given a stamped line, then its day, time and speaker, and the words after them', () => {
    expect(chatMessage('2025-06-01 19:05 3号楼-老周🚗：几点开始？我下班有点晚', 2025)).toMatchObject({
      header: { author: '3号楼-老周🚗', date: '2025-06-01', time: '19:05' },
      label: '2025-06-01 19:05 3号楼-老周🚗',
      text: '几点开始？我下班有点晚',
    });
  });

  it('given a line the chat writes itself, then a message of no one', () => {
    expect(chatMessage('2025-06-01 19:10 “小米粥”撤回了一条消息', 2025)).toMatchObject({
      header: { author: '' },
      text: '“小米粥”撤回了一条消息',
    });
  });

  it('given a stamp and a name alone over a line of text, in either order, then the message written there', () => {
    for (const line of ['2025-06-01 19:02 大刘', '大刘 2025-06-01 19:02'])
      expect(chatMessage(line, 2025, '周三晚上的场地订好了')).toMatchObject({ header: { author: '大刘', date: '2025-06-01' }, text: '' });
    // Over the next stamped line, a stamp and words without a colon are a line the chat writes itself.
    expect(chatMessage('2025-06-01 19:02 大刘', 2025, '2025-06-01 19:05 老周：好')).toMatchObject({ header: { author: '' }, text: '大刘' });
    expect(chatMessage('大刘 2025-06-01 19:02', 2025, '')).toBeNull();
  });

  it('given a stamped line over a line holding a long run of spaces, then read at once, the spaces tried once', () => {
    const spaced = `见${' '.repeat(60_000)}面`;
    const started = performance.now();
    expect(chatMessage('2025-06-01 19:02 大刘', 2025, spaced)).toMatchObject({ header: { author: '大刘' }, text: '' });
    // Tried from every space, 60,000 spaces took seconds.
    expect(performance.now() - started).toBeLessThan(500);
    expect(chatMessage('大刘   2025-06-01 19:02', 2025, '好')).toMatchObject({ header: { author: '大刘' } });
  });

  it('given a sentence writing a time, then no message', () => {
    expect(chatMessage('活动定于2025-06-04 19:00开始：请准时到', 2025)).toBeNull();
  });
});

describe('a chat export', () => {
  it('given messages not ending a sentence, then each is its own passage, under its stamp and speaker', () => {
    expect(doc.passages.map((p) => p.text)).toContain('周三晚上的场地订好了');
    expect(inPart('周三晚上的场地订好了')).toEqual(['2025-06-01 19:02 🏸队长-大刘']);
    expect(inPart('几点开始？')).toEqual(['2025-06-01 19:05 3号楼-老周🚗']);
    expect(doc.passages.some((p) => p.text.includes('订好了几点'))).toBe(false);
  });

  it('given a notice pasted over several lines, then each line a passage, in its message', () => {
    const notice = doc.passages.filter((p) => p.section?.[0] === '2025-06-02 08:30 🏸队长-大刘').map((p) => p.text);
    // Its lines as the chat writes them, from the message's first to the next stamped line.
    const lines = CHAT.split('\n');
    const from = lines.findIndex((line) => line.endsWith('【活动通知】'));
    const to = lines.findIndex((line, i) => i > from && /^\d{4}-/u.test(line));
    expect(notice).toEqual(['【活动通知】', ...lines.slice(from + 1, to)]);
  });

  it('given a quoted reply, then the quote and the reply in the replier’s message, the rule under the quote no passage', () => {
    expect(inPart('我多带一支旧拍，你先用着')).toEqual(['2025-06-02 08:50 3号楼-老周🚗']);
    expect(doc.passages.some((p) => /^-/u.test(p.text))).toBe(false);
  });

  it('given messages of several days, then each an entry of its day, and no opening poster', () => {
    expect(doc.entries.map((e) => e.dates[0])).toEqual([
      '2025-06-01',
      '2025-06-01',
      '2025-06-01',
      '2025-06-01',
      '2025-06-01',
      '2025-06-02',
      '2025-06-02',
      '2025-06-02',
      '2025-06-03',
    ]);
    expect(doc.posts?.map((p) => p.author)).toContain('小米粥🍚');
    expect(doc.posts?.some((p) => p.op)).toBe(false);
  });
});

describe('a chat export writing each speaker over the message', () => {
  const STACKED = `大刘 2025-06-01 19:02:10
周三晚上的场地订好了

老周 2025-06-01 19:05:44
几点开始

大刘 2025-06-01 19:06:02
七点到九点`;
  const stacked = ingestDocument({ ...meta, id: 'stacked' }, STACKED);

  it('given a name and a stamp over each message, then each message a passage under them, an entry of its day', () => {
    expect(stacked.passages.map((p) => [p.text, p.section])).toEqual([
      ['周三晚上的场地订好了', ['大刘 2025-06-01 19:02:10']],
      ['几点开始', ['老周 2025-06-01 19:05:44']],
      ['七点到九点', ['大刘 2025-06-01 19:06:02']],
    ]);
    expect(stacked.posts?.map((p) => p.author)).toEqual(['大刘', '老周', '大刘']);
  });
});

describe('a chat export with lines after its messages or a notice writing a day and time', () => {
  // The club's chat, a notice pasted with a line opening with a day and a time, then the group's
  // rules appended under a heading, and a note after a blank line.
  const lines = CHAT.split('\n');
  const at = lines.indexOf('地点：体育馆二号场');
  const NOTICE = '2025年6月4日 19:00 至 21:00 场地包场';
  const WITH_RULES = [
    ...lines.slice(0, at),
    NOTICE,
    ...lines.slice(at),
    '',
    '## 附录：群规',
    '1. 禁止发广告。',
    '2. 活动费用当场结清。',
    '',
    '本记录仅供群成员内部查阅。',
  ].join('\n');
  const extended = ingestDocument({ ...meta, id: 'club-chat-rules', file: 'club-chat.md' }, WITH_RULES);
  const sectionOf = (text: string) => extended.passages.find((p) => p.text === text)?.section ?? null;

  it('given a heading after the last message, then its lines are the heading’s, not the last speaker’s', () => {
    expect(sectionOf('1. 禁止发广告。')).toEqual(['附录：群规']);
    expect(extended.posts?.map((p) => p.author).at(-1)).toBe('小米粥🍚');
    expect(extended.entries.at(-1)?.passageIds.length).toBe(1);
  });

  it('given a block after a blank line after the last message, then it stands under no message', () => {
    const plainChat = ingestDocument({ ...meta, id: 'club-chat-note' }, `${CHAT}\n\n本记录仅供群成员内部查阅。`);
    expect(plainChat.passages.find((p) => p.text === '本记录仅供群成员内部查阅。')?.section ?? null).toBeNull();
    expect(plainChat.entries.at(-1)?.passageIds.length).toBe(1);
  });

  it('given a notice’s line opening with a day and a time, then a line of the message pasting it, no message', () => {
    expect(sectionOf(NOTICE)).toEqual(['2025-06-02 08:30 🏸队长-大刘']);
    expect(sectionOf('地点：体育馆二号场')).toEqual(['2025-06-02 08:30 🏸队长-大刘']);
    expect(chatMessage(NOTICE, 2025)).toMatchObject({ header: { author: '' } });
  });
});
