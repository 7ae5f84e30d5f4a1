// A deliberately simple English lemmatiser. It only has to be *consistent*: the same function
// runs over CEDICT glosses at build time and over questions at query time, so "banks", "bank",
// "provided" and "providing" meet at one key even when that key is not a real word ("provid").

const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  gave: 'give',
  given: 'give',
  took: 'take',
  taken: 'take',
  held: 'hold',
  sent: 'send',
  made: 'make',
  met: 'meet',
  spoke: 'speak',
  spoken: 'speak',
  said: 'say',
  told: 'tell',
  began: 'begin',
  begun: 'begin',
  built: 'build',
  led: 'lead',
  won: 'win',
  brought: 'bring',
  bought: 'buy',
  paid: 'pay',
  left: 'leave',
  found: 'find',
  kept: 'keep',
  chose: 'choose',
  chosen: 'choose',
  grew: 'grow',
  grown: 'grow',
  fell: 'fall',
  fallen: 'fall',
  rose: 'rise',
  risen: 'rise',
  saw: 'see',
  seen: 'see',
  went: 'go',
  gone: 'go',
  came: 'come',
  got: 'get',
  wrote: 'write',
  written: 'write',
  flew: 'fly',
  flown: 'fly',
  drew: 'draw',
  drawn: 'draw',
  sought: 'seek',
  taught: 'teach',
  thought: 'think',
  fought: 'fight',
  caught: 'catch',
  lent: 'lend',
  spent: 'spend',
  shut: 'shut',
  struck: 'strike',
  understood: 'understand',
  used: 'use',
  using: 'use',
  // Further common irregular verbs (past and participle), and the irregular comparatives.
  arose: 'arise',
  arisen: 'arise',
  became: 'become',
  broke: 'break',
  broken: 'break',
  dealt: 'deal',
  drove: 'drive',
  driven: 'drive',
  fed: 'feed',
  felt: 'feel',
  fled: 'flee',
  forgot: 'forget',
  forgotten: 'forget',
  froze: 'freeze',
  frozen: 'freeze',
  heard: 'hear',
  hid: 'hide',
  hidden: 'hide',
  knew: 'know',
  known: 'know',
  lost: 'lose',
  meant: 'mean',
  overcame: 'overcome',
  ran: 'run',
  sold: 'sell',
  shook: 'shake',
  shaken: 'shake',
  shot: 'shoot',
  shown: 'show',
  sank: 'sink',
  sunk: 'sink',
  sat: 'sit',
  slept: 'sleep',
  stood: 'stand',
  stole: 'steal',
  stolen: 'steal',
  stuck: 'stick',
  swept: 'sweep',
  threw: 'throw',
  thrown: 'throw',
  tore: 'tear',
  torn: 'tear',
  undertook: 'undertake',
  undertaken: 'undertake',
  upheld: 'uphold',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  withstood: 'withstand',
  wore: 'wear',
  worn: 'wear',
  worse: 'bad',
  worst: 'bad',
  better: 'good',
  best: 'good',
  children: 'child',
  news: 'news',
  series: 'series',
  species: 'species',
  people: 'people',
  men: 'man',
  women: 'woman',
  data: 'data',
  media: 'media',
  was: 'be',
  were: 'be',
  is: 'be',
  are: 'be',
  been: 'be',
  has: 'have',
  had: 'have',
  did: 'do',
  does: 'do',
};

// A Map, not the object, so inherited names like "constructor" never count as forms.
const IRREGULAR = new Map(Object.entries(IRREGULAR_FORMS));

const VOWEL = /[aeiouy]/;
const KEEP_DOUBLE = new Set(['l', 's', 'f', 'z']);

/** Removes a doubled final consonant left by -ed/-ing ("planned" → "plan"), except ll/ss/ff/zz. */
function undouble(stem: string): string {
  const last = stem.at(-1) ?? '';
  if (stem.length > 3 && last === stem.at(-2) && !VOWEL.test(last) && !KEEP_DOUBLE.has(last)) {
    return stem.slice(0, -1);
  }
  return stem;
}

/** A stem must keep a vowel and 3+ letters, so "thing", "need" and "bus" stay whole. */
function plausible(stem: string): boolean {
  return stem.length >= 3 && VOWEL.test(stem);
}

/** Plural -s/-es/-ies; words that merely end in s ("virus", "crisis", "across") are left alone. */
function stripPlural(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)es$/.test(word) || /(?:x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is|ous)$/.test(word)) {
    return plausible(word.slice(0, -1)) ? word.slice(0, -1) : word;
  }
  return word;
}

/** Verbal -ed/-ing (and -ied → y). */
function stripVerbal(word: string): string {
  if (word.endsWith('ied') && word.length > 4) return `${word.slice(0, -3)}y`;
  const suffix = word.endsWith('ing') ? 3 : word.endsWith('ed') ? 2 : 0;
  const stem = word.slice(0, word.length - suffix);
  if (suffix === 0 || !plausible(stem)) return word;
  const single = undouble(stem);
  // A short consonant-vowel-consonant stem lost a silent e: "caring" → "care", not "car".
  return single === stem && /^[^aeiou][aeiou][^aeiouwxy]$/.test(stem) ? `${stem}e` : single;
}

