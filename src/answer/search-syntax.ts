import { type Locale, listed, say } from './locale.js';

// The operators people type into a search box, read from a /search query.
// - Plain: "a quoted phrase" (or “…”, 「…」, 『…』) and +word must be written in every result,
//   -word or -"a phrase" in none; the other keywords are ranked as before (any of them, all first).
// - Boolean, once AND, OR, NOT or a lone minus is typed: the query is a condition every result
//   meets, brackets grouping, AND binding before OR, keywords side by side joined by AND ("(口罩 OR 防护服) 呼吸机").
// AND, OR and NOT count only in capitals, as search engines read them ("or" is an English word);
// && and || too. A minus counts before a letter or a quote ("COVID-19" and "-5%" are keywords).

export type Condition = { kind: 'term'; text: string } | { kind: 'not'; of: Condition } | { kind: 'and' | 'or'; of: Condition[] };

export interface SearchSyntax {
  /** The query to rank by: every keyword and phrase the condition does not exclude, unquoted. */
  text: string;
  /** What every result must meet (an empty AND when only the ranking applies). */
  condition: Condition;
  /** Typed with AND, OR or NOT: then every keyword is part of the condition. */
  boolean: boolean;
  /** Keywords outside the condition (plain keywords beside "a phrase" or -word): ranked, not required. */
  free: string[];
}

type Token = { kind: 'term'; text: string; sign: '' | '-' | '+'; quoted: boolean } | { kind: 'and' | 'or' | 'not' | 'open' | 'close' };

const TOKEN = /([-－+]{0,2})(?:"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』|＂([^＂]*)＂)|[(（]|[)）]|[^\s"“「『＂(（)）]+|\S/gu;

/** A quoted span, any quote marks. */
const QUOTED = /"[^"]*"|“[^”]*”|「[^」]*」|『[^』]*』|＂[^＂]*＂/gu;

/** A quote mark left open or closed alone: no keyword (口罩 -"捐赠 excludes 捐赠, it does not require a "). */
const STRAY_QUOTES = /^["“”「」『』]+$/u;

/**
 * Operators typed without spaces, as Chinese is written (口罩AND捐赠, 口罩||呼吸机): AND, OR and NOT
 * in capitals with two Chinese characters on each side (the right one may be -word or +word:
 * 口罩AND-捐赠), or NOT opening a keyword before two (口罩 NOT捐赠); &&, || or | anywhere in a
 * keyword. Capitals beside Latin letters stay letters (ANDROID, iPhoneOR), and so do capitals
 * beside a single character, which Chinese technical text writes (OR值, the odds ratio: 的OR值,
 * 调整OR值).
 */
const JOINED_OPERATOR = /(?<=\p{Script=Han}{2})(?:ANDNOT|ORNOT|AND|OR|NOT)(?=[-+]?\p{Script=Han}{2})|^NOT(?=\p{Script=Han}{2})|&&|\|\|?/gu;

/**
 * Chinese words joined by a dash or a middle dot, nothing else (中国—意大利, 阿斯顿·马丁): a name
 * the documents may write whole, searched first as if quoted (free-text.ts), its words otherwise.
 */
export const isJoinedName = (query: string): boolean => /^\p{Script=Han}+(?:[—–\-－‐·・]\p{Script=Han}+)+$/u.test(query.trim());

/** A keyword and the operators joined to it, apart ("口罩AND捐赠" → 口罩, AND, 捐赠). */
function apart(whole: string): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const operator of whole.matchAll(JOINED_OPERATOR)) {
    // ANDNOT, ORNOT: two operators typed as one (口罩ANDNOT捐赠).
    pieces.push(whole.slice(at, operator.index), ...operator[0].replace(/^(AND|OR)NOT$/u, '$1 NOT').split(' '));
    at = operator.index + operator[0].length;
  }
  pieces.push(whole.slice(at));
  return pieces.filter(Boolean);
}

/** Sentence punctuation, and words around it, outside quotes: the query is a passage pasted from a document, not keywords. */
const PASSAGE_PUNCTUATION = /[，。；！？,;!?]/u;
/** Letters outside quotes a pasted passage has at least: "控制疫情","早发现" is a list of phrases, not prose. */
const PASSAGE_LETTERS = 8;
const isPassage = (outsideQuotes: string): boolean =>
  PASSAGE_PUNCTUATION.test(outsideQuotes) && (outsideQuotes.match(/[\p{L}\p{N}]/gu) ?? []).length >= PASSAGE_LETTERS;

