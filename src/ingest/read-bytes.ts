// A document file's bytes, or why they cannot be read, said to a reader: the loader's (load-corpus.ts)
// and the conversion process's (convert-file.ts) one way of saying it.

import { readFileSync } from 'node:fs';

export function readBytes(path: string): Uint8Array | { reason: string } {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return { reason: '没有读取权限' };
    // A name in another encoding than UTF-8 (GBK, from a zip made on Windows) is read back with
    // replacement characters, under which no file exists.
    if (code === 'ENOENT' && path.includes('\uFFFD'))
      return { reason: '文件名不是 UTF-8 编码（常见于 Windows 上打包的压缩文件），无法打开：请给文件改名后再放入' };
    return { reason: `无法读取（${code ?? String(e)}）` };
  }
}
