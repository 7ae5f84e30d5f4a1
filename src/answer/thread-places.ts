import { chineseNumeralValue } from '../query/date-normalize.js';
import { chineseNumeralNumber } from '../text/chinese-numerals.js';

// A thread's post asked by its place: a floor (3楼, 第十一楼, #3, 3#), an e-mail (第4封), a chat
// message (第3条消息). One reader for the number written there, so that every kind takes the same
// numbers: a floor read up to five digits and 十 alone sent 第123456楼 and 第一百楼 to ranking,
// which answered from other documents, while 第123456789012345条消息 got the 没有符合… message.

/** Digits, up to 15 (exact as a JavaScript number); a minus only after 第: a place no post is at. */
const DIGITS = '\\d{1,15}';
/** Chinese numerals up to 九千九百九十九 (chinese-numerals.ts), opening with a digit or 十. */
const CHINESE = '[〇零一二两三四五六七八九十][〇零一二两三四五六七八九十百千]{0,7}';
/** And up to 九千九百九十九万九千九百九十九 after 第 (第一万楼): bare, 十万楼盘 is no floor. */
const CHINESE_AFTER_DI = '[〇零一二两三四五六七八九十][〇零一二两三四五六七八九十百千万]{0,15}';

/** The number of a place as written after 第: digits (a minus allowed) or Chinese. */
export const PLACE_AFTER_DI = `-?${DIGITS}|${CHINESE_AFTER_DI}`;
/** The number of a place written without 第 (3楼, 十一楼); not 两楼, two floors (floor 2 is 二楼). */
export const PLACE_BARE = `${DIGITS}|(?!两\\s*楼)${CHINESE}`;
/** The number of a place written with a hash (#3, 3#): digits only. */
export const PLACE_HASHED = DIGITS;

/** The place a written number names (一百零一 → 101, -1 → -1), or null when it is no number. */
export function placeValue(written: string): number | null {
  if (/^-?\d+$/u.test(written)) return Number(written);
  // 一万, 十二万零五: the ten thousands and the rest, each as chinese-numerals.ts reads up to 9999.
  const [high, low, ...more] = written.split('万');
  if (low !== undefined) {
    const [tens, rest] = [belowTenThousand(high ?? ''), low === '' ? 0 : belowTenThousand(low.replace(/^零/u, ''))];
    return more.length || tens === null || rest === null ? null : tens * 10000 + rest;
  }
  return belowTenThousand(written);
}

/** 一百零一 → 101; 二〇 as 20 (date-normalize.ts); 零 as 0, a place no post is at. */
function belowTenThousand(written: string): number | null {
  return chineseNumeralNumber(written) ?? chineseNumeralValue(written);
}
