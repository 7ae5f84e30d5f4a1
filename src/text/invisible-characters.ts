// Characters a user cannot see but a terminal or a renderer obeys: C0/C1 controls (an ESC
// sequence typed or pasted into a query recoloured the console when the query was echoed; a
// lone \r rewrote the line), bidirectional overrides (they reorder an echoed query) and
// zero-width spaces (意\u200B大利 is 意大利 to a reader, two words to the segmenter).
// Joiners (U+200C/U+200D) stay: emoji sequences and some scripts need them.

const CONTROLS = /\p{Cc}+/gu;
const INVISIBLE = /[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;

/** The text as a reader sees it: controls become a space, invisible formatting characters go. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROLS, ' ');
}
