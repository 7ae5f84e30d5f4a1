import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/types.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { CHRONICLE, DEV_JSON, readMeta, readText } from './real-corpus.js';

const raw = readText(CHRONICLE);
const doc = ingestDocument(readMeta(CHRONICLE), raw);
const passageById = new Map(doc.passages.map((p) => [p.id, p]));

function entriesOn(date: string | null): Entry[] {
  return doc.entries.filter((e) => e.dates.includes(date));
}

/** The ◆ lines of the file as written, 1-based position = entry ordinal. */
const markedLines = raw
  .split('\n')
  .filter((l) => l.startsWith('◆'))
  .map((l) => l.slice(1).trim());

describe('chronicle structure (README: 19 date headings, 88 ◆ lines)', () => {
  it('given the file then every ◆ line has an ordinal, 1…88, each used exactly once', () => {
    expect(markedLines).toHaveLength(88);
    const ordinals = doc.entries.flatMap((e) => e.ordinals).sort((a, b) => a - b);
    expect(ordinals).toEqual(Array.from({ length: 88 }, (_, i) => i + 1));
  });

  it('given the file then the entries fall under 19 distinct dates plus the undated top entry', () => {
    const dates = new Set(doc.entries.flatMap((e) => e.dates));
    expect(dates.has(null)).toBe(true);
    expect(dates.size - 1).toBe(19);
  });

  it('given the entry before the first heading then it is undated, never 3月8日', () => {
    const top = doc.entries.find((e) => e.ordinal === 1);
    expect(top?.dates).toEqual([null]);
    expect(top?.text.startsWith('国务院新闻办公室在湖北武汉举行新闻发布会')).toBe(true);
    expect(entriesOn('2020-03-08').some((e) => e.ordinal === 1)).toBe(false);
  });

  it('given the title line and (上接7版) then neither is a passage', () => {
    expect(doc.passages.some((p) => p.text.includes('上接7版'))).toBe(false);
    expect(doc.passages.some((p) => p.text === '中国发布新冠肺炎疫情信息、推进疫情防控国际合作纪实')).toBe(false);
  });

  it('given a heading out of order (3月25日 after 3月27日) then its entries take 3月25日', () => {
    const entry = doc.entries.find((e) => e.text.includes('听取疫情防控工作和当前经济形势的汇报'));
    expect(entry?.dates).toEqual(['2020-03-25']);
  });
});

describe('entries per date, from the dev set written by a human reader', () => {
  const dev = JSON.parse(readFileSync(DEV_JSON, 'utf8')) as { date: { q: string; expect: string[] }[] };
  // The dev queries are written in several formats; parsing them is the query module's job.
  const isoOf: Record<string, string> = {
    '3月8日': '2020-03-08',
    '3月10日': '2020-03-10',
    '3/15': '2020-03-15',
    '3月16日': '2020-03-16',
    三月二十日: '2020-03-20',
    'March 22': '2020-03-22',
    '2020-03-27': '2020-03-27',
  };

  for (const { q, expect: phrases } of dev.date) {
    it(`given ${q} then exactly the ${phrases.length} expected entries belong to it`, () => {
      const iso = isoOf[q];
      expect(iso).toBeDefined();
      const entries = entriesOn(iso ?? '');
      expect(entries).toHaveLength(phrases.length);
      for (const phrase of phrases) expect(entries.filter((e) => e.text.includes(phrase))).toHaveLength(1);
    });
  }
});

describe('repairs', () => {
  it('given a sentence broken across a blank line mid-word then it is one passage, joined without separator', () => {
    const hits = doc.passages.filter((p) => p.text.includes('同世界卫生组织深化交流合作'));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.date).toBe('2020-03-27');
    expect(doc.passages.some((p) => p.text.endsWith('深化交'))).toBe(false);
  });

  it('given the other broken entries (已|经过去, 指出,|当前) then they read continuously', () => {
    expect(doc.passages.some((p) => p.text.includes('中国本轮疫情流行高峰已经过去'))).toBe(true);
    const entry = doc.entries.find((e) => e.text.includes('同巴基斯坦总统阿齐兹会谈'));
    expect(entry?.text).toContain('习近平指出,当前,疫情正在全球多点暴发。');
  });

  it('given every passage then it is verbatim source text (file with line breaks removed)', () => {
    const flat = raw.replace(/\n/g, '');
    for (const p of doc.passages) expect(flat).toContain(p.text);
  });

  it('given the line repeating the tail of the 3月19日 钟南山 entry then it is dropped, not an entry of 3月20日', () => {
    expect(entriesOn('2020-03-20').some((e) => e.text.includes('会上说'))).toBe(false);
    const zhong = doc.entries.filter((e) => e.text.includes('新冠病毒在各国蔓延'));
    expect(zhong).toHaveLength(1);
    expect(zhong[0]?.dates).toEqual(['2020-03-19']);
    const passage = doc.passages.find((p) => p.text.includes('“早发现”是控制疫情的关键'));
    expect(passage?.places.map((pl) => pl.date)).toEqual(['2020-03-19']);
    expect(doc.warnings.some((w) => w.includes('会上说'))).toBe(true);
  });

  it('given ◆ lines repeated word for word then each is one Entry listing every place', () => {
    const counts = new Map<string, number[]>();
    markedLines.forEach((text, i) => {
      counts.set(text, [...(counts.get(text) ?? []), i + 1]);
    });
    const repeated = [...counts].filter(([, ordinals]) => ordinals.length > 1);
    expect(repeated.length).toBeGreaterThanOrEqual(2); // README: repeats under the same date and across dates
    for (const [text, ordinals] of repeated) {
      const matching = doc.entries.filter((e) => e.text === text);
      expect(matching).toHaveLength(1);
      const entry = matching[0] as Entry;
      expect(entry.ordinals).toEqual(ordinals);
      expect(entry.dates).toHaveLength(ordinals.length);
      for (const id of entry.passageIds) {
        expect(passageById.get(id)?.places.map((pl) => pl.entry)).toEqual(ordinals);
      }
    }
    const severalDates = repeated.map(([text]) => doc.entries.find((e) => e.text === text)).filter((e) => new Set(e?.dates).size > 1);
    expect(severalDates.length).toBeGreaterThan(0);
  });
});

