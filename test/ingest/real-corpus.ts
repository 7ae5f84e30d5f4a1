// Paths and one-time loads of the real corpus shared by the ingest tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentMeta } from '../../src/core/types.js';

export const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));
export const DEV_JSON = fileURLToPath(new URL('../../eval/dev.json', import.meta.url));
export const CHRONICLE = 'cn-covid-cooperation-chronicle-2020-03';
export const WHITEPAPER = 'fighting-covid19-china-in-action-whitepaper';

export function readText(name: string): string {
  return readFileSync(`${CORPUS_DIR}${name}.txt`, 'utf8');
}

export function readMeta(name: string): DocumentMeta {
  return JSON.parse(readFileSync(`${CORPUS_DIR}${name}.meta.json`, 'utf8')) as DocumentMeta;
}
