// The unit a table's figures are in. Financial and statistical tables write it once: a line over
// the table (`单位：万元`, `金额单位：人民币元`), a caption ending `（单位：万元）`, or a column's
// name (`营业收入（万元）`), a row's (`基本每股收益（元/股）`). A row read alone then said
// `第一季度：61,248.37` with nothing telling 万元 from 元, and the `单位：万元` line came back as an
// answer of its own. So each bare figure of a row is written with its unit (61,248.37万元), and a
// line that is only the unit is no line of the text: it belongs to the table.

/** A unit: a multiplier (万, 亿…) and a measure (元, 股, 吨…), or a Latin symbol, maybe per another (元/股). */
const MEASURE =
  '(?:美元|欧元|港元|日元|英镑|元|股|吨|台|套|件|辆|人次|人|户|个|家|次|平方米|立方米|千米|公里|米|千克|公斤|克|千瓦时|小时|天|%|‰)';
const UNIT = String.raw`(?:(?:十|百|千|万|十万|百万|千万|亿)?${MEASURE}|[A-Za-z][A-Za-z²³]{0,3})(?:\/[\p{Script=Han}A-Za-z]{1,3})?`;
/** Words before a unit that are no part of it (人民币万元 is 万元 as figures are written). */
const CURRENCY = '(?:人民币|RMB)?';
/**
 * A note after the unit (除特别注明外, 下同): the unit holds where no cell says otherwise. Bounded: a
 * line writing 单位：元（ again and again was read to its end from each (20,000 characters: 0.4 s).
 */
const REMARK = String.raw`(?:\s*[（(][^）)]{0,80}[）)])?`;
/** `单位：万元` as a line's statement of its unit. */
const STATED = String.raw`(?:金额|货币|计量)?单位\s*[：:]\s*${CURRENCY}(${UNIT})${REMARK}`;
/** A line that states a unit and nothing else. */
const UNIT_LINE = new RegExp(String.raw`^\s*[（(]?\s*${STATED}\s*[）)]?\s*$`, 'u');
/** A line ending with its unit: a caption `…（单位：万元）`, or `…　单位：万元` set apart by a space. */
const ENDING_UNIT = new RegExp(String.raw`(?:[（(]\s*${STATED}\s*[）)]|\s${STATED})\s*$`, 'u');
/** A name ending with its unit in brackets: `营业收入（万元）`, `持股数量（股）`, `金额（单位：元）`. */
const NAMED_UNIT = new RegExp(String.raw`^(.*?\S)\s*[（(]\s*(?:单位\s*[：:]\s*)?${CURRENCY}(${UNIT})\s*[）)]$`, 'u');
/** A bare figure: a number, maybe signed, grouped and with decimals; not a percentage nor a text. */
const FIGURE = /^[-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;

/** The unit a line over a table states, and whether the line says nothing else; null for a line stating none. */
export function statedUnit(line: string): { unit: string; alone: boolean } | null {
  const alone = UNIT_LINE.exec(line);
  if (alone) return { unit: alone[1]!, alone: true };
  const ending = ENDING_UNIT.exec(line);
  const unit = ending?.[1] ?? ending?.[2];
  return unit ? { unit, alone: false } : null;
}

/** A column's or row's name and the unit it ends with (营业收入（万元）: 营业收入, 万元), or null. */
export function namedUnit(name: string): { name: string; unit: string } | null {
  const match = NAMED_UNIT.exec(name.trim());
  return match ? { name: match[1]!, unit: match[2]! } : null;
}

/** A cell with its unit written after it when it is a bare figure (61,248.37 in 万元: 61,248.37万元). */
export function withUnit(cell: string, unit: string | undefined): string {
  return unit && FIGURE.test(cell) ? `${cell}${unit}` : cell;
}