describe('passages', () => {
  it('given an entry of several sentences then places number them 1… inside the entry', () => {
    const entry = doc.entries.find((e) => e.text.includes('专门赴湖北省武汉市考察疫情防控工作'));
    const texts = entry?.passageIds.map((id) => passageById.get(id)?.text) ?? [];
    expect(texts).toHaveLength(4);
    expect(texts[3]).toContain('发表在《求是》杂志2020年第7期上');
    const last = passageById.get(entry?.passageIds[3] ?? '');
    expect(last?.places).toEqual([{ date: '2020-03-10', entry: entry?.ordinal, sentence: 4, section: null, position: expect.any(Number) }]);
  });

  it('given all passages then ids are stable-format and unique, ordinals run 1…n in order', () => {
    expect(new Set(doc.passages.map((p) => p.id)).size).toBe(doc.passages.length);
    for (const p of doc.passages) expect(p.id).toMatch(/^chronicle:[0-9a-f]{10}$/);
    expect(doc.passages.map((p) => p.ordinal)).toEqual(doc.passages.map((_, i) => i + 1));
    for (const e of doc.entries) expect(e.id).toMatch(/^chronicle:e[0-9a-f]{10}$/);
  });

  it('given a passage then its first place is its own date and entry', () => {
    for (const p of doc.passages) {
      expect(p.places[0]).toMatchObject({ date: p.date, entry: p.entry, section: null });
    }
  });
});

describe('a document declared a chronicle that has no dated heading or entry mark', () => {
  it('given running text, then its sentences are kept as a plain document, and the operator told why /date lists none', () => {
    const meta = { id: 'm', title: '会议纪要', kind: 'chronicle' as const, year: 2023 };
    const doc = ingestDocument(meta, '会议纪要\n\n本次会议讨论了预算问题。大家同意增加一成。\n\n下次会议定于下月举行。\n');
    expect(doc.passages.map((p) => p.text)).toEqual(['本次会议讨论了预算问题。', '大家同意增加一成。', '下次会议定于下月举行。']);
    expect(doc.entries).toEqual([]);
    expect(doc.meta.kind).toBe('plain');
    expect(doc.problems?.join('')).toMatch(/没有找到日期标题或◆条目/);
  });

  it('given dated headings read as a plain document (a changelog), then its entries are listed and no problem says /date finds none', () => {
    const meta = { id: 'm', title: '更新日志', kind: 'chronicle' as const, file: 'log.md' };
    const doc = ingestDocument(meta, '# 更新日志\n\n## 2024年5月3日 v1.3\n\n新增雪原地图。\n\n## 2024年6月1日 v1.4\n\n修复了闪退。\n');
    expect(doc.entries.map((e) => e.dates)).toEqual([['2024-05-03'], ['2024-06-01']]);
    expect(doc.problems ?? []).toEqual([]);
    expect(doc.warnings.join('\n')).toMatch(/2 个以日期开头的标题作为带日期的条目/);
  });
});

describe('a chronicle whose sidecar has no year', () => {
  const text = '5月3日\n◆英国宣布新的签证政策。\n\n5月4日\n◆法国举行部长会议。\n';
  const dates = (meta: Parameters<typeof ingestDocument>[0]) => ingestDocument(meta, text).entries.map((e) => e.dates[0]);

  it("given the sidecar's date, then headings without a year take its year, and a note says so", () => {
    const doc = ingestDocument({ id: 'c', title: '纪事', kind: 'chronicle', date: '2023-06-01' }, text);
    expect(doc.entries.map((e) => e.dates[0])).toEqual(['2023-05-03', '2023-05-04']);
    expect(doc.warnings.join('\n')).toMatch(/按元数据的 date（2023-06-01）中的 2023 年读取/);
  });

  it('given a year in the title, then headings without a year take it', () => {
    expect(dates({ id: 'c', title: '2022年外交纪事', kind: 'chronicle' })).toEqual(['2022-05-03', '2022-05-04']);
  });

  it('given no year anywhere, then the entries have no date and the problem names the field to add', () => {
    const doc = ingestDocument({ id: 'c', title: '纪事', kind: 'chronicle' }, text);
    expect(doc.entries.map((e) => e.dates[0])).toEqual([null, null]);
    expect(doc.problems?.join('\n')).toMatch(/"year"/);
  });

  it('given headings that write their own year, then no note about a year taken from elsewhere', () => {
    const doc = ingestDocument({ id: 'c', title: '2022年纪事', kind: 'chronicle' }, '2021年5月3日\n◆英国宣布新的签证政策。\n');
    expect(doc.entries[0]?.dates[0]).toBe('2021-05-03');
    expect(doc.warnings.join('\n')).not.toMatch(/中的 2022 年读取/);
  });
});
