// A Word file (.docx) → text laid out as the plain reader reads it. mammoth (BSD-2) reads Word's
// XML into HTML by its styles (Heading 1–6 → <h1>–<h6>, numbered and bulleted paragraphs → lists,
// tables → <table>), which html-text.ts then lays out like any page: WordprocessingML's styles,
// numbering definitions and run properties are a specification of thousands of pages, not a job
// for a few regular expressions. Images are not read (no text in them is indexed); footnotes and
// endnotes are read as paragraphs at the end, without their marks in the text.

import type { Decoded } from './decoded.js';
import { htmlText, WORD_TITLE } from './html-text.js';
import { zipEntries } from './zip-directory.js';

/**
 * The most the parts mammoth reads (Word's XML: everything but the images and embedded files it
 * never opens) may unpack to: a document of a thousand pages holds ~20 MB of XML; a file that
 * claims more is refused unread (a zip bomb named .docx).
 */
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024;

/** Word's own Title paragraph names the document; Heading 1–6 are sections however the client names them. */
const STYLE_MAP = [
  `p[style-name='Title'] => p.${WORD_TITLE}:fresh`,
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='heading ${n}'] => h${n}:fresh`),
];

/** The size Word's XML parts would unpack to, or why the file cannot be a Word file. */
function xmlSize(bytes: Uint8Array): number | string {
  const entries = zipEntries(bytes);
  if (typeof entries === 'string') return entries;
  if (!entries.some((e) => e.name === 'word/document.xml')) return '不是 Word 文档（压缩包里没有 word/document.xml）';
  return entries.filter((e) => /\.(xml|rels)$/iu.test(e.name)).reduce((sum, e) => sum + e.uncompressedSize, 0);
}

export async function docxText(bytes: Uint8Array): Promise<Decoded> {
  const size = xmlSize(bytes);
  if (typeof size === 'string') return { ok: false, reason: size };
  if (size > MAX_DOCX_XML_BYTES)
    return {
      ok: false,
      reason: `解压后的内容有 ${Math.round(size / 1024 / 1024)} MB，超过上限 ${MAX_DOCX_XML_BYTES / 1024 / 1024} MB（可能是压缩炸弹），未读取`,
    };
  const { default: mammoth } = await import('mammoth');
  const html = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    // An image is never read: the reader shows no <img>, and its bytes would only cost time.
    { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  const page = htmlText(html.value);
  return { ok: true, text: page.text, note: null, ...(page.title ? { title: page.title } : {}) };
}
