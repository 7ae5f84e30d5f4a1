// A converted document's bytes → its text (document-formats.ts): Word, a web page or a PDF. Run in
// the conversion process (convert-child.ts), never in the bot: the parsers load there only, and
// only for a folder that holds such files. Whatever a parser throws is the file's reason for
// being skipped, never the build's.

import { decodeText } from './decode-text.js';
import type { Decoded } from './decoded.js';
import { PDF_FILE, WEB_PAGE_FILE, WORD_FILE } from './document-formats.js';
import { docxText } from './docx-text.js';
import { decodeHtml } from './html-charset.js';
import { htmlText } from './html-text.js';
import { pdfText } from './pdf-text.js';
import { readBytes } from './read-bytes.js';

/** A web page's text, in the encoding it declares. */
function htmlDocument(bytes: Uint8Array): Decoded {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  const page = htmlText(decoded.text);
  return { ok: true, text: page.text, note: decoded.note, ...(page.title ? { title: page.title } : {}) };
}

/** How each binary format begins (a PDF may have a little junk before its mark, as pdf.js allows), and what a reader calls it. */
const BINARY_FORMATS = [
  { file: WORD_FILE, mark: 'PK', within: 0, name: 'Word 文档' },
  { file: PDF_FILE, mark: '%PDF-', within: 1024, name: 'PDF' },
];

/**
 * Why a .docx or .pdf is plainly no such file: empty, or text under a renamed extension (no parser
 * would read it; the parser's own complaint is in English and says nothing a reader can act on).
 */
function notTheFormat(file: string, bytes: Uint8Array): string | null {
  const format = BINARY_FORMATS.find((f) => f.file.test(file));
  if (format === undefined) return null;
  if (bytes.length === 0) return '文件是空的（0 字节）';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, format.within + format.mark.length));
  if (head.includes(format.mark) || !decodeText(bytes).ok) return null;
  return `内容是纯文本，不是${format.name}（可能只是改了扩展名）：请把扩展名改为 .txt`;
}

export async function convertBytes(file: string, bytes: Uint8Array): Promise<Decoded> {
  const refused = notTheFormat(file, bytes);
  if (refused !== null) return { ok: false, reason: refused };
  try {
    if (WORD_FILE.test(file)) return await docxText(bytes);
    if (PDF_FILE.test(file)) return await pdfText(bytes);
    if (WEB_PAGE_FILE.test(file)) return htmlDocument(bytes);
    return { ok: false, reason: '不是可以转换的格式' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `无法解析（文件可能已损坏：${message.slice(0, 200)}）` };
  }
}

export async function convertFile(path: string, file: string): Promise<Decoded> {
  const bytes = readBytes(path);
  return 'reason' in bytes ? { ok: false, reason: bytes.reason } : convertBytes(file, bytes);
}
