// Which countries, regions and organisations a sentence mentions: full names anywhere (lists and
// typos included) and the short forms of news Chinese read from segmented tokens.

import { demonymIds, nameOpeners } from '../query/english/country-names.js';
import { COMPOUND_NAMES } from './country-aliases.js';
import { matchNames, type NameMatch } from './match-names.js';
import { textNames } from './name-index.js';
import { findShortForms, mayHaveShortForms, resolveShortForm } from './short-forms.js';

export type Segment = (text: string) => string[];

export interface DetectOptions {
  /**
   * Word segmentation: the corpus segmenter's precise `cut`. Required: nodejieba's own cut would
   * read whatever dictionary the process loaded last.
   */
  segment: Segment;
  /** Surrounding text (e.g. the whole chronicle entry) that names the country a short form stands for. */
  context?: string;
}

/** A capitalised word, which may be a demonym alone or with the next ("Sri Lankan"). */
const CAPITALISED_WORD = /(?<![A-Za-z])[A-Z][a-z]+(?![A-Za-z])/g;

/** Start offset of each token in the text; tokens the segmenter rewrote are skipped without failing. */
function tokenStarts(text: string, tokens: readonly string[]): Set<number> {
  const starts = new Set<number>();
  let cursor = 0;
  for (const token of tokens) {
    const at = text.indexOf(token, cursor);
    if (at === -1) continue;
    starts.add(at);
    cursor = at + token.length;
  }
  return starts;
}

function segmentSafely(segment: Segment, text: string): string[] {
  try {
    const tokens = segment(text);
    return Array.isArray(tokens) ? tokens.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Sorted unique ISO alpha-2 codes and region/organisation ids (`region:eu`, `org:who`) that the text mentions.
 * A two-character name counts only where a word starts (海地 is not in 上海地铁, 蒙古 not in 内蒙古).
 */
export function detectCountries(text: string, options: DetectOptions): string[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const matches = matchNames(text, textNames());
  const isShortChinese = (match: NameMatch) => match.end - match.start === 2 && !/[A-Za-z]/.test(match.name);
  // Segmenting is most of the cost, and only two-character names and short forms read the words:
  // a text with neither is read without it (about two sentences in three), with the same result.
  const needsWords = matches.some(isShortChinese) || mayHaveShortForms(text);
  const tokens = needsWords ? segmentSafely(options.segment, text) : [];
  const starts = tokenStarts(text, tokens);
  const found = new Set<string>();
  for (const match of matches) {
    if (isShortChinese(match) && tokens.length > 0 && !starts.has(match.start)) continue;
    found.add(match.id);
  }
  for (const [name, ids] of COMPOUND_NAMES) if (text.includes(name)) for (const id of ids) found.add(id);
  // English text names a country by its people too ("the Norwegian federation", "Norwegians"),
  // capitalised; a run of capitalised words is read whole first ("North Korean", "Papua New
  // Guinean"), and a run a country name opens ("North …", "United …") is not read word by word.
  if (/[A-Z]/.test(text)) {
    const demonyms = demonymIds();
    const openers = nameOpeners();
    const words = [...text.matchAll(CAPITALISED_WORD)];
    // A word of a name found already is not read again ("American Samoa" is not also the US).
    const inName = (at: number) => matches.some((match) => match.start <= at && at < match.end);
    const lookUp = (form: string) => demonyms.get(form) ?? (form.endsWith('s') ? demonyms.get(form.slice(0, -1)) : undefined);
    for (let i = 0; i < words.length; i++) {
      if (inName(words[i]!.index)) continue;
      // The run of capitalised words from here, one space apart (at most three).
      const run = [words[i]![0]];
      for (let k = i + 1; k < words.length && run.length < 3; k++) {
        const before = words[k - 1]!;
        if (words[k]!.index !== before.index + before[0].length + 1) break;
        run.push(words[k]![0]);
      }
      let taken = 0;
      for (let n = run.length; n >= 1 && !taken; n--) {
        const id = lookUp(run.slice(0, n).join(' '));
        if (id) {
          found.add(id);
          taken = n;
        }
      }
      if (!taken && run.length > 1 && openers.has(run[0]!)) taken = run.length;
      i += Math.max(taken, 1) - 1;
    }
  }
  const shortForms = findShortForms(tokens);
  if (shortForms.length > 0) {
    const nearby = new Set(found);
    if (options.context) for (const match of matchNames(options.context, textNames())) nearby.add(match.id);
    for (const form of shortForms) {
      const id = form.id ?? resolveShortForm(form.char, nearby);
      if (id) found.add(id);
    }
  }
  return [...found].sort();
}
