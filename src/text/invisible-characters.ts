// Characters a user cannot see but a terminal or a renderer obeys: C0/C1 controls (an ESC
// sequence typed or pasted into a query recoloured the console when the query was echoed; a
// lone \r rewrote the line), bidirectional overrides and marks (they reorder an echoed query) and
// zero-width spaces (意\u200B大利 is 意大利 to a reader, two words to the segmenter).
// Joiners (U+200C/U+200D) stay: emoji sequences and some scripts need them.

const ESC = String.fromCharCode(0x1b);
const BEL = String.fromCharCode(0x07);
const ST = '\u009C';
/**
 * A terminal escape sequence as a whole, its parameters and payload being no words either:
 * CSI (ESC [ or the 8-bit U+009B, … final letter); the string controls OSC, DCS, SOS, PM and APC
 * (ESC ] P X ^ _ or U+009D, U+0090, U+0098, U+009E, U+009F, … up to BEL or a string terminator,
 * ESC \\ or U+009C, never across another opener, so that cleaning stays linear; unterminated,
 * only the opening control goes, not the rest of the query); any other ESC and one character.
 */
const ESCAPE_SEQUENCE = new RegExp(
  [
    `(?:${ESC}\\[|\u009B)[0-?]*[ -/]*[@-~]`,
    `(?:${ESC}[\\]PX^_]|[\u009D\u0090\u0098\u009E\u009F])[^${BEL}${ESC}\u0090\u0098\u009C-\u009F]*(?:${BEL}|${ESC}\\\\|${ST})`,
    `${ESC}[@-Z\\\\-_]`,
  ].join('|'),
  'gu',
);
/**
 * The 7-bit escape sequences alone (ESC and what it opens), for a text whose other controls are
 * characters: a JSON string may hold a raw U+009B, which the 8-bit forms above read as a CSI
 * opening and swallowed its closing quote with.
 */
const ESC_SEQUENCE = new RegExp(
  [`${ESC}\\[[0-?]*[ -/]*[@-~]`, `${ESC}[\\]PX^_][^${BEL}${ESC}]*(?:${BEL}|${ESC}\\\\)`, `${ESC}[@-Z\\\\-_]`].join('|'),
  'gu',
);

/** The text without its 7-bit escape sequences (ESC [ … m, ESC ] … BEL), other characters as they are. */
export const withoutEscapeSequences = (text: string): string => text.replace(ESC_SEQUENCE, '');

const CONTROLS = /\p{Cc}+/gu;
const INVISIBLE = /[\u200B\u200E\u200F\u061C\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
/** Line and paragraph separators: line breaks a query cannot hold, so a space like \r. */
const SEPARATORS = /[\u2028\u2029]/g;

/** The text as a reader sees it: escape sequences and invisible formatting characters go, other controls become a space. */
export function visibleText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(INVISIBLE, '').replace(CONTROLS, ' ').replace(SEPARATORS, ' ');
}

const SHOWN_AS_CODES = /[\p{Cc}\u200B\u200E\u200F\u061C\u2060\uFEFF\u202A-\u202E\u2066-\u2069\u2028\u2029]/gu;

/**
 * A name (a file's) with its controls and invisible marks written as codes (\u{1b}): shown in a
 * warning, an escape sequence in a file name recoloured the terminal, a newline split the line;
 * dropped, two names would look alike. Text that is read is cleaned with visibleText instead.
 */
export function shownWithCodes(text: string): string {
  return text.replace(SHOWN_AS_CODES, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
