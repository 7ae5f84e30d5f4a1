import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/core/types.js';
import { postHeader } from '../../src/ingest/forum-posts.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { THREAD } from '../support/forum-thread.js';

// A forum thread copied whole: each post under a header line writing its floor, its author and
// when it was posted. Each post is a part cited by floor and author, an entry of its day.

const meta: DocumentMeta = {
  id: 'chain',
  title: '通勤车链条总是掉',
  shortTitle: '掉链求助帖',
  kind: 'plain',
  file: 'chain.md',
  year: 2025,
};

describe('postHeader', () => {
  it.each([
    [
      '3楼 · 修车铺老马　2025-03-02 10:41',
      { floor: '3楼', number: 3, author: '修车铺老马', marked: false, date: '2025-03-02', time: '10:41' },
    ],
    ['楼主 · 风一样的阿杰　发表于 2025-03-01 08:12', { floor: '楼主', number: null, author: '风一样的阿杰', marked: false }],
    ['2楼 · 风一样的阿杰（楼主）　2025-03-01 12:05', { floor: '2楼', author: '风一样的阿杰', marked: true }],
    ['#12 | 小林 | 2025年3月4日 21:00', { floor: '#12', number: 12, author: '小林', date: '2025-03-04', time: '21:00' }],
    [
      '5楼 骑行的老K 2025-03-04 21:05 来自Android客户端 IP属地:广东',
      { floor: '5楼', author: '骑行的老K', date: '2025-03-04', time: '21:05' },
    ],
  ])('given the header %s, then its floor, author and day', (line, header) => {
    expect(postHeader(line, 2025)).toMatchObject(header);
  });

  it('given a sentence writing a floor and a day, or a dated heading, then no header', () => {
    expect(postHeader('按照1楼的办法，我在2025-03-02 10:41换了链条', 2025)).toBeNull();
    expect(postHeader('## 2024年5月3日 v1.3.0', 2025)).toBeNull();
    expect(postHeader('会议纪要 2025-03-02', 2025)).toBeNull();
  });
});

describe('a forum thread', () => {
  const doc = ingestDocument(meta, THREAD);
  const passage = (text: string) => doc.passages.find((p) => p.text === text);

  it('given post headers, then each post is a part named by its floor and author, the header no sentence', () => {
    expect(doc.sections.map((s) => s.path)).toEqual([
      ['楼主 风一样的阿杰'],
      ['1楼 修车铺老马'],
      ['2楼 风一样的阿杰'],
      ['3楼 修车铺老马'],
      ['4楼 风一样的阿杰'],
    ]);
    expect(doc.passages.some((p) => /修车铺老马　|08:12/u.test(p.text))).toBe(false);
    expect(passage('限位螺丝在哪里啊？')?.section).toEqual(['2楼 风一样的阿杰']);
    expect(passage('顺时针拧紧半圈试试。')?.places[0]?.sentence).toBe(2);
  });

  it("given each post's day, then it is an entry of that day, its sentences carry the day", () => {
    expect(doc.entries.map((e) => [e.dates, e.section])).toEqual([
      [['2025-03-01'], ['楼主 风一样的阿杰']],
      [['2025-03-01'], ['1楼 修车铺老马']],
      [['2025-03-01'], ['2楼 风一样的阿杰']],
      [['2025-03-02'], ['3楼 修车铺老马']],
      [['2025-03-02'], ['4楼 风一样的阿杰']],
    ]);
    expect(passage('顺时针拧紧半圈试试。')?.date).toBe('2025-03-02');
  });

  it('given the opening post and one marked 楼主, then both are the opening poster’s; the closing edit note is no post’s', () => {
    expect(doc.posts?.map((p) => [p.floor, p.author, p.op, p.time])).toEqual([
      ['楼主', '风一样的阿杰', true, '08:12'],
      ['1楼', '修车铺老马', false, '09:30'],
      ['2楼', '风一样的阿杰', true, '12:05'],
      ['3楼', '修车铺老马', false, '10:41'],
      ['4楼', '风一样的阿杰', true, '19:47'],
    ]);
    const note = doc.passages.find((p) => p.text.includes('本帖最后由'));
    expect([note?.section, note?.date]).toEqual([null, null]);
  });

  it('given a thread without a post headed 楼主, then the first floor’s author opened it', () => {
    const tieba = ingestDocument(
      meta,
      [
        '1楼 · 小林　2025-03-04 21:00',
        '',
        '有人周末一起骑环湖吗？',
        '',
        '2楼 · 阿杰　2025-03-04 21:10',
        '',
        '算我一个。',
        '',
        '3楼 · 小林　2025-03-04 21:12',
        '',
        '好，早上七点湖边见。',
      ].join('\n'),
    );
    expect(tieba.posts?.map((p) => p.op)).toEqual([true, false, true]);
  });

  it('given only two header-like lines, then no thread: they stay sentences', () => {
    const two = ingestDocument(
      meta,
      ['1楼 · 小林　2025-03-04 21:00', '', '有人周末一起骑环湖吗？', '', '2楼 · 阿杰　2025-03-04 21:10', '', '算我一个。'].join('\n'),
    );
    expect(two.posts).toBeUndefined();
    expect(two.sections).toEqual([]);
    expect(two.passages.map((p) => p.text)).toContain('2楼 · 阿杰　2025-03-04 21:10');
  });
});
