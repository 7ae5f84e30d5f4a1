/** A document file's bytes read as text (decode-text.ts), with a note on how when not as UTF-8; or why they are refused. */
export type Decoded = { ok: true; text: string; note: string | null } | { ok: false; reason: string };
