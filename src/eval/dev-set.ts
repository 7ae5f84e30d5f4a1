import { readFileSync } from 'node:fs';

// The evaluation set format (see eval/README.md): written by people reading the documents.

export interface RankedCase {
  q: string;
  expect: string[];
  kind?: string;
  note?: string;
}

export interface SetCase {
  q: string;
  expect: string[];
  aliases?: string[];
  note?: string;
}

export interface NegativeCase {
  q: string;
  want: 'no-results' | 'error';
  note?: string;
}

export interface DevSet {
  ask: RankedCase[];
  search: RankedCase[];
  date: SetCase[];
  country: SetCase[];
  negative: NegativeCase[];
}

export function readDevSet(path: string): DevSet {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<DevSet>;
  return { ask: raw.ask ?? [], search: raw.search ?? [], date: raw.date ?? [], country: raw.country ?? [], negative: raw.negative ?? [] };
}
