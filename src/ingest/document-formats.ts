// The kinds of document file the corpus folder is read for: text read as it is (.txt, .md), and
// formats converted to text first, in a process of their own (converted-documents.ts): Word
// (.docx), a saved web page (.html, .htm) and PDF.

/** A file read as text (decode-text.ts). */
export const TEXT_FILE = /\.(txt|md)$/iu;
/** Each converted format's files (convert-file.ts picks its reader by them). */
export const WORD_FILE = /\.docx$/iu;
export const PDF_FILE = /\.pdf$/iu;
export const WEB_PAGE_FILE = /\.html?$/iu;
/** A file converted to text before it is read (convert-file.ts). */
export const CONVERTED_FILE = /\.(docx|html?|pdf)$/iu;
/** Any document file: its extension is what its sidecar's name and its id replace. */
export const DOCUMENT_FILE = /\.(txt|md|docx|html?|pdf)$/iu;

/** The formats as a reader is told them (warnings, /about). */
export const FORMATS_READ = '.txt、.md、.docx（Word）、.html/.htm（网页）、.pdf';
export const FORMATS_READ_EN = '.txt, .md, .docx (Word), .html/.htm (web pages), .pdf';
