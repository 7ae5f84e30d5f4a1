import type { Services } from '../core/services.js';
import type { Passage } from '../core/types.js';
import { relativeDays } from '../query/relative-days.js';
import { cutGraphemes } from '../text/graphemes.js';
import { foldWidthAndCase, simplifiedVariants, toSimplified } from '../text/normalize.js';
import { withDigitDays } from '../text/numeral-dates.js';
import { digitStrippedTitles } from './citation.js';
import { closestCommand } from './commands.js';
import type { Example } from './corpus-examples.js';
import { type Locale, listed, say } from './locale.js';
import { quantityOf, quantityPattern } from './quantity.js';
import { PUNCTUATION_OR_SPACE } from './query-analysis.js';
import { asksForFigures } from './question-intent.js';
import type { RankedPassage } from './ranked-passage.js';
import { readSearchSyntax } from './search-syntax.js';

// The notes /ask and /search put above their results: what the reader must know to read them
// right (digits this copy lost, English words no document writes, keywords no result holds as typed). Each
// gives its line or null.

/** When a figure is asked for (or, by /search, digits) and a digit-stripped copy answers, say so: never guess digits. */
export function strippedDigitsNotice(
  services: Services,
  query: string,
  docIds: Set<string>,
  locale: Locale = 'zh',
  figuresAsked = asksForFigures(query),
): string | null {
  if (!figuresAsked) return null;
  const titles = digitStrippedTitles(services.library, docIds, locale);
  if (!titles) return null;
  return say(
    locale,
    `注意：${titles}的副本丢失了所有数字（如“年月日”“亿人次”），数字和日期无法从中查到，也不会被猜测补全。`,
    `Note: copies that lost every digit (dates read “年月日”, figures “亿人次”): ${titles}. Figures and dates cannot be found in them, and are never guessed.`,
  );
}

/**
 * Where a copy's lost digits show in an excerpt: a date read 月日 or 年月, a figure read 万只 or
 * 亿人次 (万 or 亿 with no numeral before it). 万众一心 counts too: the note it brings is still true.
 */
const LOST_FIGURE = /月日|年月|(?<![〇零一二两三四五六七八九十百千万几数多])[万亿](?![一二三四五六七八九])/u;

/** Whether a passage shows lost digits, tested once per passage: every answer's shown lines are tested, the same ones again and again. */
const showsLoss = new WeakMap<Passage, boolean>();

function showsLostFigures(passage: Passage): boolean {
  let shows = showsLoss.get(passage);
  if (shows === undefined) {
    shows = LOST_FIGURE.test(passage.text);
    showsLoss.set(passage, shows);
  }
  return shows;
}

/** The lost-digits note for excerpts that show the loss, although nothing asked for a figure ("万只万只" read as the bot's error). */
export function lostFiguresNotice(services: Services, shown: readonly Passage[], query: string, locale: Locale = 'zh'): string | null {
  const docs = new Set<string>();
  for (const passage of shown) if (showsLostFigures(passage)) docs.add(passage.docId);
  const titles = digitStrippedTitles(services.library, docs, locale);
  if (!titles || asksForFigures(query)) return titles ? strippedDigitsNotice(services, query, docs, locale, true) : null;
  // Shorter than the note a figure question gets: it rides on many answers that asked for none.
  return say(
    locale,
    `注：${titles}的副本丢失了数字，摘录中“月日”“万只”这样的空缺处原有数字。`,
    `Note: copies that lost their digits: ${titles}. Gaps such as “月日” or “万只” in their excerpts held figures.`,
  );
}

/** Kana or Hangul: the bot reads Chinese and English only, so such a question is matched by its Chinese characters alone. */
export const JAPANESE_OR_KOREAN = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function languageNotice(query: string, locale: Locale = 'zh'): string | null {
  if (!JAPANESE_OR_KOREAN.test(query)) return null;
  return say(
    locale,
    '注意：目前只支持中文（简体或繁体）和英文；日文假名、韩文无法理解，结果只按其中的汉字查找。',
    'Note: only Chinese (Simplified or Traditional) and English are read; kana and Hangul are not, so the results rest on the Chinese characters alone.',
  );
}

/** What the notes on English words say of them, with results or without. */
const UNKNOWN_ENGLISH = { zh: '文档中没有这些英文词或其译词', en: 'no document writes these words or a translation of them' };

/**
 * English words no document writes, nor a translation of them: the results rest on the question's
 * other words only. Said so, not "not understood": over documents in English, `open` beside their
 * `reopens` is a word the reader knows, that the documents do not write.
 */
export function unknownEnglishNotice(unknown: readonly string[], locale: Locale = 'zh'): string | null {
  if (!unknown.length) return null;
  const words = unknown.join(', ');
  return say(
    locale,
    `注意：${UNKNOWN_ENGLISH.zh}：${words}；结果只按问题的其余部分查找。`,
    `Note: ${UNKNOWN_ENGLISH.en}: ${words}; the results rest on the rest of the question.`,
  );
}

