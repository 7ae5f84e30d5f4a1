import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode-text.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (bytes: string) => new Uint8Array(Buffer.from(bytes, 'hex'));

// Fixtures encoded by Python (`text.encode('big5')`, `text.encode('gbk')`), not by the decoders under test.
const BIG5_TEXT = '台灣觀光報告\n\n去年來台旅客人數突破一千萬人次。觀光局表示將持續推動國際宣傳。';
const BIG5_BYTES = hex(
  'a578c657c65ba5fab3f8a7690a0aa568a67ea8d3a578aec8abc8a448bcc6acf0af7da440a464b855a448a6b8a143c65ba5faa7bdaaeda5dcb14eabf9c4f2b1c0b0cab0eabbdaabc5b6c7a143',
);
const GBK_TEXT = '城市公园改造计划\n公园将于五月开放。新增了儿童游乐区。';
const GBK_BYTES = hex('b3c7cad0b9abd4b0b8c4d4ecbcc6bbae0ab9abd4b0bdabd3dacee5d4c2bfaab7c5a1a3d0c2d4f6c1cbb6f9cdafd3cec0d6c7f8a1a3');
const GBK_TEXT_2 = '会议纪要：下月起办公室搬到新大楼，预算增加一成。请各部门提前整理文件。';
const GBK_BYTES_2 = hex(
  'bbe1d2e9bccdd2aaa3bacfc2d4c2c6f0b0ecb9abcad2b0e1b5bdd0c2b4f3c2a5a3acd4a4cbe3d4f6bcd3d2bbb3c9a1a3c7ebb8f7b2bfc3c5cce1c7b0d5fbc0edcec4bcfea1a3',
);

describe('decodeText: UTF-8 with a little damage', () => {
  const text = '第一行：城市公园改造计划。\n第二行：公园将于五月开放，新增了儿童游乐区。';

  it('given one bad byte in the middle, then the file is read, the byte replaced, and the note says how many and where', () => {
    const [head, tail] = [text.slice(0, 18), text.slice(18)];
    const bytes = new Uint8Array([...utf8(head), 0xff, ...utf8(tail)]);
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ ok: true, text: `${head}\uFFFD${tail}` });
    const note = decoded.ok ? decoded.note : null;
    expect(note).toContain('UTF-8');
    expect(note).toContain('1 个字节');
    expect(note).toContain(`第 2 行（第 ${utf8(head).length + 1} 个字节）`);
  });

  it('given a character whose bytes are damaged, then only it is replaced', () => {
    const bytes = utf8(text);
    bytes[2] = 0x41; // the last byte of 第: 第's first two bytes are one bad sequence
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: `\uFFFDA${text.slice(1)}` });
  });

  it('given a file cut off in the middle of its last character (at every byte), then all before it is read and the note says truncated', () => {
    const bytes = utf8(text);
    for (const cut of [1, 2]) {
      const decoded = decodeText(bytes.subarray(0, bytes.length - cut));
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) continue;
      expect(decoded.text).toBe(`${text.slice(0, -1)}\uFFFD`);
      expect(decoded.note).toContain('截断');
    }
  });

  it('given a UTF-8 byte-order mark and one bad byte, then the file is read as UTF-8 too', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text), 0xff]);
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ ok: true, text: `${text}\uFFFD` });
  });

  it('given bytes with many bad sequences or hardly any multi-byte characters, then they are not read as damaged UTF-8', () => {
    // Latin-1 "café" has one bad byte and no valid multi-byte character.
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toEqual({ ok: false, reason: expect.stringContaining('无法识别') });
    // Ten bad bytes in 300 valid UTF-8 ones: more than one per thousand.
    const bytes = utf8(text.repeat(3));
    for (let i = 10; i < 110; i += 10) bytes[i] = 0xff;
    const decoded = decodeText(bytes);
    expect(decoded.ok && decoded.note?.includes('UTF-8，但')).toBe(false);
  });

  it('given valid UTF-8, then it is read with no note (unchanged)', () => {
    expect(decodeText(utf8(text))).toEqual({ ok: true, text, note: null });
  });
});

