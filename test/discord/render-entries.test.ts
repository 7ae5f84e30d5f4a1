import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { packedPage } from '../../src/answer/pack-pages.js';
import type { Answer, AnswerItem } from '../../src/core/types.js';
import { entriesFit, renderEntries, splitAtSentences } from '../../src/discord/render-entries.js';
import { brokenLimits } from '../support/discord-limits.js';

// /date pages at the extremes the real corpus does not reach (its longest entry is 270
// characters): entries longer than a field, days longer than a message.

const SENTENCE = '中方向意大利派出医疗专家组并援助医疗物资，双方同意加强疫情防控合作。'; // 34 characters

function entry(n: number, day: string, sentences: number): AnswerItem {
  return {
    id: `chronicle:p${n}`,
    doc: 'chronicle',
    title: '纪实',
    citation: `纪实 · ${day} · 第${n}条`,
    date: '2020-03-18',
    section: null,
    text: SENTENCE.repeat(sentences),
    score: 1,
    highlights: [],
    group: day,
    places: ['a'],
  };
}

function dateAnswer(items: AnswerItem[]): Answer {
  return { command: 'date', query: '3月', total: items.length, page: 1, pageSize: items.length, items, message: null, suggestions: [] };
}

const fieldsOf = (embeds: APIEmbed[] = []) => embeds.flatMap((e) => e.fields ?? []);

describe('/date rendering of whole entries', () => {
  it('given an entry longer than a field, then it continues in further fields, cut after a sentence, nothing lost', () => {
    const long = entry(1, '3月18日', 60); // ~2,000 characters
    const { reply } = renderEntries(dateAnswer([long]));
    const fields = fieldsOf(reply.embeds);
    expect(fields.length).toBeGreaterThan(1);
    expect(fields[1]?.name).toBe('1.（续）');
    for (const f of fields.slice(0, -1)) expect(f.value.endsWith('。')).toBe(true);
    expect(fields.map((f) => f.value.split('\n— ')[0]).join('')).toBe(long.text);
    expect(brokenLimits(reply)).toEqual([]);
  });

  it('given a sentence longer than a field, then it is cut by characters and still whole across fields', () => {
    const text = '甲'.repeat(2500);
    expect(splitAtSentences(text, 1000).join('')).toBe(text);
    expect(splitAtSentences(text, 1000).every((p) => p.length <= 1000)).toBe(true);
  });

  it('given a sentence longer than a field, then no flag or accented letter is cut between fields', () => {
    const flags = splitAtSentences('🇨🇳'.repeat(300), 999);
    expect(flags.length).toBeGreaterThan(1);
    // Each piece is whole flags: a piece starting half-way would pair the halves as other flags.
    for (const piece of flags) expect(piece).toMatch(/^(🇨🇳)+$/u);
    const accents = splitAtSentences('e\u0301'.repeat(700), 999);
    for (const piece of accents) expect(piece.startsWith('\u0301')).toBe(false);
  });

  it('given a long sentence cut where a list marker follows, then the marker is escaped at the start of its field', () => {
    const pieces = splitAtSentences(`${'x'.repeat(998)}- 列表项目`, 1000);
    expect(pieces[1]).toBe('\\- 列表项目');
  });

  it('given days too long for one message, then pages hold whole days and only an oversize day is split', () => {
    const items = [
      ...[1, 2, 3].map((n) => entry(n, '3月8日', 8)),
      ...[4, 5, 6, 7, 8, 9, 10, 11].map((n) => entry(n, '3月9日', 8)), // ~2,200 characters: fits alone
      ...Array.from({ length: 30 }, (_, k) => entry(20 + k, '3月10日', 6)), // ~6,100: must be split
    ];
    const whole = dateAnswer(items);
    const fits = entriesFit(whole);
    const pages = Array.from({ length: 6 }, (_, i) => packedPage(whole, i + 1, fits));
    const count = pages[0]?.pages ?? 0;
    expect(count).toBeGreaterThan(2);
    const days = pages.slice(0, count).map((p) => [...new Set(p.items.map((i) => i.group))]);
    expect(days[0]).toEqual(['3月8日', '3月9日']); // two whole days share the first page
    expect(days.slice(1).every((d) => d.length === 1 && d[0] === '3月10日')).toBe(true);
    expect(pages.slice(0, count).reduce((n, p) => n + p.items.length, 0)).toBe(items.length);
    for (const page of pages.slice(0, count)) expect(brokenLimits(renderEntries(page).reply)).toEqual([]);
  });
});

describe('long entry text (found by fuzzing)', () => {
  it('given 100,000 characters without a sentence end, or 100,000 closing quotes, then pieces within the limit, whole', () => {
    for (const text of ['中'.repeat(100_000), '”'.repeat(100_000)]) {
      const pieces = splitAtSentences(text, 1000);
      expect(pieces.every((p) => p.length <= 1000)).toBe(true);
      expect(pieces.join('')).toBe(text);
    }
  });
});