/** The same said beside "no results", in brackets. */
export function unknownEnglishAside(unknown: readonly string[], locale: Locale = 'zh'): string {
  const words = unknown.join(', ');
  return say(locale, `（${UNKNOWN_ENGLISH.zh}：${words}）`, ` (${UNKNOWN_ENGLISH.en}: ${words})`);
}

/**
 * A question opening with a misspelt command name the lexicon cannot read either ("serach 口罩",
 * typed without its slash, so read as /ask): the command meant, to run instead.
 */
export function misspeltCommand(query: string, unknown: readonly string[], locale: Locale = 'zh'): { line: string; run: string } | null {
  const [, first = '', rest = ''] = /^\s*([A-Za-z]+)\s+(.+)$/su.exec(query) ?? [];
  // A command's own name typed without its slash before Chinese or a date ("search 口罩", which
  // the console reads as /search): "search" is an English word the question is searched for too.
  const named = /^(?:search|date|country)$/iu.test(first) && !/[A-Za-z]/u.test(rest);
  if (!named && !unknown.some((w) => w.toLowerCase() === first.toLowerCase())) return null;
  // Only commands that take such words: /context takes an id, /help and /about nothing ("Conte 意大利总理" is no /context).
  const meant = closestCommand(first);
  if (meant !== 'search' && meant !== 'date' && meant !== 'country') return null;
  const run = `/${meant} ${rest.trim()}`;
  return { line: say(locale, `“${first}”是不是命令 /${meant}？试试：${run}`, `Did you mean the command /${meant}? Try: ${run}`), run };
}

/** Share of all sentences from which a one-character search is too common to mean anything on its own. */
const BROAD_SHARE = 0.1;
/** ...and in at least this many: in a user's corpus of a few sentences, one sentence is no flood. */
const BROAD_MIN_COUNT = 50;

/** A one-character search written in a large share of the sentences (的, 国): say so, and what would narrow it. */
export function tooBroad(services: Services, query: string, found: number, locale: Locale = 'zh'): string | null {
  const all = services.library.allPassages.length;
  if ([...query].length !== 1 || found < Math.max(BROAD_MIN_COUNT, all * BROAD_SHARE)) return null;
  const share = Math.round((100 * found) / all);
  return say(
    locale,
    `“${query}”出现在 ${found} 句中（全部句子的 ${share}%），单独搜索它会列出大量句子；请用更具体的词或短语，例如 /search 健康丝绸之路`,
    `“${query}” is in ${found} sentences (${share}% of all): alone it lists far too many. Search a more specific word or phrase, e.g. /search 健康丝绸之路`,
  );
}

/**
 * Keywords no result contains as typed (/search 七亿元 finds 亿元, never 七亿元): said, so that a
 * reader checking a figure or a name does not take the results for matches of it. Said of the
 * results, not of the documents: a keyword may be written in sentences the results do not reach.
 */
export function unmatchedPhrasesNotice(query: string, ranked: readonly RankedPassage[], locale: Locale = 'zh'): string | null {
  // Each keyword as typed (split at spaces), and its pieces as the query's phrases are cut (at
  // punctuation too, not a number's: 口罩、防护服 is 口罩 and 防护服, 4.2万名 one piece) in each written form (義大利, 义大利, 意大利: simplifiedVariants).
  // English keywords are searched through their translations: only Chinese ones are checked as typed.
  const keywords = query
    .trim()
    .split(/\s+/u)
    .filter((k) => !/[A-Za-z]/u.test(k));
  const pieces: { keyword: number; forms: string[] }[] = [];
  keywords.forEach((keyword, k) => {
    const variants = simplifiedVariants(keyword).map((v) => v.split(PUNCTUATION_OR_SPACE).filter(Boolean));
    const [typed] = variants;
    if (!typed || variants.some((v) => v.length !== typed.length)) return;
    typed.forEach((piece, i) => {
      if ([...piece].length > 1) pieces.push({ keyword: k, forms: variants.map((v) => v[i]!) });
    });
  });
  const missing = new Set(pieces);
  // The results are read only until every piece is found: the first usually holds them all, and
  // at 100× the corpus /search ranks 150.
  for (let r = 0; r < ranked.length && missing.size; r++) {
    const { terms, passage } = ranked[r]!;
    // Written with a space inside (3.9 万 for 3.9万) is written: the index cut it at the space. So
    // is a day written in numerals (二〇二五年十二月二十九日 for 2025年12月29日).
    let unspaced: string | null = null;
    const writes = (form: string) => {
      unspaced ??= withDigitDays(toSimplified(foldWidthAndCase(passage.text)).replace(/\s+/gu, ''));
      return unspaced.includes(form);
    };
    for (const piece of missing) if (piece.forms.some((form) => terms.includes(form) || writes(form))) missing.delete(piece);
  }
  if (!missing.size) return null;
  // A keyword is named whole, as typed (4.2万名医务人员, not 2万名医务人员).
  const named = [...new Set([...missing].map((p) => keywords[p.keyword]!))];
  const quoted = listed(
    locale,
    // Cut as an echo is: a 200-character keyword was quoted whole above the results.
    named.map((k) => `“${cutGraphemes(k, 30, '…')}”`),
  );
  return say(locale, `注意：以下结果都不包含${quoted}。`, `Note: none of the results below contains ${quoted}.`);
}

