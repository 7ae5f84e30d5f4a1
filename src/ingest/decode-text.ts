// A document file's bytes → its text. UTF-8 is what the README asks for, but users drop in what
// their editors write: Windows Notepad's "Unicode" (UTF-16 with a byte-order mark), GBK
// (GB18030), still common for Chinese, and Big5, common for Traditional Chinese. Those are read
// too, and said so; a UTF-8 file with a damaged byte or a cut-off end is read with the damage
// marked, and said so; anything else is refused with the reason, never read as garbage.

import type { Decoded } from './decoded.js';
import { legacyChinese } from './legacy-chinese.js';

const decoder = (label: string) => new TextDecoder(label, { fatal: true });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const BOM_MISMATCH = '字节顺序标记（BOM）与内容不符，无法解码（请另存为 UTF-8）';

export function decodeText(bytes: Uint8Array): Decoded {
  // A UTF-8 mark promises UTF-8: bytes that are not, beyond a little damage, are not guessed at.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return (bytes.includes(0) ? strayNuls(bytes) : utf8(bytes)) ?? { ok: false, reason: BOM_MISMATCH };
  try {
    if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: decoder('utf-16le').decode(bytes), note: '按 UTF-16 编码读取' };
    if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: decoder('utf-16be').decode(bytes), note: '按 UTF-16 编码读取' };
  } catch {
    return { ok: false, reason: BOM_MISMATCH };
  }
  // No text encoding we read puts NUL bytes in text: an image, an archive, or UTF-16 without its
  // mark. A stray one in valid UTF-8 (an editor's or a copy's slip) costs only itself.
  if (bytes.includes(0))
    return strayNuls(bytes) ?? { ok: false, reason: '不是文本文件（含二进制数据；若是没有 BOM 的 UTF-16，请另存为 UTF-8）' };
  return utf8(bytes) ?? legacyChinese(bytes);
}

/** At most one NUL byte per this many bytes is a slip in a text, not binary data. */
const BYTES_PER_NUL = 1000;

/** UTF-8 (perhaps a little damaged, as utf8 reads it) but for a few NUL bytes: read without them, and said so; else null. */
function strayNuls(bytes: Uint8Array): Decoded | null {
  let nuls = 0;
  for (const b of bytes) if (b === 0) nuls++;
  const rest = bytes.filter((b) => b !== 0);
  if (nuls > Math.max(1, bytes.length / BYTES_PER_NUL) || rest.every((b) => b <= 0x20)) return null;
  const decoded = utf8(rest);
  if (!decoded?.ok) return null;
  const dropped = `删去了 ${nuls} 个空字符（NUL 字节）`;
  return { ok: true, text: decoded.text, note: decoded.note ? `${decoded.note}；${dropped}` : dropped };
}

/** The bytes as UTF-8: valid throughout, or with a little damage (said so); null when they are not UTF-8. */
function utf8(bytes: Uint8Array): Decoded | null {
  try {
    return { ok: true, text: decoder('utf-8').decode(bytes), note: null };
  } catch {
    return damagedUtf8(bytes);
  }
}

// --- UTF-8 with a little damage -------------------------------------------------------------

/** At most one bad sequence per this many bytes (one is always allowed: a file cut off mid-character has exactly one). */
const BYTES_PER_INVALID = 1000;
/** Valid multi-byte characters needed per bad sequence: Latin-1 or GBK text has few valid UTF-8 sequences and many bad ones. */
const MULTIBYTE_PER_INVALID = 8;

interface Utf8Scan {
  /** Bad sequences, each one U+FFFD when decoded (the WHATWG decoder's "maximal subparts"). */
  invalid: number;
  invalidBytes: number;
  /** Offset and length of the first bad sequence. */
  first: { offset: number; length: number } | null;
  /** Well-formed sequences of two to four bytes. */
  multiByte: number;
}

/** Counts well-formed and bad UTF-8 sequences, by the same rules as TextDecoder (so counts match its U+FFFD). */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { invalid: 0, invalidBytes: 0, first: null, multiByte: 0 };
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes needed, and the range allowed for the first (no overlong forms, surrogates or code points past U+10FFFF).
    let need = 0;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    }
    let seen = 0;
    while (seen < need) {
      const next = bytes[i + 1 + seen];
      if (next === undefined || next < (seen === 0 ? low : 0x80) || next > (seen === 0 ? high : 0xbf)) break;
      seen++;
    }
    if (need > 0 && seen === need) {
      scan.multiByte++;
      i += need + 1;
      continue;
    }
    scan.invalid++;
    scan.invalidBytes += seen + 1;
    scan.first ??= { offset: i, length: seen + 1 };
    i += seen + 1;
  }
  return scan;
}

/** The bytes as UTF-8 with U+FFFD for the damage, when they are overwhelmingly UTF-8; else null. */
function damagedUtf8(bytes: Uint8Array): Decoded | null {
  const scan = scanUtf8(bytes);
  const { first } = scan;
  if (first === null) return null;
  const rare = scan.invalid <= Math.max(1, Math.floor(bytes.length / BYTES_PER_INVALID));
  if (!rare || scan.multiByte < scan.invalid * MULTIBYTE_PER_INVALID) return null;
  const line = bytes.subarray(0, first.offset).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
  const where =
    first.offset + first.length === bytes.length ? '在文件末尾，文件可能被截断' : `第一个在第 ${line} 行（第 ${first.offset + 1} 个字节）`;
  return {
    ok: true,
    text: new TextDecoder('utf-8').decode(bytes),
    note: `按 UTF-8 读取，但有 ${scan.invalidBytes} 个字节不是有效的 UTF-8（${where}），已替换为 “\uFFFD”；请检查文件是否损坏`,
  };
}
