// The bot's clock reads /date 今天 and 上周三 in the zone TZ names (.env or the environment). Node
// reads a zone it does not know (asia/shanghai, Foo/Bar, a trailing space) as UTC without a word,
// and 今天 was then yesterday until 08:00 in China: said at start instead.

/**
 * What is wrong with the zone TZ names, or null. Node could not read it when Intl resolves no zone;
 * a POSIX rule (CST-8, UTC0) or a file (:/etc/localtime) resolves none either, but is read: not said.
 */
export function timeZoneProblem(tz: string | undefined = process.env.TZ): string | null {
  if (!tz || /\d/u.test(tz) || tz.startsWith(':')) return null;
  if (Intl.DateTimeFormat().resolvedOptions().timeZone !== undefined) return null;
  return 'TZ 不是已知的时区（应写作 Asia/Shanghai 这样的名称，区分大小写）：时间按 UTC 计算';
}
