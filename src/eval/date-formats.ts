// Every way of writing one day that /date must understand (issue: dates the way people type
// them). Used by the evaluation to check that each format returns exactly the same entries.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DIGITS = '〇一二三四五六七八九';

function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

function fullWidth(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** Named formats of an ISO day, e.g. { 'M月D日': '3月18日', 'Month D': 'March 18', … }. */
export function dayFormats(iso: string): Record<string, string> {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  const month = MONTHS[m - 1] ?? '';
  return {
    M月D日: `${m}月${d}日`,
    M月D号: `${m}月${d}号`,
    M月D: `${m}月${d}`,
    'M.D': `${m}.${d}`,
    'M/D': `${m}/${d}`,
    'MM-DD': `${mm}-${dd}`,
    'YYYY-MM-DD': `${y}-${mm}-${dd}`,
    'YYYY/M/D': `${y}/${m}/${d}`,
    YYYY年M月D日: `${y}年${m}月${d}日`,
    中文月日: `${chineseNumber(m)}月${chineseNumber(d)}日`,
    中文月号: `${chineseNumber(m)}月${chineseNumber(d)}号`,
    全角: fullWidth(`${m}月${d}日`),
    'Month D': `${month} ${d}`,
    'Mon D': `${month.slice(0, 3)} ${d}`,
    'D Month': `${d} ${month}`,
    'D Mon YYYY': `${d} ${month.slice(0, 3)} ${y}`,
    'the Dth of Month': `the ${ordinal(d)} of ${month}`,
  };
}
