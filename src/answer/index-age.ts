import type { Locale } from './locale.js';
// How old the index is, in words: "3 分钟前" reads better than an ISO timestamp.

export function indexAge(builtAt: string, now: Date = new Date(), locale: Locale = 'zh'): string {
  const minutes = Math.floor((now.getTime() - new Date(builtAt).getTime()) / 60_000);
  const en = locale === 'en';
  if (!Number.isFinite(minutes)) return en ? 'at an unknown time' : '未知';
  if (minutes < 1) return en ? 'just now' : '刚刚';
  const ago = (n: number, zh: string, unit: string) => (en ? `${n} ${unit}${n === 1 ? '' : 's'} ago` : `${n} ${zh}前`);
  if (minutes < 60) return ago(minutes, '分钟', 'minute');
  if (minutes < 48 * 60) return ago(Math.floor(minutes / 60), '小时', 'hour');
  return ago(Math.floor(minutes / 1440), '天', 'day');
}

/** "索引于 3 分钟前建立", "索引刚刚建立". */
export function indexAgeSentence(builtAt: string, now: Date = new Date()): string {
  const age = indexAge(builtAt, now);
  return age === '刚刚' ? '索引刚刚建立' : age === '未知' ? '索引建立时间未知' : `索引于 ${age}建立`;
}
