import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../src/ingest/convert-file.js';

// A file named .docx or .pdf that is plainly no such file is refused with a reason a reader can
// act on, in Chinese, not the parser's own (English) complaint.

const text = new TextEncoder().encode('停车通知\n\n地下车库将于周一起重新划线。\n');

describe('convertBytes', () => {
  it.each(['空.docx', '空.pdf'])('given %s of 0 bytes, then it is skipped as empty', async (file) => {
    expect(await convertBytes(file, new Uint8Array())).toEqual({ ok: false, reason: '文件是空的（0 字节）' });
  });

  it.each([
    ['通知.docx', 'Word 文档'],
    ['通知.pdf', 'PDF'],
  ])('given a text renamed %s, then the reason says it is text under another extension', async (file, format) => {
    expect(await convertBytes(file, text)).toEqual({
      ok: false,
      reason: `内容是纯文本，不是${format}（可能只是改了扩展名）：请把扩展名改为 .txt`,
    });
  });
});
