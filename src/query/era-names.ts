import { readFileSync } from 'node:fs';
import { escapeRegExp } from '../text/escape-regexp.js';
import { locateCedictData } from './english/cedict-source.js';

// Whether two characters before a count of years (乾隆二十三年, 抗战八年) may be an era's name.
// CC-CEDICT glosses the eras it knows as such ("the Qianlong era", "reign name of …", "Japanese era
// name"): a word it knows otherwise (抗战 "war of resistance", 建国 "to found a country") counts
// years of a war or since a founding, a duration or an anniversary, never a calendar. A word it
// does not know (嘉靖) may still be an era. Read only when such a date is typed: the data file is
// scanned for that word alone (~0.3 s), not parsed whole (~1.3 s), and not kept (~20 MB): the answer is.

const ERA_GLOSS = /\b(?:era|reign)\b/iu;
const STRING = String.raw`"(?:[^"\\]|\\.)*"`;

const known = new Map<string, boolean>();

/** The glosses CC-CEDICT gives `word` under any of its entries (Simplified or Traditional headword). */
function glossesOf(text: string, word: string): string[] {
  const head = escapeRegExp(word);
  const entry = new RegExp(
    String.raw`\[${STRING},"${head}",${STRING},(${STRING}|\[(?:${STRING},?)*\])|\["${head}",${STRING},${STRING},(${STRING}|\[(?:${STRING},?)*\])`,
    'gu',
  );
  return [...text.matchAll(entry)].flatMap((m) => {
    const value: unknown = JSON.parse(m[1] ?? m[2] ?? '[]');
    return typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : [];
  });
}

/** Whether `word` may name an era: glossed as one, or unknown to the dictionary (or no dictionary installed). */
export function mayNameEra(word: string): boolean {
  const kept = known.get(word);
  if (kept !== undefined) return kept;
  const path = locateCedictData();
  const glosses = path ? glossesOf(readFileSync(path, 'utf8'), word) : [];
  const era = glosses.length === 0 || glosses.some((gloss) => ERA_GLOSS.test(gloss));
  // Era-like words are few (two characters before a count of years, typed to /date).
  if (known.size < 10_000) known.set(word, era);
  return era;
}
