import { describe, expect, it } from 'vitest';
import { inferMeta, parseMeta, slugFromFileName } from '../../src/ingest/document-meta.js';

describe('parseMeta', () => {
  it('given a complete sidecar then returns it typed', () => {
    const r = parseMeta('{"id":"wp","title":"白皮书","kind":"whitepaper","year":2020,"digitsStripped":true}', 'wp.meta.json');
    expect(r).toMatchObject({ ok: true, meta: { id: 'wp', kind: 'whitepaper', year: 2020, digitsStripped: true } });
  });

  it('given broken JSON, a bad id, a missing title or an unknown kind then returns an error naming the file', () => {
    const cases = [
      '{"id":',
      '[]',
      '{"id":"a:b","title":"t","kind":"plain"}',
      '{"id":"a","kind":"plain"}',
      '{"id":"a","title":"t","kind":"novel"}',
      '{"id":"a","title":"t","year":"2020"}',
      '{"id":"a","title":"t","aliases":"白皮书"}',
      '{"id":"a","title":"t","aliases":[1]}',
    ];
    for (const json of cases) {
      const r = parseMeta(json, 'x.meta.json');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain('x.meta.json');
    }
  });

  it('given no kind then it is plain with a warning', () => {
    const r = parseMeta('{"id":"a","title":"t"}', 'a.meta.json');
    expect(r).toMatchObject({ ok: true, meta: { kind: 'plain' } });
    if (r.ok) expect(r.warnings).toHaveLength(1);
  });
});

describe('inferMeta', () => {
  it('given a file without sidecar then id comes from the file name and title from the first non-empty line', () => {
    expect(inferMeta('My Notes 2020.txt', '\n\n# 防疫笔记\n正文。')).toEqual({ id: 'my-notes-2020', title: '防疫笔记', kind: 'plain' });
  });

  it('given Chinese or symbol-only file names then the slug is still usable', () => {
    expect(slugFromFileName('抗疫 白皮书.md')).toBe('抗疫-白皮书');
    expect(slugFromFileName('___.txt')).toBe('doc');
  });
});
