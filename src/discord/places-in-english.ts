import { MONTHS_EN } from '../query/date-format.js';

// The core writes where a sentence stands in Chinese (3月18日 · 第44条第1句, 另见2处), in citations,
// group labels and event titles, as its JSON keeps them. An English client reads those parts in
// English; the documents' own words (titles, section headings, sentences) stay as written. Only
// the parts the core writes are read, where it writes them: a citation's parts after the
// document's title, a label's leading date.

const SEPARATOR = ' · ';

/** A whole part the core writes, in English; null for anything else (a heading, a title). */
function partInEnglish(part: string): string | null {
  const date = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/u.exec(part);
  if (date) return `${MONTHS_EN[Number(date[2]) - 1] ?? date[2]} ${Number(date[3])}${date[1] ? `, ${date[1]}` : ''}`;
  if (part === '日期不详') return 'date unknown';
  const position = /^第(\d+)(条|句)(?:第(\d+)句)?$/u.exec(part);
  if (!position) return null;
  if (position[3]) return `entry ${position[1]}, sentence ${position[3]}`;
  return `${position[2] === '条' ? 'entry' : 'sentence'} ${position[1]}`;
}

const partsInEnglish = (parts: readonly string[]): string => parts.map((part) => partInEnglish(part) ?? part).join(SEPARATOR);

/** A citation (`title · date or section · position`, with its other places), the title as written. */
export function citationInEnglish(citation: string): string {
  const more = /（(?:另见(\d+)处|重复出现：(.*))）$/u.exec(citation);
  const main = more ? citation.slice(0, more.index) : citation;
  const [title = '', ...parts] = main.split(SEPARATOR);
  const cited = [title, partsInEnglish(parts)].filter(Boolean).join(SEPARATOR);
  if (!more) return cited;
  if (more[1]) return `${cited} (also in ${more[1]} other ${more[1] === '1' ? 'place' : 'places'})`;
  return `${cited} (repeated: ${(more[2] ?? '')
    .split('；')
    .map((place) => partsInEnglish(place.split(SEPARATOR)))
    .join('; ')})`;
}

/** A group label or event title (`3月18日 · the entry's opening sentence`): its leading date. */
export function labelInEnglish(label: string): string {
  const [first = '', ...rest] = label.split(SEPARATOR);
  const english = partInEnglish(first);
  return english === null ? label : [english, ...rest].join(SEPARATOR);
}