/** Days named relative to today, which a question's ranking does not place (最近, 今年 may mean the documents' own time: left out). */
const RELATIVE_DAY =
  /今天|昨天|前天|明天|本周|这周|上周|上个?星期|下周|本月|上个月|下个月|\b(?:today|yesterday|tomorrow|last (?:week|month)|this (?:week|month))\b/i;

/**
 * A question naming a day relative to today: the bot cannot know which day that is, and says how
 * to name one, with a day these documents have entries on (`dateExample`, corpus-examples.ts);
 * over documents without dated entries, only that the words were not read as a day.
 */
export function relativeDayNotice(query: string, dateExample: Example, locale: Locale = 'zh'): string | null {
  const found = RELATIVE_DAY.exec(query);
  if (!found) return null;
  // /date reads the words by the bot's clock (relative-days.ts): offered as typed, a weekday after 上周 with them (上周五).
  const weekday = /^[一二三四五六日天]/u.exec(query.slice(found.index + found[0].length))?.[0] ?? '';
  const word = /周|星期$/u.test(found[0]) ? found[0] + weekday : found[0];
  if (!dateExample.unshown && relativeDays(word, new Date()))
    return say(
      locale,
      `注意：问题中的“${word}”不会换算成日期；要查${word}的条目，请用 /date ${word}`,
      `Note: “${word}” in a question is not turned into a date; to see the entries of ${word}, use /date ${word}`,
    );
  if (dateExample.unshown)
    return say(
      locale,
      '注意：“今天”“上周”这类说法无法换算成日期，这里按问题的其他词回答',
      'Note: words like “today” or “last week” cannot be turned into a date here; the rest of the question is answered',
    );
  return say(
    locale,
    `注意：“今天”“上周”这类说法无法换算成日期；要查某天的条目，请写出具体日期，例如 ${dateExample.zh}`,
    `Note: words like “today” or “last week” cannot be turned into a date here; to see a day’s entries, name the day, e.g. ${dateExample.en}`,
  );
}

const EXCLUDED_WORD = /(?:^|\s)-\p{L}/u;
const BOOLEAN_WORD = /AND|OR|NOT|&&|\|/u;

/**
 * Search-box operators typed into a question (口罩 -捐赠, 口罩 OR 呼吸机): /ask ranks words, so the
 * excluded word was ranked like any other, first. Said, with the /search that reads them. Quotes
 * alone are not: questions quote names (“健康丝绸之路”是什么).
 */
export function operatorsOnlyInSearch(query: string, locale: Locale = 'zh'): { line: string; run: string } | null {
  // A minus before a word, or AND, OR, NOT, &&, | as /search reads them (口罩AND捐赠 too); a dash
  // set apart in pasted text (中国 - 意大利), which /search reads as NOT, is no operator here.
  const typed = query.normalize('NFKC');
  if (!EXCLUDED_WORD.test(typed) && !(BOOLEAN_WORD.test(typed) && readSearchSyntax(typed)?.boolean)) return null;
  const run = `/search ${query.trim()}`;
  return {
    line: say(
      locale,
      `排除词（-词）和 AND、OR、NOT 只在 /search 中起作用，这里按普通问题回答。要按条件查找，请用：${run}`,
      `Excluded words (-word) and AND, OR, NOT work in /search only; this was answered as a plain question. To search by them: ${run}`,
    ),
    run,
  };
}

/**
 * English keywords whose Chinese no result writes (G7: 七国集团, which the documents never write):
 * the results hold a share of its characters only (二十国集团), and are said to. Chinese keywords
 * are checked as typed (unmatchedNotices).
 */
export function untranslatedNotice(
  services: Services,
  typed: string,
  keywordForms: readonly string[][],
  ranked: readonly RankedPassage[],
  locale: Locale,
): string | null {
  const english = typed.split(/\s+/u).filter((k) => /[A-Za-z]/u.test(k));
  const forms = keywordForms.flat().filter((f) => /\p{Script=Han}/u.test(f) && !typed.includes(f));
  if (!english.length || !forms.length || !ranked.length) return null;
  const shown = ranked.slice(0, 10).map((r) => services.library.matchText(r.passage));
  // A quantity's form is written in any spelling of it (500克 as 500g).
  const writes = forms.map((form) => {
    const quantity = quantityOf(form);
    const pattern = quantity && quantityPattern(quantity);
    return (text: string) => (pattern ? pattern.test(text) : text.includes(form));
  });
  if (shown.some((text) => writes.some((written) => written(text)))) return null;
  const named = english.map((k) => `“${k}”`).join(say(locale, '、', ', '));
  return say(
    locale,
    `注意：以下结果都不包含${named}的中文说法（${forms.slice(0, 3).join('、')}），只含其中部分字词。`,
    `Note: none of the results below writes the Chinese for ${named} (${forms.slice(0, 3).join(', ')}); they hold parts of it only.`,
  );
}