function tokensOf(query: string): Token[] {
  const tokens: Token[] = [];
  // Full-width operators are the same operators (ＡＮＤ, ＋, ｜｜, ＂…＂).
  const typed = query.normalize('NFKC');
  // Quotes inside a pasted passage (…必须高度重视,“早发现”是控制疫情的关键。) are the document's own,
  // not a phrase the user requires: read as a filter, they listed any sentence writing 早发现.
  const pasted = isPassage(typed.replace(QUOTED, ' '));
  for (const match of typed.matchAll(TOKEN)) {
    const [whole, prefix = ''] = match;
    const sign = prefix === '' ? '' : prefix.startsWith('+') ? '+' : '-';
    const phrase = match.slice(2, 7).find((g) => g !== undefined);
    if (phrase !== undefined && pasted && sign === '') tokens.push(...unquotedToken(phrase.trim()));
    else if (phrase !== undefined) tokens.push({ kind: 'term', text: phrase.trim(), sign, quoted: true });
    else for (const piece of apart(whole)) tokens.push(...unquotedToken(piece));
  }
  return tokens;
}

/** An unquoted piece of the query: an operator, a bracket, a keyword (signed or not), or nothing. */
function unquotedToken(whole: string): Token[] {
  if (whole === '(' || whole === '（') return [{ kind: 'open' }];
  if (whole === ')' || whole === '）') return [{ kind: 'close' }];
  if (whole === 'AND' || whole === '&&') return [{ kind: 'and' }];
  if (whole === 'OR' || whole === '||' || whole === '|') return [{ kind: 'or' }];
  if (/^(?:NOT|[-－]{1,2})$/u.test(whole)) return [{ kind: 'not' }];
  if (STRAY_QUOTES.test(whole)) return [];
  const signed = /^([-－]{1,2}|\+)(\p{L}.*)$/u.exec(whole);
  if (signed) return [{ kind: 'term', text: signed[2]!, sign: signed[1] === '+' ? '+' : '-', quoted: false }];
  return [{ kind: 'term', text: whole, sign: '', quoted: false }];
}

const term = (text: string): Condition => ({ kind: 'term', text });
const not = (of: Condition): Condition => ({ kind: 'not', of });

/** The condition of boolean tokens: OR of ANDs, a stray operator or bracket skipped. */
function parseBoolean(tokens: Token[]): Condition {
  let at = 0;
  const group = (kind: 'and' | 'or', of: Condition[]): Condition => (of.length === 1 ? of[0]! : { kind, of });
  const unary = (): Condition | null => {
    const token = tokens[at++];
    if (!token) return null;
    if (token.kind === 'not') {
      // Negations typed in a row (NOT -捐赠, - - 捐赠) are one: nobody types a double negation to
      // ask for the word, and reading them as written listed exactly the sentences to leave out.
      while (tokens[at]?.kind === 'not') at++;
      const next = tokens[at];
      if (next?.kind === 'term' && next.sign === '-') next.sign = '';
      const of = unary();
      return of && not(of);
    }
    if (token.kind === 'open') {
      const inner = or();
      if (tokens[at]?.kind === 'close') at++;
      return inner;
    }
    if (token.kind === 'term') return token.text ? (token.sign === '-' ? not(term(token.text)) : term(token.text)) : unary();
    return unary(); // an AND, OR or ")" where a keyword was due
  };
  const and = (): Condition | null => {
    const of: Condition[] = [];
    while (at < tokens.length && tokens[at]!.kind !== 'or' && tokens[at]!.kind !== 'close') {
      if (tokens[at]!.kind === 'and') {
        at++;
        continue;
      }
      const next = unary();
      if (next) of.push(next);
    }
    return of.length ? group('and', of) : null;
  };
  const or = (): Condition | null => {
    const of: Condition[] = [];
    for (;;) {
      const next = and();
      if (next) of.push(next);
      if (tokens[at]?.kind !== 'or') break;
      at++;
    }
    return of.length ? group('or', of) : null;
  };
  const parts: Condition[] = [];
  while (at < tokens.length) {
    const next = or();
    if (next) parts.push(next);
    else at++; // a ")" with no "(" before it
  }
  return group('and', parts);
}

/** The keywords a condition asks for (not those it excludes), in order. */
export function positiveTerms(condition: Condition, negated = false): string[] {
  if (condition.kind === 'term') return negated ? [] : [condition.text];
  if (condition.kind === 'not') return positiveTerms(condition.of, !negated);
  return condition.of.flatMap((c) => positiveTerms(c, negated));
}