describe('decodeText: Big5 or GBK', () => {
  it('given Big5 (Traditional Chinese), then it is read as Big5, not as GBK garbage, and the note says Big5', () => {
    const decoded = decodeText(BIG5_BYTES);
    expect(decoded).toMatchObject({ ok: true, text: BIG5_TEXT });
    expect(decoded.ok && decoded.note).toContain('Big5');
  });

  it('given GBK that also decodes as Big5 without error, then it is still read as GBK', () => {
    for (const [bytes, text] of [
      [GBK_BYTES, GBK_TEXT],
      [GBK_BYTES_2, GBK_TEXT_2],
    ] as const) {
      expect(() => new TextDecoder('big5', { fatal: true }).decode(bytes)).not.toThrow();
      const decoded = decodeText(bytes);
      expect(decoded).toMatchObject({ ok: true, text });
      expect(decoded.ok && decoded.note).toContain('GB18030');
    }
  });

  it('given bytes that are neither (GBK cut off mid-character), then the file is refused, not read as Big5', () => {
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xff]))).toEqual({ ok: false, reason: expect.stringContaining('无法识别') });
  });
});

describe('decoded files in a corpus folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'decode-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given a truncated UTF-8 file and a Big5 file, then both load, and the warnings name each file and what was done', () => {
    const text = '城市公园改造计划\n公园将于五月开放。新增了儿童游乐区。';
    const bytes = new TextEncoder().encode(text);
    writeFileSync(join(dir, 'cut.txt'), bytes.subarray(0, bytes.length - 1));
    writeFileSync(join(dir, 'big5.txt'), BIG5_BYTES);
    const corpus = loadCorpus(dir);
    expect(corpus.skipped).toEqual([]);
    const texts = Object.fromEntries(corpus.documents.map((d) => [d.meta.file, d.passages.map((p) => p.text)]));
    expect(texts['cut.txt']).toEqual(['公园将于五月开放。', '新增了儿童游乐区\uFFFD']);
    expect(texts['big5.txt']).toEqual(['去年來台旅客人數突破一千萬人次。', '觀光局表示將持續推動國際宣傳。']);
    expect(corpus.warnings.some((w) => w.startsWith('cut.txt：按 UTF-8 读取') && w.includes('截断'))).toBe(true);
    expect(corpus.warnings.some((w) => w.startsWith('big5.txt：') && w.includes('Big5'))).toBe(true);
  });
});

describe('decodeText: NUL bytes', () => {
  it('given valid UTF-8 with one stray NUL byte, then it is read without it, and the note says so', () => {
    const bytes = new Uint8Array([...utf8('公园将于五月开放。'), 0, ...utf8('新增了儿童游乐区。')]);
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ ok: true, text: '公园将于五月开放。新增了儿童游乐区。' });
    expect(decoded.ok ? decoded.note : '').toMatch(/1 个空字符/);
  });

  it('given a UTF-8 mark, or a damaged byte too, then the stray NUL is dropped all the same', () => {
    const marked = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0, ...utf8('公园将于五月开放。')]));
    expect(marked).toMatchObject({ ok: true, text: '公园将于五月开放。' });
    const long = '新增了儿童游乐区。'.repeat(200);
    const damaged = decodeText(new Uint8Array([...utf8('公园将于五月开放。'), 0xff, 0, ...utf8(long)]));
    expect(damaged.ok && damaged.text).toBe(`公园将于五月开放。\uFFFD${long}`);
    expect(damaged.ok ? damaged.note : '').toMatch(/空字符/);
  });

  it('given nothing but NUL bytes, then it is not text, however few', () => {
    expect(decodeText(new Uint8Array([0])).ok).toBe(false);
    expect(decodeText(new Uint8Array([0, 0])).ok).toBe(false);
  });

  it('given NUL bytes throughout (an image, UTF-16 without its mark), then it is not text', () => {
    const utf16 = new Uint8Array(Buffer.from('Park opens in May.', 'utf16le'));
    expect(decodeText(utf16).ok).toBe(false);
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])).ok).toBe(false);
  });
});
