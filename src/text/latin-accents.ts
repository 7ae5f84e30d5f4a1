// Latin words as documents and users write them apart: a name with its affiliation mark (Daniel K.
// Osei², as PDFs export a paper's authors: NFKC made it the word osei2, and Osei found nothing), and a
// word with accents typed without them (Inês as Ines; Pastéis was cut at é into past + is). A pinyin
// reading keeps its tone marks (颓（tuí）): a reading question finds its note by them.

/**
 * Superscript figures closing a capitalised name (Osei², OSEI²): a paper's affiliation marks, no part
 * of the name. Units (m², km³) are lower-case and keep theirs.
 */
const NAME_MARK = /(?<!\p{L})(\p{Lu}\p{L}*)([¹²³⁰⁴-⁹]+)/gu;
const SUPERSCRIPT = /[¹²³⁰⁴-⁹]/u;

/** A run of Latin letters (one pass: a pattern requiring an accent inside took quadratic time over a long run without one). */
const LATIN_RUN = /[a-zA-Z\u00C0-\u024F]+/gu;
const ACCENTED = /[\u00C0-\u024F]/u;

/** Vowels with a pinyin tone mark. */
const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;
const NOT_PINYIN_LETTER = /[^a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]/u;

/** A pinyin syllable without its tone: an initial (or none) and a final. */
const SYLLABLE =
  '(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo|ui|ue|üe|er|a|o|e|i|u|ü)';
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE})+$`, 'u');

/** A letter's base letter (ê → e), when it has one among a–z; others as they are (æ, ø). */
const baseLetter = (c: string): string => {
  const base = c.normalize('NFD')[0] ?? c;
  return /[a-z]/iu.test(base) ? base : c;
};

/** Whether a lower-case word reads as pinyin with tone marks (tuí, xiǎn, pǐ), every mark a tone's. */
function isPinyinReading(word: string): boolean {
  if (!TONE_MARKED.test(word) || NOT_PINYIN_LETTER.test(word)) return false;
  const toneless = [...word].map((c) => (/[üǖǘǚǜ]/u.test(c) ? 'ü' : baseLetter(c))).join('');
  return PINYIN_WORD.test(toneless);
}

/** A name's affiliation marks as spaces, one each (positions kept for highlighting). */
export const withoutNameMarks = (text: string): string =>
  // Read from a name's start (a lookbehind over the name, tried at every character, took quadratic time over a long word).
  SUPERSCRIPT.test(text) ? text.replace(NAME_MARK, (_, name: string, marks: string) => name + ' '.repeat(marks.length)) : text;

/** Lower-case text with its Latin words' accents folded, a pinyin reading's tones spared; one character for each. */
export const withoutAccents = (text: string): string =>
  text.replace(LATIN_RUN, (word) => (!ACCENTED.test(word) || isPinyinReading(word) ? word : [...word].map(baseLetter).join('')));
