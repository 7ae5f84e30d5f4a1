import type { Library } from '../core/library.js';
import type { Services } from '../core/services.js';
import { lemmatize } from '../query/english/lemma.js';

// A Latin word typed as people spell it, read as the documents spell it: its letter and digit
// parts joined, or apart by a hyphen or a space (wifi, WiFi, Wi-Fi, Wi Fi; GTX960, GTX 960). The
// tokenizer keeps Wi-Fi as one word and GTX 960 as two, so "wifi" matched nothing and was "not
// understood", as was "120Hz", which the documents write (cut into 120 and hz).

/** Letters and digits, parts joined by single hyphens, dashes or spaces. */
const RUN = /[a-z0-9]+(?:[-‐–\u0020][a-z0-9]+)*/giu;
const PART = /[a-z0-9]+/giu;
const LETTER = /[a-z]/iu;

/** A stretch of a run as written, its letters and digits (`key`), and where it stands in the run. */
interface Piece {
  written: string;
  key: string;
  start: number;
  end: number;
}

/** Each part of a run, in order, with the part after it when the two may be one word (`pair`). */
function* pieces(run: string): Generator<{ single: Piece; pair: Piece | null }> {
  const parts = [...run.matchAll(PART)];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const start = part.index;
    const single = { written: part[0], key: part[0], start, end: start + part[0].length };
    const next = parts[i + 1];
    const end = next ? next.index + next[0].length : 0;
    const pair = next && joinable(run, part, next) ? { written: run.slice(start, end), key: part[0] + next[0], start, end } : null;
    yield { single, pair };
  }
}

/**
 * Whether two neighbouring parts may be one word: joined by a hyphen or dash (Wi-Fi), or by a
 * space between letters and digits (GTX 960, iPhone 15); two words of prose apart ("in to") are
 * no "into".
 */
function joinable(run: string, part: RegExpExecArray | RegExpMatchArray, next: RegExpExecArray | RegExpMatchArray): boolean {
  if (run[part.index! + part[0].length] !== ' ') return true;
  return /\d/u.test(part[0].slice(-1)) !== /\d/u.test(next[0][0]!);
}

/** A Latin letter as a sentence may write it, full-width included (its match text folds it). */
const WRITTEN_LETTER = /[A-Za-zＡ-Ｚａ-ｚ]/u;

/**
 * Read from every sentence once, the first time a query has Latin letters; only runs holding a
 * letter count (the digits of 3 000 are no word). Only sentences writing a letter are folded to
 * their match text: folding all of them first cost 0.75 s at 100× the corpus (~40 ms now).
 */
function readSpellings(services: Services): Map<string, Set<string>> {
  const { library } = services;
  const spellings = new Map<string, Set<string>>();
  const { passages } = services.index.numbers;
  for (let n = 0; n < library.passageCount; n++) {
    if (!WRITTEN_LETTER.test(passages[n]?.text ?? '')) continue;
    const text = library.matchTextAt(n);
    if (!LETTER.test(text)) continue;
    for (const [run] of text.matchAll(RUN))
      for (const { single, pair } of pieces(run))
        for (const { written, key } of pair ? [single, pair] : [single]) {
          if (!LETTER.test(key)) continue;
          const forms = spellings.get(key);
          if (forms) forms.add(written);
          else spellings.set(key, new Set([written]));
        }
  }
  return spellings;
}

/** The spellings, read once per library (by hand, not memoized: reading them needs the services too). */
const spellingsOf = new WeakMap<Library, Map<string, Set<string>>>();
function documentSpellings(services: Services): Map<string, Set<string>> {
  let spellings = spellingsOf.get(services.library);
  if (!spellings) {
    spellings = readSpellings(services);
    spellingsOf.set(services.library, spellings);
  }
  return spellings;
}

/** The words of letters only the documents write, by their lemma (rescu: rescue), once per library. */
const byLemmaOf = new WeakMap<Library, Map<string, string[]>>();
function writtenByLemma(services: Services): Map<string, string[]> {
  let byLemma = byLemmaOf.get(services.library);
  if (!byLemma) {
    byLemma = new Map();
    for (const key of documentSpellings(services).keys()) {
      if (!/^[a-z]{3,}$/u.test(key)) continue;
      const lemma = lemmatize(key);
      const words = byLemma.get(lemma);
      if (words) words.push(key);
      else byLemma.set(lemma, [key]);
    }
    byLemmaOf.set(services.library, byLemma);
  }
  return byLemma;
}

