import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PATHS } from '../src/core/paths.js';

// The big corpora of `npm run bench:big`, generated deterministically.

/** Each sentence's clauses rotated by `k`, so that no copy repeats another verbatim. */
function rotateClauses(line: string, k: number): string {
  if (line.includes('目录')) return line; // the white paper's table of contents stays findable
  const lead = line.startsWith('◆') ? '◆' : '';
  return (
    lead +
    line.slice(lead.length).replace(/[^。！？]+/g, (sentence) => {
      const clauses = sentence.split(/[，,]/);
      const r = k % clauses.length;
      return [...clauses.slice(r), ...clauses.slice(0, r)].join('，');
    })
  );
}

function copies(dir: string, megabytes: number): { files: number; bytes: number } {
  const sources = readdirSync(DEFAULT_PATHS.corpusDir).filter((n) => n.endsWith('.txt'));
  let bytes = 0;
  let files = 0;
  for (let k = 0; bytes < megabytes * 2 ** 20; k++) {
    for (const name of sources) {
      const stem = name.replace(/\.txt$/, '');
      const text = readFileSync(join(DEFAULT_PATHS.corpusDir, name), 'utf8');
      const meta = JSON.parse(readFileSync(join(DEFAULT_PATHS.corpusDir, `${stem}.meta.json`), 'utf8')) as Record<string, unknown>;
      const body = text
        .split('\n')
        .map((line) => rotateClauses(line, k))
        .join('\n');
      writeFileSync(join(dir, `${stem}-${k}.txt`), body);
      writeFileSync(
        join(dir, `${stem}-${k}.meta.json`),
        JSON.stringify({ ...meta, id: `${meta.id}-${k}`, title: `${meta.title}（副本${k}）` }),
      );
      bytes += Buffer.byteLength(body);
      files++;
    }
  }
  return { files, bytes };
}

/** One document of random common Han characters, in sentences of 10–60 characters. */
function random(dir: string, megabytes: number): { files: number; bytes: number } {
  // mulberry32: 32-bit integer arithmetic (a float LCG loses precision and cycles early).
  let seed = 42;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < megabytes * 2 ** 20) {
    const length = 10 + Math.floor(next() * 50);
    const sentence = Array.from({ length }, () => String.fromCharCode(0x4e00 + Math.floor(next() * 0x51a5))).join('');
    parts.push(`${sentence}。${next() < 0.2 ? '\n\n' : ''}`);
    bytes += length * 3 + 3;
  }
  writeFileSync(join(dir, 'random.txt'), parts.join(''));
  writeFileSync(join(dir, 'random.meta.json'), JSON.stringify({ id: 'random', title: '随机文字', kind: 'plain', year: 2020 }));
  return { files: 1, bytes };
}

export function generateBigCorpus(dir: string, megabytes: number, randomText: boolean) {
  mkdirSync(dir, { recursive: true });
  return {
    kind: randomText ? 'random Han characters' : 'rotated copies of the starting documents',
    ...(randomText ? random(dir, megabytes) : copies(dir, megabytes)),
  };
}
