import { foldWidthAndCase } from './normalize.js';

// Query-side expansion of abbreviations and everyday names (卫健委 → 卫生健康委). Documents are
// indexed as written; expanding the query keeps the index honest and the list user-editable.

export type Synonyms = ReadonlyMap<string, readonly string[]>;

export function parseSynonyms(text: string): Synonyms {
  const map = new Map<string, string[]>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const [head, tail] = line.split('=');
    if (!head || !tail) continue;
    const key = foldWidthAndCase(head.trim());
    const values = tail.trim().split(/\s+/).map(foldWidthAndCase).filter(Boolean);
    if (key && values.length) map.set(key, [...(map.get(key) ?? []), ...values]);
  }
  return map;
}

/** A line parseSynonyms reads: a word, "=", then at least one word. */
export const isSynonymLine = (line: string): boolean => /^[^=]+=\s*\S/u.test(line);

/** The hand-listed groups, then what CEDICT's shared senses give for words the corpus never writes. */
export function withLearnedSynonyms(listed: Synonyms, learned: Readonly<Record<string, readonly string[]>>): Synonyms {
  const map = new Map<string, readonly string[]>(Object.entries(learned));
  for (const [word, values] of listed) map.set(word, values);
  return map;
}

/** The hand-listed groups, a word the documents write also standing for its other spellings they write (蛋塔, 蛋挞). */
export function withSpellings(listed: Synonyms, spellings: Readonly<Record<string, readonly string[]>>): Synonyms {
  const map = new Map<string, readonly string[]>(listed);
  for (const [word, others] of Object.entries(spellings)) map.set(word, [...new Set([...(map.get(word) ?? []), ...others])]);
  return map;
}
