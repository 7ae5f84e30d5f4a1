// Turns one CC-CEDICT meaning ("to provide a loan (e.g. bank)", "World Health Organization (WHO)")
// into clean English gloss phrases, lemmatised, plus any acronym it spells out.
import { tokenizeEnglish } from './lemma.js';
import { isStopLemma } from './stop-words.js';

export interface GlossPhrase {
  /** Lemmas of the phrase in order, function words included ("take part in"). */
  lemmas: string[];
  /** The lemmas that carry meaning (stop words removed). */
  content: string[];
  /** Parallel to content: the exact -ing/-ed form of each word, or null (see inflectedForm). */
  forms: (string | null)[];
}

export interface ParsedMeaning {
  phrases: GlossPhrase[];
  /** Upper-case acronyms the meaning names, e.g. "WHO" from "World Health Organization (WHO)". */
  acronyms: string[];
  /** Marked as slang, dialect, archaic, ironic…: a sense a question is unlikely to mean. */
  marked: boolean;
}

// Meanings that point elsewhere or name a person rather than translate the headword.
const REFERENCE =
  /^(?:surname|(?:old|archaic|ancient|japanese|erhua|korean) variant|variant of|see |see also|used in|cl:|abbr\. for|abbr\. to|classifier for|taiwan pr\.|also pr\.|also written|pr\. |(?:old )?name of|used as|phonetic|radical)/i;

// Placeholders CEDICT uses inside glosses; they are not words a user would ask about.
const PLACEHOLDERS = new Set(['sb', 'sth', 'someone', 'something', 'oneself', 'etc']);

const LEADING = /^(?:to be |to |a |an |the |fig\. |lit\. |esp\. |of )+/i;

// A leading usage label such as "(slang)", "(ironically)", "(Tw)", "(old)".
const MARKED =
  /^\((?:[^)]*\b)?(?:slang|iron|derog|dialect|archaic|old|literary|classical|Tw|Cantonese|vulgar|humor|coll|Internet|Buddhism|Taoism)/i;

export function parseMeaning(meaning: string): ParsedMeaning {
  const empty: ParsedMeaning = { phrases: [], acronyms: [], marked: false };
  // "abbr. for Saudi Arabia" translates the headword; "abbr. for 拉丁美洲" only points elsewhere.
  const abbreviation = /^abbr\. (?:for|to) ([^\p{Script=Han}]+)$/u.exec(meaning.trim());
  const trimmed = abbreviation?.[1]?.trim() ?? meaning.trim();
  if (REFERENCE.test(trimmed)) return empty;
  const marked = MARKED.test(trimmed);
  const acronyms = [...trimmed.matchAll(/\(([A-Z][A-Z0-9]{1,9})\)/g)].map((m) => m[1] ?? '').filter((a) => a !== '');
  const cleaned = trimmed
    // Words in quotes are talked about, not translated: 心流 is glossed 'being "in the zone"'.
    .replace(/"[^"]*"/g, ' ')
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\bCL:.*$/, ' ');
  const phrases: GlossPhrase[] = [];
  for (const part of cleaned.split(/[;,]/)) {
    const text = part.trim().replace(LEADING, '').trim();
    if (text === '' || /\p{Script=Han}/u.test(text)) continue;
    // A part naming a year describes the headword, it does not translate it: 腾讯 is "Tencent, Chinese
    // tech conglomerate, founded in 1998", not a translation of "founded".
    if (/\b(?:1[5-9]|20)\d\d\b/.test(text)) continue;
    // A gloss that is itself an acronym ("WHO", "UN") is recorded as one, not as a word.
    if (/^[A-Z][A-Z0-9]{1,9}$/.test(text)) {
      acronyms.push(text);
      continue;
    }
    const tokens = tokenizeEnglish(text).filter((t) => !PLACEHOLDERS.has(t.lemma));
    const lemmas = tokens.map((t) => t.lemma);
    const meaningful = tokens.filter((t) => !isStopLemma(t.lemma) && !/^\d+$/.test(t.lemma));
    const content = meaningful.map((t) => t.lemma);
    const forms = meaningful.map((t) => t.form);
    if (content.length > 0) phrases.push({ lemmas, content, forms });
  }
  return { phrases, acronyms, marked };
}

/** The lookup key of an English phrase: its lemmas joined by single spaces. */
export function phraseKey(lemmas: readonly string[]): string {
  return lemmas.join(' ');
}
