import type { Decoded } from './decoded.js';

// Text that is not UTF-8 is most likely GBK (GB18030) or Big5: the two legacy Chinese encodings.

/** The share of common characters below which a Big5 reading is not taken to be text (real text: over 90%; random bytes: about 40%). */
const BIG5_MIN_COMMON = 0.8;

/**
 * GB18030 or Big5. Nearly any Big5 text is also valid GBK, and much GBK text valid Big5, so the
 * reading whose characters are common wins (ties: GB18030, the usual case). Node's Big5 decoder
 * rejects no byte (it maps bad ones to private-use characters), so a Big5 reading must also look
 * like text on its own.
 */
export function legacyChinese(bytes: Uint8Array): Decoded {
  let gb: string | null = null;
  try {
    gb = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    // not GB18030; Big5 may still read it
  }
  const big5 = new TextDecoder('big5').decode(bytes);
  const big5Share = commonShare(big5);
  if (big5Share >= BIG5_MIN_COMMON && (gb === null || big5Share > commonShare(gb)))
    return { ok: true, text: big5, note: '不是 UTF-8，按 Big5（繁体中文）编码读取；若内容是乱码，请另存为 UTF-8' };
  if (gb !== null) return { ok: true, text: gb, note: '不是 UTF-8，按 GB18030（GBK）编码读取；若内容是乱码，请另存为 UTF-8' };
  return { ok: false, reason: '无法识别的编码（请另存为 UTF-8）' };
}

/** Full-width punctuation and CJK symbols (。，「」…), common in either script. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/u;

/**
 * The share of non-ASCII characters that are common: in the first level of GB2312 (its 3,755
 * most used hanzi) or of Big5 (its 5,401 常用字), or CJK punctuation. Text read in the wrong of
 * the two encodings turns into characters taken evenly from the whole table, most of them rare
 * (a Big5 sample read as GBK: 22% common; read as Big5: 100%).
 */
function commonShare(text: string): number {
  const common = commonHanzi();
  let seen = 0;
  let hits = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    seen++;
    if (common.has(ch) || CJK_PUNCTUATION.test(ch)) hits++;
  }
  return seen === 0 ? 0 : hits / seen;
}

let commonCache: Set<string> | null = null;

/** The first-level hanzi of GB2312 (rows 0xB0–0xD7) and Big5 (0xA440–0xC67E), read from the decoders' own tables. */
function commonHanzi(): Set<string> {
  if (commonCache) return commonCache;
  const gb: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) gb.push(lead, trail);
  const big5: number[] = [];
  const big5Trails = [...range(0x40, 0x7e), ...range(0xa1, 0xfe)];
  for (let lead = 0xa4; lead <= 0xc6; lead++) for (const trail of big5Trails) if (lead < 0xc6 || trail <= 0x7e) big5.push(lead, trail);
  const chars = [...new TextDecoder('gb18030').decode(new Uint8Array(gb)), ...new TextDecoder('big5').decode(new Uint8Array(big5))];
  // Hanzi only: unassigned codes in those rows decode to private-use characters or U+FFFD.
  commonCache = new Set(chars.filter((ch) => /\p{Script=Han}/u.test(ch)));
  return commonCache;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
