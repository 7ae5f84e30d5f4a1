// Where an English "." ends a sentence in the documents' text (sentences.ts splits at it): after
// a lowercase word or a digit, before a capital or Chinese, unless an abbreviation stands before it.

/** Words an English "." follows without ending a sentence ("Dr. Li", "e.g. masks"). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'vs',
  'etc',
  'eg',
  'ie',
  'no',
  'fig',
  // Abbreviations of addresses an English notice writes ("Bldg. A", "Main St. Downtown"): a capital
  // after them starts no sentence.
  'bldg',
  'dept',
  'apt',
  'ave',
  'rd',
  'blvd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Abbreviations that end sentences as often as they go on ("at 8 p.m. Eastern time" / "ends at
 * 9 p.m. Please arrive early", "Acme Inc. The event…"): they end one before a word that opens
 * sentences, not before a name.
 */
const AMBIGUOUS = /^(?:[ap]\.m|inc|ltd|co|corp|jr|sr|mt|ft|approx|tel|ext|vol|al)$/iu;
const OPENS_SENTENCES = new Set(
  'the a an we i it its please they this that these those there our you your he she his her in on at for if when after before all then so but and as our my one each no'.split(
    ' ',
  ),
);

/**
 * An English sentence end: "." after a lowercase word or a digit, then space and a capital
 * ("…next Monday. It will open…"). Chinese text writes 。, so its "." (2.5, URLs, U.S.) never
 * matches: the shipped corpus has no ". X" at all.
 */
export function endsEnglishSentence(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x2e || !/\s/u.test(text[i + 1] ?? '')) return false;
  const next = text.slice(i + 1, i + 6);
  const before = text.charCodeAt(i - 1);
  // A Chinese sentence after an English one ("…shared afterwards. 欢迎提问！"): after a word only,
  // not a digit (a list's "2. 中国…").
  const chineseNext = /^\s+\p{Script=Han}/u.test(next) && before >= 0x61 && before <= 0x7a;
  if (!chineseNext && !/^\s+["'“‘(]?[A-Z]/u.test(next)) return false;
  // A lowercase letter or a digit before the "." (read as a code, not by slicing up to i: a long line has many dots).
  if (!((before >= 0x61 && before <= 0x7a) || (before >= 0x30 && before <= 0x39))) return false;
  const word = /([A-Za-z.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.replace(/\./gu, '').toLowerCase())) return false;
  if (!AMBIGUOUS.test(word.replace(/\.$/u, ''))) return true;
  const following = /^\s+["'“‘(]?([A-Za-z]+)/u.exec(text.slice(i + 1, i + 20))?.[1] ?? '';
  return chineseNext || OPENS_SENTENCES.has(following.toLowerCase());
}
