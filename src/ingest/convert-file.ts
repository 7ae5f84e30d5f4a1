// A converted document's bytes → its text (document-formats.ts): Word, a web page or a PDF. Run in
// the conversion process (convert-child.ts), never in the bot: the parsers load there only, and
// only for a folder that holds such files. Whatever a parser throws is the file's reason for
// being skipped, never the build's.

import { readFileSync } from 'node:fs';
import type { Decoded } from './decoded.js';
import { docxText } from './docx-text.js';
import { decodeHtml } from './html-charset.js';
import { htmlText } from './html-text.js';
import { pdfText } from './pdf-text.js';

/** A web page's text, in the encoding it declares. */
function htmlDocument(bytes: Uint8Array): Decoded {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  const page = htmlText(decoded.text);
  return { ok: true, text: page.text, note: decoded.note, ...(page.title ? { title: page.title } : {}) };
}

export async function convertBytes(file: string, bytes: Uint8Array): Promise<Decoded> {
  try {
    if (/\.docx$/iu.test(file)) return await docxText(bytes);
    if (/\.pdf$/iu.test(file)) return await pdfText(bytes);
    if (/\.html?$/iu.test(file)) return htmlDocument(bytes);
    return { ok: false, reason: '不是可以转换的格式' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `无法解析（文件可能已损坏：${message.slice(0, 200)}）` };
  }
}

export async function convertFile(path: string, file: string): Promise<Decoded> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : `无法读取（${code ?? String(error)}）` };
  }
  return convertBytes(file, bytes);
}
