// Numbers as Chinese writes them in headings and items (第三条, 第十四章, 第一百零二条): read up to
// 九千九百九十九 and written the same way. Read only below 100, a rule book's 第一百项 or
// 第一百零二条 could not be asked for, and 102 was written 十十二.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const VALUES: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: readonly [string, number][] = [
  ['千', 1000],
  ['百', 100],
  ['十', 10],
];

/** 1 → 一, 10 → 十, 14 → 十四, 21 → 二十一, 100 → 一百, 102 → 一百零二, 110 → 一百一十 (1 to 9999). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  let written = '';
  let zero = false;
  for (const [unit, value] of UNITS) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      zero = written !== '';
      continue;
    }
    // 十四, not 一十四, when ten leads; 一百一十 when it does not.
    const lead = unit === '十' && digit === 1 && written === '' ? '' : DIGITS[digit];
    written += `${zero ? '零' : ''}${lead}${unit}`;
    zero = false;
  }
  const ones = n % 10;
  return ones ? `${written}${zero ? '零' : ''}${DIGITS[ones]}` : written;
}

/** 三 → 3, 十四 → 14, 一百零二 → 102, 两百 → 200; null when `written` is no such number. */
export function chineseNumeralNumber(written: string): number | null {
  if (!/^[〇零一二两三四五六七八九十百千]+$/u.test(written)) return null;
  let total = 0;
  let digit: number | null = null;
  let last = Number.POSITIVE_INFINITY;
  for (const ch of written) {
    const unit = UNITS.find(([u]) => u === ch)?.[1];
    if (unit === undefined) {
      if (digit !== null && VALUES[ch] !== 0) return null;
      digit = VALUES[ch] === 0 ? null : VALUES[ch]!;
      continue;
    }
    // Units fall from left to right (一百零二, not 十百).
    if (unit >= last) return null;
    // 十四 and 一百十 leave their ten's one unwritten.
    total += (digit ?? (unit === 10 ? 1 : Number.NaN)) * unit;
    if (Number.isNaN(total)) return null;
    [digit, last] = [null, unit];
  }
  return total + (digit ?? 0) || null;
}