/**
 * British spellings as American ones (CEDICT glosses are mostly American): "centres", "organised",
 * "labour", "programme", "travelled". Applied to glosses and questions alike, like the rest.
 */
function americanSpelling(word: string): string {
  const long = word.length > 7;
  return word
    .replace(/^(cent|met|theat|lit|fib|spect)re(s|d)?$/, (_, stem: string, end = '') => `${stem}er${end === 'd' ? 'ed' : end}`)
    .replace(/(.)is(ation|ations|e|es|ed|ing)$/, (whole, head: string, end: string) => (long ? `${head}iz${end}` : whole))
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/(...)our(s|ed|ing|able)?$/, '$1or$2')
    .replace(/ogue(s)?$/, 'og$1')
    .replace(/programme(s)?$/, 'program$1')
    .replace(/^(def|off|lic)ence(s)?$/, '$1ense$2')
    .replace(/ell(ed|ing|er)$/, (whole, end: string) => (long ? `el${end}` : whole));
}

function stripSuffix(word: string): string {
  return stripVerbal(stripPlural(word));
}

/** Lower-cases and reduces one English word to its lookup key. */
export function lemmatize(word: string): string {
  const lower = americanSpelling(
    word
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/['’]/g, ''),
  );
  const irregular = IRREGULAR.get(lower);
  if (irregular === undefined) return regularLemma(lower);
  // The base form's own key: "became" must meet "to become" in a gloss, whose key is "becom".
  return irregular === lower || IRREGULAR.has(irregular) ? irregular : regularLemma(irregular);
}

function regularLemma(lower: string): string {
  if (lower.length <= 3 || /\d/.test(lower)) return lower;
  const stem = stripSuffix(lower);
  // A final silent e is dropped so "provide"/"provided"/"providing" all give "provid".
  return stem.endsWith('e') && stem.length > 4 ? stem.slice(0, -1) : stem;
}

/**
 * The -ing word itself ("meetings" → "meeting", "banking"), or null for other words. Kept as a
 * second, more exact key because a noun in -ing often means something else than its verb
 * ("meeting" 会议 vs "meet" 见面, "banking" 金融 vs "bank" 银行). Words in -ed are left to their
 * stem: "developed", "confirmed" in a question are mostly the verb.
 */
export function inflectedForm(word: string): string | null {
  const lower = americanSpelling(
    word
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/['’]/g, ''),
  );
  const singular = lower.endsWith('ings') ? lower.slice(0, -1) : lower;
  if (!singular.endsWith('ing') || IRREGULAR.has(lower)) return null;
  return lemmatize(lower) === singular ? null : singular;
}

/** An English token as written, with its lookup key. */
export interface EnglishToken {
  /** As written (possessive 's removed). */
  text: string;
  lemma: string;
  /** See inflectedForm: the exact -ing/-ed key tried before the lemma, or null. */
  form: string | null;
  /** All capitals, 2+ letters (WHO, EU, G20): looked up as an acronym before anything else. */
  acronym: boolean;
}

/** Lemma and -ing form per written word: the lexicon build tokenises ~20k glosses with many repeats. */
const KEY_CACHE = new Map<string, { lemma: string; form: string | null }>();

/** A word's letters without their accents (Pastéis → Pasteis, café → cafe); letters with no base letter (ø, ß) as they are. */
const withoutMarks = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Splits English text into word tokens; hyphens and punctuation separate words ("COVID-19" → COVID, 19).
 * A word with accented letters is one word (Pastéis, café: cut at é they were "past" + "is", "caf"),
 * looked up without its accents and echoed as written.
 */
export function tokenizeEnglish(text: string): EnglishToken[] {
  const tokens: EnglishToken[] = [];
  // Every apostrophe between letters is the word's, as the index keeps it (rock'n'roll, not rock'n and roll).
  for (const match of text.matchAll(/[A-Za-z0-9\u00C0-\u024F]+(?:['’][A-Za-z]+)*/g)) {
    // A plural acronym ("CDCs", "NGOs") is its acronym: the lexicon knows CDC, not cdcs.
    const raw = match[0].replace(/['’]s$/i, '').replace(/^([A-Z][A-Z0-9]+)s$/, '$1');
    if (raw.length === 0) continue;
    let keys = KEY_CACHE.get(raw);
    if (keys === undefined) {
      const plain = withoutMarks(raw);
      keys = { lemma: lemmatize(plain), form: inflectedForm(plain) };
      // Bounded: queries are user input; the lexicon build reuses a few thousand gloss words.
      if (KEY_CACHE.size < 50_000) KEY_CACHE.set(raw, keys);
    }
    tokens.push({ text: raw, ...keys, acronym: /^[A-Z][A-Z0-9]+$/.test(raw) });
  }
  return tokens;
}
