// What a zip file (a .docx) says it holds, read from its central directory without unpacking
// anything, so that a file that would unpack to gigabytes (a "zip bomb" named .docx) is refused
// before any of it is inflated. The sizes are the archive's own claims: a forged one still stops
// at the conversion process's memory limit (converted-documents.ts), never in the bot.

export interface ZipEntry {
  name: string;
  uncompressedSize: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record's fixed part, and the longest comment that may follow it. */
const END_RECORD = 22;
const MAX_COMMENT = 0xffff;
/** A size or offset the ZIP64 extension holds instead (Word never writes one for a document). */
const ZIP64_MARK = 0xffffffff;

/** The archive's entries, or why it is no zip this reader reads (not a zip, cut short, ZIP64). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - END_RECORD; at >= Math.max(0, bytes.length - END_RECORD - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return '不是有效的 ZIP 文件（找不到目录，文件可能已损坏或被截断）';
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (offset === ZIP64_MARK || size === ZIP64_MARK) return '是 ZIP64 格式的压缩文件，无法读取';
  if (offset + size > end) return 'ZIP 目录超出文件范围（文件可能已损坏或被截断）';
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) return 'ZIP 目录已损坏';
    const uncompressedSize = view.getUint32(at + 24, true);
    if (uncompressedSize === ZIP64_MARK) return '是 ZIP64 格式的压缩文件，无法读取';
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, uncompressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
