// Raw file text → text the parsers can rely on, without touching what passages quote.

/** Strips a BOM and turns CRLF / CR line ends into LF; nothing else changes (passages stay verbatim). */
export function normalizeRaw(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return withoutBom.replace(/\r\n?/g, '\n');
}

/**
 * The form used only to *recognise* structure (date headings, keywords): NFKC folds full-width
 * digits and letters (`３月１８日` → `3月18日`), then the line is trimmed.
 */
export function recognitionForm(line: string): string {
  return line.normalize('NFKC').trim();
}

/** The form two texts are compared and hashed in: NFKC with all whitespace removed. */
export function comparisonKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}
