import { MONTHS_EN } from '../query/date-format.js';

// The core writes where a sentence stands in Chinese (3月18日 · 第44条第1句, 另见2处), in citations,
// group labels and event titles, as its JSON keeps them. An English client reads those parts in
// English; the documents' own words (titles, section headings, sentences) stay as written. Only a
// whole part the core writes is read: a heading that merely contains a date is left alone.

/** Where a part may start and end: between the ` · ` separators, or inside a repeat's list. */
const START = '(?<=^| · |：|；)';
const END = '(?=$| · |（|；|）)';

const REWRITES: readonly [RegExp, (...groups: string[]) => string][] = [
  [
    new RegExp(`${START}(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日${END}`, 'gu'),
    (_, year, month, day) => `${MONTHS_EN[Number(month) - 1] ?? month} ${Number(day)}${year ? `, ${year}` : ''}`,
  ],
  [new RegExp(`${START}日期不详${END}`, 'gu'), () => 'date unknown'],
  [new RegExp(`${START}第(\\d+)条第(\\d+)句${END}`, 'gu'), (_, entry, sentence) => `entry ${entry}, sentence ${sentence}`],
  [new RegExp(`${START}第(\\d+)条${END}`, 'gu'), (_, entry) => `entry ${entry}`],
  [new RegExp(`${START}第(\\d+)句${END}`, 'gu'), (_, sentence) => `sentence ${sentence}`],
  [/（另见(\d+)处）$/u, (_, n) => ` (also in ${n} other ${n === '1' ? 'place' : 'places'})`],
  [/（重复出现：(.*)）$/u, (_, list: string) => ` (repeated: ${list.replaceAll('；', '; ')})`],
];

export function placesInEnglish(label: string): string {
  return REWRITES.reduce((text, [pattern, english]) => text.replace(pattern, english as (...args: string[]) => string), label);
}
