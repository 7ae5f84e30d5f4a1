// A long number written in groups of digits (137-2468-1357, 137 2468 1357, 400-611-2288, an
// account's 6217 0033 5512 0098) is one number too: people type a phone number's digits together,
// and /search 13724681357 found nothing in a contract writing 137-2468-1357. Groups of three
// digits or more, three or more of them, or an area code and its number (0573-86451200): a date
// (2026-05-12), a range (2-3, 2010-2020) or a time stays what it is.

/** The separators of a run, one kind in each: 137-2468-1357 400-611-7799 are two numbers. */
const SEPARATORS = ['-', ' '] as const;

/** Where a run of groups ends: no further digit nor group, nor a decimal part (the run would be cut). */
const runEnd = (separator: string): string => String.raw`(?!\d|${separator}\d|[.,]\d)`;

/** A run of groups apart by `separator`: three or more of three digits or more, or an area code and its number. */
const runOf = (separator: string): string =>
  String.raw`(?:\d{3,}(?:${separator}\d{3,}){2,}|0\d{2,3}${separator}\d{7,8})${runEnd(separator)}`;

/** A run of digit groups, as a pattern's source: not inside a number or a code (mp3 000 111). */
const DIGIT_GROUPS = String.raw`(?<![\dA-Za-z.,])(?:${SEPARATORS.map(runOf).join('|')})`;
const RUNS = new RegExp(DIGIT_GROUPS, 'gu');

/** The numbers a folded text writes in groups, each as its digits together (137-2468-1357: 13724681357). */
export function groupedDigits(text: string): string[] {
  if (!/\d[- ]\d/u.test(text)) return [];
  return [...text.matchAll(RUNS)].map((m) => m[0].replace(/[- ]/gu, ''));
}

/** A run needs nine digits at least (three groups of three; an area code and seven digits are ten). */
const SHORTEST_RUN = 9;

/**
 * What a text writing `digits` in groups writes as typed: their first three, its first group's
 * start (a text to look for before testing the pattern), or null when no run can be `digits`.
 */
export function groupsStart(digits: string): string | null {
  return /^\d+$/u.test(digits) && digits.length >= SHORTEST_RUN ? digits.slice(0, 3) : null;
}

/**
 * A pattern's source for `digits` written in groups, as groupedDigits reads a run (the whole run,
 * not a part of a longer one), or null for digits no run can be (fewer than nine, or not digits).
 */
export function digitGroupsSource(digits: string): string | null {
  if (groupsStart(digits) === null) return null;
  // Each kind of separator apart: the digits consumed are then the run the lookahead found, whole.
  const written = SEPARATORS.map((separator) => `(?=${runOf(separator)})${[...digits].join(`${separator}?`)}${runEnd(separator)}`);
  return `(?<![\\dA-Za-z.,])(?:${written.join('|')})`;
}

/**
 * A query with each number typed in groups as its digits together (137-2468-1357 → 13724681357),
 * which finds it written in any grouping or none; groups typed apart by spaces only when
 * `written(digits)` (the documents write that number: 2019 2020 2021 are years to find apart).
 */
export function withDigitsTogether(query: string, written: (digits: string) => boolean): string {
  const folded = query.normalize('NFKC');
  if (!/\d[- ]\d/u.test(folded)) return query;
  let changed = false;
  const together = folded.replace(RUNS, (run) => {
    const digits = run.replace(/[- ]/gu, '');
    if (!run.includes('-') && !written(digits)) return run;
    changed = true;
    return digits;
  });
  return changed ? together : query;
}
