// An amount in Chinese financial capitals (大写: 叁仟陆佰元整, as contracts, receipts and invoices
// write it beside its figures, or alone) is its number too: /search 3600 finds it, lit, and a
// number the documents write only in capitals is found by its figures. Only an amount, before 元
// or 圆, and with a unit (拾佰仟万亿): 伍佰 or 壹号 alone are names as often as numbers; and only a
// whole one (叁仟陆佰元伍角 is 3600.5, no 3600).

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS: Readonly<Record<string, number>> = { 拾: 10, 佰: 100, 仟: 1000 };
const CAPITAL = '[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]';
/** After the amount's capitals: 元 or 圆, and no 角 or 分 of its cents. */
const WHOLE_YUAN = '(?=[元圆](?![零壹贰叁肆伍陆柒捌玖]+[角分]))';
const AMOUNT = new RegExp(`(?<!${CAPITAL})(?=${CAPITAL}*[壹贰叁肆伍陆柒捌玖])(?=${CAPITAL}*[拾佰仟万亿])${CAPITAL}+${WHOLE_YUAN}`, 'gu');

/** The number capitals write (叁仟陆佰 → 3600, 壹万零伍佰 → 10500, 壹拾万 → 100000). */
function amountOf(capitals: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of capitals) {
    const d = DIGITS.indexOf(ch);
    if (d >= 0) digit = d;
    else if (ch === '万' || ch === '亿') {
      total += (section + digit) * (ch === '万' ? 1e4 : 1e8);
      section = 0;
      digit = 0;
    } else {
      section += (digit || 1) * UNITS[ch]!;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** The whole amounts a folded Simplified text writes in capitals, as numbers (叁仟陆佰元整: 3600). */
export function capitalAmounts(text: string): string[] {
  if (!/[元圆]/u.test(text)) return [];
  return [...text.matchAll(AMOUNT)].map((m) => String(amountOf(m[0])));
}

/** A section below 10,000 in capitals, a 零 for the zeros inside it (伍佰零贰 for 502). */
function sectionCapitals(n: number): string {
  let out = '';
  let zero = false;
  for (const [unit, value] of [
    ['仟', 1000],
    ['佰', 100],
    ['拾', 10],
    ['', 1],
  ] as const) {
    const d = Math.floor(n / value) % 10;
    if (d === 0) zero = out !== '';
    else {
      out += `${zero ? '零' : ''}${DIGITS[d]}${unit}`;
      zero = false;
    }
  }
  return out;
}

/** The usual capitals of a whole number from 10 (3600: 叁仟陆佰; 10500: 壹万零伍佰), or null. */
export function capitalsOf(digits: string): string | null {
  if (!/^\d+$/u.test(digits)) return null;
  const n = Number(digits);
  if (n < 10 || n >= 1e12) return null;
  let out = '';
  for (const [unit, value] of [
    ['亿', 1e8],
    ['万', 1e4],
    ['', 1],
  ] as const) {
    const section = Math.floor(n / value) % 1e4;
    if (section === 0) continue;
    out += `${out && section < 1000 ? '零' : ''}${sectionCapitals(section)}${unit}`;
  }
  return out;
}

/** A pattern's source for a whole number written in capitals as an amount (3600: 叁仟陆佰 before 元), or null. */
export function capitalsSource(digits: string): string | null {
  const capitals = capitalsOf(digits);
  return capitals && `(?<!${CAPITAL})${capitals}${WHOLE_YUAN}`;
}
