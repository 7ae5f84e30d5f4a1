/**
 * A document file's bytes read as text (decode-text.ts), with a note on how when not as UTF-8; or why they are refused.
 * A converted file (a web page, a Word file: convert-file.ts) may bring its own title (`<title>`, Word's Title paragraph).
 */
export type Decoded = { ok: true; text: string; note: string | null; title?: string } | { ok: false; reason: string };
