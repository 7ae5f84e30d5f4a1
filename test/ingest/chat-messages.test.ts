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
