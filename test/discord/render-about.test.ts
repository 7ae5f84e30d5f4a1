import { describe, expect, it } from 'vitest';
import type { CorpusStats } from '../../src/core/types.js';
import { renderAbout } from '../../src/discord/render-about.js';

const stats = (documents: CorpusStats['documents']): CorpusStats => ({
  documents,
  passages: documents.reduce((n, d) => n + d.passages, 0),
  entries: documents.reduce((n, d) => n + d.entries, 0),
  indexBuiltAt: '2026-12-01T08:00:00.000Z',
  indexFromCache: true,
  version: '0.1.0',
  skipped: [],
});

describe('renderAbout', () => {
  it('given a copy that lost its digits, then its field says so, and no other field does', () => {
    const embed = renderAbout(
      stats([
        { id: 'a', title: '纪实', kind: 'chronicle', passages: 10, entries: 3, digitsStripped: false },
        { id: 'b', title: '白皮书', kind: 'whitepaper', passages: 20, entries: 0, digitsStripped: true },
      ]),
    ).reply.embeds![0]!;
    const [chronicle, paper] = embed.fields!;
    expect(paper!.value).toMatch(/丢失了所有数字/);
    expect(chronicle!.value).not.toMatch(/数字/);
    expect(embed.fields!.find((f) => f.name === '索引')!.value).toMatch(/<t:\d+:f>/);
  });

  it('given a client in English, then the embed in English, the digits note too', () => {
    const embed = renderAbout(
      stats([{ id: 'b', title: '白皮书', kind: 'whitepaper', passages: 20, entries: 0, digitsStripped: true }]),
      new Date(),
      'en',
    ).reply.embeds![0]!;
    expect(embed.title).toBe('About this bot');
    expect(embed.fields![0]!.value).toBe(
      'White paper · 20 sentences\n(this copy lost all its digits: figures and dates cannot be found in it)',
    );
  });

  it('given documents sharing a title, then each field names its file; a title of its own stays bare', () => {
    const doc = (id: string, title: string, file: string) => ({
      id,
      title,
      file,
      kind: 'plain' as const,
      passages: 1,
      entries: 0,
      digitsStripped: false,
    });
    const embed = renderAbout(stats([doc('a', '协议', 'a.txt'), doc('b', '协议', 'b.md'), doc('c', '港口', 'c.txt')])).reply.embeds![0]!;
    expect(embed.fields!.slice(0, 3).map((f) => f.name)).toEqual(['协议（a.txt）', '协议（b.md）', '港口']);
  });
});
