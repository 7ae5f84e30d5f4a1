import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import dotenv from 'dotenv';
import { timeZoneProblem } from './time-zone.js';

// `.env` is optional; values already in the environment win. dotenv's own notice would land on
// stdout and break the console and the JSON Lines output, so the file is read here and what
// cannot be used is said on stderr, in one line each, never with a value: a `.env` that was read
// as nothing (Windows Notepad's "Unicode", a folder) left a service that exits 0 and says nothing.

/** Names a line may set, from .env.example; a name in other letter case is said to be ignored. */
const KNOWN = [
  'DISCORD_TOKEN',
  'DISCORD_CLIENT_ID',
  'DISCORD_GUILD_ID',
  'DISCORD_API_URL',
  'DISCORD_SHARDS',
  'LOG_LEVEL',
  'CORPUS_DIR',
  'CORPUS_WATCH_SECONDS',
  'INDEX_CACHE_DIR',
  'TZ',
];

/** The file's text: UTF-8 (a BOM dropped) or UTF-16 with its BOM. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // An odd last byte is half a character: dropped (swap16 throws on it).
    const body = bytes.subarray(2, bytes.length - ((bytes.length - 2) % 2));
    return Buffer.from(body).swap16().toString('utf16le');
  }
  return bytes.toString('utf8').replace(/^\ufeff/u, '');
}

/** What is wrong with the lines of a `.env`, one message each (names only, never values). */
export function envProblems(text: string): string[] {
  const problems: string[] = [];
  // Inside a quoted value of several lines (KEY="line one … line two"), lines are the value's.
  let quote: string | null = null;
  text.split(/\r?\n|\r/u).forEach((line, i) => {
    const body = line.trim();
    if (quote) {
      if (body.includes(quote)) quote = null;
      return;
    }
    if (!body || body.startsWith('#')) return;
    // dotenv reads NAME=value and NAME: value.
    const setting = /^(?:export\s+)?([^=:\s]+)\s*(?:=|:\s)\s*(["'`]?)(.*)$/u.exec(body);
    const name = setting?.[1];
    const opens = setting?.[2];
    if (opens && !setting?.[3]?.includes(opens)) quote = opens;
    if (name === undefined) problems.push(`第 ${i + 1} 行不是“名称=值”的形式，已忽略`);
    else if (!KNOWN.includes(name) && KNOWN.includes(name.toUpperCase()))
      problems.push(`第 ${i + 1} 行的 ${name} 应写作 ${name.toUpperCase()}（区分大小写），已忽略`);
  });
  return problems;
}

/** Reads `.env` into the environment, then says a TZ (of either) that Node cannot read. */
export function loadDotenv(
  path: string = resolve(process.cwd(), '.env'),
  warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): void {
  readDotenv(path, warn);
  const zone = timeZoneProblem();
  if (zone) warn(`⚠ ${zone}`);
}

function readDotenv(path: string, warn: (line: string) => void): void {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) {
      warn('⚠ .env 是一个文件夹，不是文件：其中的设置没有读取');
      return;
    }
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') warn(`⚠ 无法读取 .env（${code ?? '未知错误'}）：其中的设置没有读取`);
    return;
  }
  const text = decode(bytes);
  for (const problem of envProblems(text)) warn(`⚠ .env ${problem}`);
  for (const [name, value] of Object.entries(dotenv.parse(text))) {
    // TZ= as .env.example leaves it means the machine's zone; set empty, Node would read UTC.
    if (name === 'TZ' && value === '') continue;
    if (process.env[name] === undefined) process.env[name] = value;
  }
}
