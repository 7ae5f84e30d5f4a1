// A document file's bytes → its text. UTF-8 is what the README asks for, but users drop in what
// their editors write: Windows Notepad's "Unicode" (UTF-16 with a byte-order mark) and GBK
// (GB18030), still common for Chinese. Those are read too, and said so; anything else is
// refused with the reason, never read as garbage.

export type Decoded = { ok: true; text: string; note: string | null } | { ok: false; reason: string };

const decoder = (label: string) => new TextDecoder(label, { fatal: true });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function decodeText(bytes: Uint8Array): Decoded {
  try {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { ok: true, text: decoder('utf-8').decode(bytes), note: null };
    if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: decoder('utf-16le').decode(bytes), note: '按 UTF-16 编码读取' };
    if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: decoder('utf-16be').decode(bytes), note: '按 UTF-16 编码读取' };
  } catch {
    return { ok: false, reason: '字节顺序标记（BOM）与内容不符，无法解码（请另存为 UTF-8）' };
  }
  // No text encoding we read puts NUL bytes in text: an image, an archive, or UTF-16 without its mark.
  if (bytes.includes(0)) return { ok: false, reason: '不是文本文件（含二进制数据；若是没有 BOM 的 UTF-16，请另存为 UTF-8）' };
  try {
    return { ok: true, text: decoder('utf-8').decode(bytes), note: null };
  } catch {
    // Not UTF-8: GB18030 (a superset of GBK and GB2312) is the other encoding Chinese text comes in.
  }
  try {
    return {
      ok: true,
      text: decoder('gb18030').decode(bytes),
      note: '不是 UTF-8，按 GB18030（GBK）编码读取；若内容是乱码，请另存为 UTF-8',
    };
  } catch {
    return { ok: false, reason: '无法识别的编码（请另存为 UTF-8）' };
  }
}
