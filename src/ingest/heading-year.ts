import type { DocumentMeta } from '../core/types.js';

/**
 * The year of date headings written without one (a chronicle's 3月18日, a changelog's `## 5月3日
 * v1.3`): the sidecar's `year`, else the year of its `date`, else a year written in the title
 * (2022年亚洲外交纪事). Without any, such headings have no date. `from` names where it came from
 * when that is not `year`, for the note saying so.
 */
export function headingYear(meta: DocumentMeta): { year: number | null; from: string | null } {
  if (meta.year) return { year: meta.year, from: null };
  if (meta.date) return { year: Number(meta.date.slice(0, 4)), from: `元数据的 date（${meta.date}）` };
  const inTitle = /(?<!\d)((?:19|20)\d\d)年?(?!\d)/u.exec(meta.title)?.[1];
  return inTitle ? { year: Number(inTitle), from: `标题「${meta.title}」` } : { year: null, from: null };
}

/** The note that headings without a year took `year` from `from` (headingYear's), naming the field that would say it. */
export const yearTakenNote = (year: number, from: string): string =>
  `元数据没有 year：没写年份的日期标题按${from}中的 ${year} 年读取（可在元数据里写 "year": ${year}）。`;
