import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// /context of a sentence in an entry longer than a page: shown whole, however the API asks for
// its size. Own corpus and process (one jieba dictionary per process).

const SENTENCES = Array.from({ length: 12 }, (_, i) => `第${i + 1}项工作已经完成。`);

const engine = answerOverFiles('long-entry', {
  'club.txt': `俱乐部纪事\n\n3月18日\n◆${SENTENCES.join('')}\n`,
  'club.meta.json': JSON.stringify({ id: 'club', title: '俱乐部纪事', kind: 'chronicle', year: 2020 }),
});

describe('/context of a long entry', () => {
  it('given no page size, or one that is no number (NaN), then all 12 sentences', () => {
    const id = engine.answer({ command: 'search', query: '第7项工作' }).items[0]!.id;
    expect(engine.answer({ command: 'context', query: id }).items).toHaveLength(12);
    expect(engine.answer({ command: 'context', query: id, pageSize: Number.NaN }).items).toHaveLength(12);
  });
});
