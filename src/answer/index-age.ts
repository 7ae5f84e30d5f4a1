// How old the index is, in words: "3 分钟前" reads better than an ISO timestamp.

export function indexAge(builtAt: string, now: Date = new Date()): string {
  const minutes = Math.floor((now.getTime() - new Date(builtAt).getTime()) / 60_000);
  if (!Number.isFinite(minutes)) return '未知';
  if (minutes < 1) return '刚刚';
  if (minutes < 60) return `${minutes} 分钟前`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} 小时前`;
  return `${Math.floor(minutes / 1440)} 天前`;
}

/** "索引于 3 分钟前建立", "索引刚刚建立". */
export function indexAgeSentence(builtAt: string, now: Date = new Date()): string {
  const age = indexAge(builtAt, now);
  return age === '刚刚' ? '索引刚刚建立' : age === '未知' ? '索引建立时间未知' : `索引于 ${age}建立`;
}