/**
 * The words the documents write for an English word they do not, of the same lemma (rescued:
 * rescue; build: built), when the English lexicon does not know it: over English documents it is
 * empty (its words are Chinese ones'), and a question's every inflected word was "not understood".
 */
function writtenInflections(services: Services, word: string): string | null {
  if (!/^[a-z]{3,}$/u.test(word)) return null;
  const forms = writtenByLemma(services).get(lemmatize(word));
  // The lexicon asked last: most words typed have no written form of their lemma.
  return forms?.length && !services.english(word)?.groups.length ? forms.join(' ') : null;
}

/** How the documents write a Latin word, its letters and digits compared alone (wifi: wi-fi, wifi), folded; none when they do not. */
export function latinSpellings(services: Services, word: string): string[] {
  const key = word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '');
  return key && /[a-z]/u.test(key) ? [...(documentSpellings(services).get(key) ?? [])] : [];
}

/** One Latin word of letter and digit parts, joined or by hyphens (AP-300, ap300, COVID-19). */
const ONE_WORD = /^[a-z0-9]+(?:[-‐–][a-z0-9]+)*$/u;

/**
 * The documents' spelling of a /search that is one Latin word they write with its parts joined by
 * a hyphen or space (AP-300 for AP-300 or ap300), to be searched as written: read as its parts,
 * its number alone matched 学费300元 and none of the AP-300 sentences. Null otherwise.
 */
export function writtenCompound(services: Services, query: string): string | null {
  const folded = query.trim().normalize('NFKC').toLowerCase();
  if (!ONE_WORD.test(folded) || !/[a-z]/u.test(folded) || !/\d/u.test(folded)) return null;
  const spellings = latinSpellings(services, folded);
  if (spellings.includes(folded) && /[-‐–]/u.test(folded)) return folded;
  return spellings.find((form) => /[-‐–\s]/u.test(form)) ?? null;
}

/** Whether the documents write a Latin word as typed, its case and width aside (120Hz). */
export function writesLatin(services: Services, word: string): boolean {
  const folded = word.normalize('NFKC').toLowerCase();
  return (
    documentSpellings(services)
      .get(folded.replace(/[^a-z0-9]/gu, ''))
      ?.has(folded) ?? false
  );
}

/**
 * The query with each Latin word or pair of words the documents write otherwise in their
 * spellings, all of them (wifi → wi-fi; GTX960 → gtx 960; wifi, where both are written, → wifi
 * wi-fi); the query unchanged when none is.
 */
export function asWrittenLatin(services: Services, query: string): string {
  if (!/[A-Za-zＡ-Ｚａ-ｚ]/u.test(query)) return query;
  const spellings = documentSpellings(services);
  // Forms other than the one typed, for a piece typed as `written`.
  const otherwise = (written: string, key: string) => {
    const forms = spellings.get(key.toLowerCase());
    if (!forms) return writtenInflections(services, key.toLowerCase());
    return [...forms].some((form) => form !== written.toLowerCase()) ? [...forms].join(' ') : null;
  };
  const normalized = query.normalize('NFKC');
  let changed = false;
  const rewritten = normalized.replace(RUN, (run) => {
    let out = '';
    let at = 0;
    for (const { single, pair } of pieces(run)) {
      // A part the pair before it took is read already.
      if (single.start < at) continue;
      // Two parts read as one word first (GTX 960 as gtx960), then each alone.
      const asPair = pair ? otherwise(pair.written, pair.key) : null;
      const [piece, replacement] = pair && asPair !== null ? [pair, asPair] : [single, otherwise(single.written, single.key)];
      if (replacement === null) continue;
      out += run.slice(at, piece.start) + replacement;
      at = piece.end;
      changed = true;
    }
    return out + run.slice(at);
  });
  return changed ? rewritten : query;
}
