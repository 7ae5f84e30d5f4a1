import { simplifiedVariants } from '../text/normalize.js';
import { type Locale, listed, say } from './locale.js';

// The operators people type into a search box, read from a /search query: "a quoted phrase" (or
// “…”, 「…」, 『…』) must be written in every result as it is; -word (or -"a phrase") must be in
// none; AND between keywords asks for every one of them; OR asks for any, which keywords typed
// apart already do. What is left, quoted text unquoted, is ranked as before.

export interface SearchSyntax {
  /** The query to rank by: operators and excluded words taken out, quoted phrases kept without their quotes. */
  text: string;
  /** Phrases every result must contain (quoted, or every keyword when joined by AND). */
  required: string[];
  /** Words or phrases no result may contain. */
  excluded: string[];
}

/**
 * A token: an optional minus (ASCII or full-width), then a phrase in any of the quote marks
 * Chinese and English keyboards type, or a run of other characters (a quote mark left open is a
 * character of its own).
 */
const TOKEN = /([-－])?(?:"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』|＂([^＂]*)＂|([^\s"“「『＂]+|\S))/gu;

/**
 * The operators of `query`, or null when it has none (then it is searched exactly as before).
 * A minus counts only at a token's start and before a letter or a quote ("COVID-19" and "-5%" are
 * keywords); AND and OR only in capitals, as search engines read them ("or" is an English word).
 */
export function readSearchSyntax(query: string): SearchSyntax | null {
  const kept: string[] = [];
  const required: string[] = [];
  const excluded: string[] = [];
  const keywords: string[] = [];
  let all = false;
  let operators = false;
  for (const [, minus, ...groups] of query.matchAll(TOKEN)) {
    const plain = groups[5];
    const quoted = plain === undefined;
    const text = (quoted ? groups.slice(0, 5).find((g) => g !== undefined) : plain)?.trim() ?? '';
    operators ||= quoted;
    if (!text) continue;
    if (!quoted && (text === 'AND' || text === 'OR' || text === '|')) {
      all ||= text === 'AND';
      operators = true;
    } else if (minus && (quoted || /^\p{L}/u.test(text))) {
      excluded.push(text);
      operators = true;
    } else {
      const word = minus && !quoted ? `${minus}${text}` : text;
      kept.push(word);
      (quoted ? required : keywords).push(word);
    }
  }
  if (!operators) return null;
  if (all) for (const keyword of keywords) if (!required.includes(keyword)) required.push(keyword);
  return { text: kept.join(' '), required, excluded };
}

/** Whether a sentence (its folded Simplified match text) meets the operators: each phrase in any of its written forms. */
export function meetsSyntax(syntax: SearchSyntax): (matchText: string) => boolean {
  // A Chinese phrase typed with spaces ("医疗 物资") is written without them.
  const forms = (phrase: string) => simplifiedVariants(phrase.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, ''));
  const required = syntax.required.map(forms);
  const excluded = syntax.excluded.map(forms);
  return (text) =>
    required.every((variants) => variants.some((v) => text.includes(v))) &&
    !excluded.some((variants) => variants.some((v) => text.includes(v)));
}

/** The line that says how the operators were read, so that a reader knows the list is filtered. */
export function syntaxNotice(syntax: SearchSyntax, locale: Locale = 'zh'): string | null {
  const quote = (items: string[]) =>
    listed(
      locale,
      items.map((p) => `“${p}”`),
    );
  const parts: string[] = [];
  if (syntax.required.length)
    parts.push(say(locale, `只列出含${quote(syntax.required)}原文的句子`, `only sentences writing ${quote(syntax.required)} are listed`));
  if (syntax.excluded.length)
    parts.push(say(locale, `已排除含${quote(syntax.excluded)}的句子`, `sentences with ${quote(syntax.excluded)} are left out`));
  if (!parts.length) return null;
  const line = parts.join(say(locale, '，', '; '));
  return say(locale, `${line}。`, `${line.charAt(0).toUpperCase()}${line.slice(1)}.`);
}
