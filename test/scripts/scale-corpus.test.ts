import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rotateClauses } from '../../scripts/bench/rotate-clauses.js';
import { scaledCorpus } from '../../scripts/bench/scale-corpus.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { CORPUS_DIR } from '../ingest/real-corpus.js';

describe('rotateClauses', () => {
  it('given a sentence of three clauses, then copy k starts at clause k, separators and the end in place', () => {
    expect(rotateClauses('甲，乙；丙。丁', 1)).toBe('乙，丙；甲。丁');
    expect(rotateClauses('甲，乙；丙。', 3)).toBe('甲，乙；丙。');
  });

  it('given a ◆ entry and a number with a comma, then the marker stays first and the number whole', () => {
    expect(rotateClauses('◆捐赠口罩3,000个,支持抗疫。', 1)).toBe('◆支持抗疫,捐赠口罩3,000个。');
  });
});

describe('scaledCorpus', () => {
  const dir = scaledCorpus(CORPUS_DIR, 3);
  const corpus = loadCorpus(dir);

  it('given ×3, then every document has two copies with distinct ids, all read without problems', () => {
    expect(corpus.warnings).toEqual([]);
    expect(corpus.documents.map((d) => d.meta.id).sort()).toEqual(
      ['chronicle', 'chronicle-x1', 'chronicle-x2', 'whitepaper', 'whitepaper-x1', 'whitepaper-x2'].sort(),
    );
  });

  it("given ×3, then each copy keeps its original's structure: the chronicle's dated entries, the white paper's sections", () => {
    const byId = new Map(corpus.documents.map((d) => [d.meta.id, d]));
    for (const id of ['chronicle', 'whitepaper']) {
      const original = byId.get(id)!;
      for (const copy of [byId.get(`${id}-x1`)!, byId.get(`${id}-x2`)!]) {
        expect(copy.entries.map((e) => e.dates)).toEqual(original.entries.map((e) => e.dates));
        expect(copy.sections.map((s) => s.path)).toEqual(original.sections.map((s) => s.path));
        expect(Math.abs(copy.passages.length - original.passages.length)).toBeLessThanOrEqual(original.passages.length * 0.02);
      }
    }
  });

  it('given ×3, then no copy is a verbatim repeat of its original', () => {
    const texts = readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => readFileSync(join(dir, n), 'utf8'));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('given the same sources and scale, then the same folder (deterministic, reused)', () => {
    expect(scaledCorpus(CORPUS_DIR, 3)).toBe(dir);
  });
});
