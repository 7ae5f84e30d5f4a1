import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeText } from './decode-text.js';

// The word lists an operator edits (dict/domain-words.txt, dict/synonyms.txt), read as the
// corpus's documents are: UTF-8, UTF-16 with its BOM or GBK, each other than UTF-8 noted. Saved in
// GBK they were read as UTF-8 without a word: /search 新冠肺炎 went from 96 results to 32.

export interface EditableFile {
  text: string;
  /** What the operator should hear, each naming the file ("dict/synonyms.txt：按 GB18030 编码读取"). */
  problems: string[];
}

export function readEditableFile(path: string): EditableFile {
  const name = basename(path);
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) return { text: '', problems: [`${name}：${decoded.reason}，其中的词没有用上`] };
  return { text: decoded.text, problems: decoded.note ? [`${name}：${decoded.note}`] : [] };
}

/** Lines that are neither blank, a comment, nor what `valid` accepts: "第 3 行…", for an operator to fix. */
export function linesNotRead(file: string, text: string, valid: (line: string) => boolean, expected: string): string[] {
  const problems: string[] = [];
  text.split(/\r?\n/u).forEach((raw, i) => {
    const line = raw.replace(/#.*/u, '').trim();
    if (line && !valid(line)) problems.push(`${file} 第 ${i + 1} 行不是“${expected}”的形式，已忽略`);
  });
  return problems;
}
