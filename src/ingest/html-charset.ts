// A saved web page's bytes → its text, in the encoding the page declares (`<meta charset="gbk">`,
// or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, in its first bytes as
// browsers look for it). A page that declares none, or one its bytes do not hold, is read as any
// document is (decode-text.ts: UTF-8, UTF-16 with its mark, else GBK or Big5, with a note).

import { decodeText } from './decode-text.js';
import type { Decoded } from './decoded.js';

/** How far into the page browsers look for the declaration (the HTML standard's prescan: 1,024 bytes; a little more for long heads). */
const PRESCAN_BYTES = 4096;
const DECLARED = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu;

/** The label the page declares, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  return DECLARED.exec(head)?.[1]?.toLowerCase() ?? null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeHtml(bytes: Uint8Array): Decoded {
  const label = declaredCharset(bytes);
  // A byte-order mark wins over the declaration, as in browsers; UTF-8 declared is read (and its damage said) as any UTF-8.
  const marked = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  // Valid UTF-8 is UTF-8 whatever the page says: an editor that saved it again kept its old <meta>,
  // and Chinese in UTF-8 often decodes as (wrong) GBK too. GBK text is almost never valid UTF-8.
  if (label === null || marked || /^utf-?8$/u.test(label) || isUtf8(bytes)) return decodeText(bytes);
  try {
    return { ok: true, text: new TextDecoder(label, { fatal: true }).decode(bytes), note: null };
  } catch {
    // An unknown label, or bytes that are not what it says (a page saved again as UTF-8 keeps its old <meta>).
    return decodeText(bytes);
  }
}
