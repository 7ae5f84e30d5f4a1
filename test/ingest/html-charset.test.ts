import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '../../src/ingest/html-charset.js';
import { fixtureBytes } from '../support/document-fixtures.js';

// A saved page is decoded in the encoding it declares: an old site's gb2312 page is GBK, read
// without a guess; a page whose bytes are not what it declares is read as any document is.

describe('decodeHtml', () => {
  it('given a GBK page declaring gb2312, then it is read as GBK, with no note (the page says so)', () => {
    const bytes = fixtureBytes('植树活动通知-旧版.htm');
    expect(declaredCharset(bytes)).toBe('gb2312');
    const read = decodeHtml(bytes);
    expect(read.ok && read.text).toContain('集合地点在西山公园北门');
    expect(read.ok && read.note).toBeNull();
  });

  it('given a UTF-8 page still declaring gb2312 (saved again by an editor), then it is read as UTF-8, not as the GBK its bytes also are', () => {
    // 停水通知 in UTF-8 is valid GBK too (鍋滄按閫氱煡): the declaration alone would garble it.
    const page = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>停水通知</p>';
    const read = decodeHtml(new TextEncoder().encode(page));
    expect(read.ok && read.text).toContain('<p>停水通知</p>');
  });

  it('given a page declaring an encoding no decoder knows, then it is read as any document is', () => {
    const read = decodeHtml(new TextEncoder().encode('<meta charset="x-unknown"><p>正文</p>'));
    expect(read.ok && read.text).toContain('正文');
  });
});
