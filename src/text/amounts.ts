// An amount of money is one quantity however it is written: 4,517,830,264.88元 in a table in 元,
// 451,783.03万元 in one in 万元, 45.18亿元 in the prose about it. A reader types the figure as the
// text they read writes it, or as they would say it (45.18亿), and /search 45.18亿 found nothing in
// a report writing the same amount in 元. So a figure with a unit 元/万元/亿元 (or ¥) is read as a
// number of 元, and a typed amount finds the figures equal to it to the precision it is typed
// with: 45.18亿 is any figure that rounds to it (45.175亿 up to 45.185亿).

/** What a multiplier written before 元 (or alone, 45亿) counts. */
const MULTIPLIER: Readonly<Record<string, number>> = { '': 1, 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 万亿: 1e12 };
const MULTIPLIERS = '万亿|十万|百万|千万|千|万|亿';
/** A figure: grouped by thousands or not, with decimals or not. */
const FIGURE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

export interface Amount {
  /** In 元 (or in the unit-less count, for 45亿 typed without 元). */
  value: number;
  /** The figure's last written digit, in the same unit: 0.01亿 for 45.18亿. */
  step: number;
  /** Written with 元 or ¥: money, not any count (60万台 is 60万 but no 60万元). */
  money: boolean;
  /** Written with a multiplier (万, 亿): not in plain 元. */
  scaled: boolean;
}

function amountOf(figure: string, multiplier: string, money: boolean): Amount {
  const digits = figure.replaceAll(',', '');
  const scale = MULTIPLIER[multiplier]!;
  const decimals = digits.split('.')[1]?.length ?? 0;
  return { value: Number(digits) * scale, step: 10 ** -decimals * scale, money, scaled: multiplier !== '' };
}

/** A typed amount: a figure with a multiplier (45.18亿, 451,783万), 元 (4517830264元) or both; null otherwise. */
const TYPED = new RegExp(String.raw`^(?:[¥￥]\s*(${FIGURE})|(${FIGURE})\s*(${MULTIPLIERS})?\s*(元|块)?)$`, 'u');

/** The amount a /search typed (folded), or null: a bare number (2024, 4517830264) is no amount. */
export function typedAmount(query: string): Amount | null {
  const match = TYPED.exec(query.trim().normalize('NFKC'));
  if (!match) return null;
  if (match[1]) return amountOf(match[1], '', true);
  if (!match[3] && !match[4]) return null;
  return amountOf(match[2]!, match[3] ?? '', match[4] !== undefined);
}

/** Figures a text writes as amounts: ¥ before, 元 after (maybe after a multiplier), or a multiplier alone (3.5亿). */
const WRITTEN = new RegExp(
  String.raw`(?<![\d.])(?<!\d,)(?:¥\s*(${FIGURE})|(${FIGURE})\s*(?:(${MULTIPLIERS})?\s*元|(${MULTIPLIERS})))(?![\d,]\d)`,
  'gu',
);

/** The amounts a folded text writes, each with how it is written. */
export function writtenAmounts(text: string): { amount: Amount; written: string }[] {
  if (!/\d/u.test(text)) return [];
  return [...text.matchAll(WRITTEN)].map((m) => {
    const amount = m[1] ? amountOf(m[1], '', true) : amountOf(m[2]!, m[3] ?? m[4] ?? '', m[4] === undefined);
    return { amount, written: m[0] };
  });
}

/**
 * Whether `written` is the `typed` amount to the precision it is typed with, rounded to its last
 * digit (45.175亿 up to 45.185亿 are 45.18亿); an amount of money typed is money written;
 * one of them written with a multiplier (in plain 元 both, they are numbers to compare as such).
 */
export function sameAmount(typed: Amount, written: Amount): boolean {
  if (typed.money && !written.money) return false;
  // Both in plain 元, the figures are compared as numbers are (number-spellings.ts): 3600元 is not 3600.5元.
  if (!typed.scaled && !written.scaled) return false;
  // The floats' own error aside (45.18 × 1e8 is not exactly 4,518,000,000).
  const slack = typed.step * 1e-9;
  return written.value >= typed.value - typed.step / 2 - slack && written.value < typed.value + typed.step / 2 - slack;
}

/** How a folded text writes the `typed` amount (451,783.03万元 for 45.18亿), or null. */
export function writtenAmount(text: string, typed: Amount): string | null {
  return writtenAmounts(text).find(({ amount }) => sameAmount(typed, amount))?.written ?? null;
}
