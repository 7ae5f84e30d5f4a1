import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { engineOver, evalDocumentFiles } from '../support/temp-corpus.js';

// Real minutes (会议纪要: a meeting's 时间 and, offline, 地点 field under its heading) beside a wiki
// and a syllabus holding no such field: asked where or when without naming the minutes, the one
// document holding fields of that kind, called by a word of the question, answers from them
// (labelled-fields.ts). Ranked, the minutes' note on where meetings are usually held came first and
// a wiki's sentence writing 举行 second, the 地点 line nowhere. Own corpus and process.

let engine: Engine;
beforeAll(async () => {
  engine = await engineOver('labelled-fields', {
    ...evalDocumentFiles('genre2-corpus', 'qingwu-meeting-minutes', ['md', 'meta.json']),
    ...evalDocumentFiles('genre2-corpus', 'mistharbor-wiki', ['md', 'meta.json']),
    ...evalDocumentFiles('genre2-corpus', '城市数据可视化-课程大纲-2025秋', ['md']),
  });
}, 60_000);

const texts = (query: string) => engine.answer({ command: 'ask', query, pageSize: 10 }).items.map((i) => i.text);

describe('a place or time field of the one document holding one', () => {
  it('given 会议在哪里举行, then the minutes’ 地点 field first', () => {
    expect(texts('会议在哪里举行')[0]).toBe('地点：杭州市西湖区 文三路 某咖啡馆二楼包间（费用 AA，人均 58 元）');
  });

  it('given 会议什么时候开, then the minutes’ 时间 fields first, in order', () => {
    expect(texts('会议什么时候开').slice(0, 2)).toEqual(['时间：20:00–21:15（周六）', '时间：20:00–21:40（周六）']);
  });

  it('given where of something the document is not called by (潮汐神殿在哪里), then no field of it', () => {
    expect(texts('潮汐神殿在哪里').some((text) => text.startsWith('地点：'))).toBe(false);
  });
});
