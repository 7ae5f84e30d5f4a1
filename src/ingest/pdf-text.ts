// A PDF → text laid out as the plain reader reads it (pdf-lines.ts). unpdf (MIT) is Mozilla's
// pdf.js built to run in Node without a canvas or a worker: 2.3 MB, no dependency and no native
// module (pdfjs-dist is 37 MB and pulls a native canvas in as an optional dependency). A PDF's
// text is glyphs placed by fonts with their own encodings, CMaps for Chinese, compressed and
// perhaps encrypted streams: decoding it is pdf.js's work of years, not ours.

import type { Decoded } from './decoded.js';
import { type PdfItem, pdfLines } from './pdf-lines.js';

/** Pages read at most: a longer file is read up to here, and said so (a 2,000-page PDF is a book, read in ~1 min). */
export const MAX_PDF_PAGES = 2000;
/** Fewer visible characters than this a page, on average, is a PDF of images: a scan, whose text has not been recognised. */
const MIN_CHARACTERS_PER_PAGE = 5;

export const NO_TEXT_LAYER = 'PDF 里没有文字层（可能是扫描件或图片），无法读取其中的文字：请先做文字识别（OCR），或提供 Word/文本版本';
export const ENCRYPTED = 'PDF 已加密，需要密码才能打开，无法读取：请提供未加密的版本';

/** The name pdf.js gives the error it throws for a file that needs a password. */
const isPasswordError = (error: unknown) => error instanceof Error && error.name === 'PasswordException';

export async function pdfText(bytes: Uint8Array): Promise<Decoded> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js takes the buffer over.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    if (isPasswordError(error)) return { ok: false, reason: ENCRYPTED };
    return { ok: false, reason: `不是可以读取的 PDF（文件可能已损坏或被截断：${error instanceof Error ? error.message : String(error)}）` };
  }
  try {
    const count = Math.min(pdf.numPages, MAX_PDF_PAGES);
    const pages: PdfItem[][] = [];
    for (let n = 1; n <= count; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        items.push({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height });
      }
      pages.push(items);
      page.cleanup();
    }
    const text = pdfLines(pages);
    const visible = text.replace(/[\s#|-]/gu, '').length;
    if (visible < MIN_CHARACTERS_PER_PAGE * Math.max(1, count)) return { ok: false, reason: NO_TEXT_LAYER };
    const note = pdf.numPages > count ? `PDF 有 ${pdf.numPages} 页，只读取了前 ${MAX_PDF_PAGES} 页` : null;
    return { ok: true, text, note };
  } finally {
    await pdf.destroy();
  }
}