/** The operators of `query`, or null when it has none (then it is searched exactly as before). */
export function readSearchSyntax(query: string): SearchSyntax | null {
  const tokens = tokensOf(query);
  // Brackets group only beside an operator: pasted text holds brackets of its own (新冠肺炎（COVID-19）).
  const boolean = tokens.some((t) => t.kind === 'and' || t.kind === 'or' || t.kind === 'not');
  if (boolean) {
    const condition = parseBoolean(tokens);
    return { text: positiveTerms(condition).join(' '), condition, boolean, free: [] };
  }
  const terms = tokens.filter((t) => t.kind === 'term') as Extract<Token, { kind: 'term' }>[];
  if (!terms.some((t) => t.quoted || t.sign !== '')) return null;
  const kept = terms.filter((t) => t.text && t.sign !== '-').map((t) => t.text);
  const musts = terms.filter((t) => t.text && (t.sign === '-' || t.sign === '+' || t.quoted));
  const condition: Condition = { kind: 'and', of: musts.map((t) => (t.sign === '-' ? not(term(t.text)) : term(t.text))) };
  const free = terms.filter((t) => t.text && t.sign === '' && !t.quoted).map((t) => t.text);
  return { text: kept.join(' '), condition, boolean, free };
}

/** Whether a condition holds of a sentence, each keyword tested by `holds`. */
export function meets(condition: Condition, holds: (keyword: string) => boolean): boolean {
  switch (condition.kind) {
    case 'term':
      return holds(condition.text);
    case 'not':
      return !meets(condition.of, holds);
    case 'and':
      return condition.of.every((c) => meets(c, holds));
    case 'or':
      return condition.of.some((c) => meets(c, holds));
  }
}

/** The keywords of a condition, each once: those to test, tested once per sentence. */
export function conditionTerms(condition: Condition): string[] {
  if (condition.kind === 'term') return [condition.text];
  if (condition.kind === 'not') return conditionTerms(condition.of);
  return [...new Set(condition.of.flatMap(conditionTerms))];
}

const quoted = (locale: Locale, items: readonly string[]) =>
  listed(
    locale,
    items.map((p) => `“${p}”`),
  );

/** A condition as a reader would write it: （“口罩”或“防护服”）且“呼吸机”, 不含“捐赠”. */
function spoken(condition: Condition, locale: Locale, inside = false): string {
  if (condition.kind === 'term') return `“${condition.text}”`;
  if (condition.kind === 'not') {
    // Spoken once: spoken in each language's text, a chain of NOTs was spoken 2ⁿ times (40 froze the bot).
    const of = spoken(condition.of, locale, true);
    return say(locale, `不含${of}`, `not ${of}`);
  }
  const joined = condition.of
    .map((c) => spoken(c, locale, true))
    .join(condition.kind === 'and' ? say(locale, '且', ' and ') : say(locale, '或', ' or '));
  return inside && condition.of.length > 1 ? say(locale, `（${joined}）`, `(${joined})`) : joined;
}

/** A search without AND/OR's keywords that every result must write (quoted), and those none may (-词), each once. */
function requiredAndExcluded(syntax: SearchSyntax): { required: string[]; excluded: string[] } {
  const { condition } = syntax;
  const musts = condition.kind === 'and' ? condition.of : [condition];
  // Each once: 口罩 -捐赠 -捐赠 … leaves out 捐赠 once.
  return {
    required: [...new Set(musts.flatMap((c) => (c.kind === 'term' ? [c.text] : [])))],
    excluded: [...new Set(musts.flatMap((c) => (c.kind === 'not' && c.of.kind === 'term' ? [c.of.text] : [])))],
  };
}

/**
 * The line that says how the operators were read, so that a reader knows the list is filtered;
 * with `found` false, for a search that found nothing (a quoted phrase no sentence writes: "only
 * sentences containing it are listed" above no list read as a contradiction).
 */
export function syntaxNotice(syntax: SearchSyntax, locale: Locale = 'zh', found = true): string | null {
  const { condition } = syntax;
  if (syntax.boolean)
    return say(
      locale,
      `只列出符合条件的句子：${spoken(condition, locale)}。`,
      `Only sentences meeting ${spoken(condition, locale)} are listed.`,
    );
  const { required, excluded } = requiredAndExcluded(syntax);
  const parts: string[] = [];
  if (required.length)
    parts.push(
      found
        ? say(locale, `只列出含${quoted(locale, required)}的句子`, `only sentences containing ${quoted(locale, required)} are listed`)
        : say(
            locale,
            `引号中的词按原文查找：${quoted(locale, required)}`,
            `quoted words are looked for as written: ${quoted(locale, required)}`,
          ),
    );
  if (excluded.length)
    parts.push(say(locale, `已排除含${quoted(locale, excluded)}的句子`, `sentences with ${quoted(locale, excluded)} are left out`));
  if (!parts.length) return null;
  const line = parts.join(say(locale, '，', '; '));
  return say(locale, `${line}。`, `${line.charAt(0).toUpperCase()}${line.slice(1)}.`);
}
