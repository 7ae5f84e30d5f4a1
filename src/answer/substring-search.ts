import type { Services } from '../core/services.js';
import { numberSpellings, numberWritings, plainNumber, writesPhrase } from '../text/number-spellings.js';
import { dayPhraseTest, sentencesWritingDayPhrase } from './day-phrases.js';
import { NUMBER, wholeLatinWord, wholeNumber } from './keyword-test.js';
import type { RankedPassage } from './ranked-passage.js';
import { sentencesWriting } from './written-in-corpus.js';

// /search's ways of reading the sentences' texts themselves rather than the index: the fallback
// when the index finds nothing, and the sentences a boolean condition (AND, OR, NOT) wants.

/**
 * /search falls back to plain substring matching when the index has nothing: a single character
 * (疫) or a string jieba cuts unlike the corpus is still found wherever it is written.
 */
export function substringMatches(services: Services, phrases: string[], meets: ((matchText: string) => boolean) | null): RankedPassage[] {
  if (!phrases.length) return [];
  // An English word is found whole only: "unit" is not in "United"; a number too: 10 is not in 100 or 3.10.
  // A day is found as a day: in numerals too, and whole (day-phrases.ts).
  const tests = phrases.map((p) => {
    // …or as typed (2024.05.03, a form no day reading writes back).
    const day = dayPhraseTest(services, p);
    if (day) {
      const typed = writesPhrase(p);
      return (text: string) => day(text) || typed(text);
    }
    if (NUMBER.test(p)) return wholeNumber(p);
    if (!(/^[a-z0-9]+$/u.test(p) && /[a-z]/u.test(p))) return writesPhrase(p);
    const whole = wholeLatinWord(p);
    return (text: string) => whole.test(text);
  });
  // Every test holds its phrase as written (its numbers in either spelling: 3000 is 3,000; a long
  // one's first digits, written in groups: 13724681357 as 137-2468-1357; an amount's capitals), so
  // only the sentences writing the first can pass. A number in groups or capitals is a word of the
  // index: none, and those writings are not read for (each reading is ~8 ms at 100× the corpus).
  const { library } = services;
  const found: RankedPassage[] = [];
  const first = phrases[0]!;
  const writings = services.index.frequency(plainNumber(first)) > 0 ? numberWritings(first) : numberSpellings(first);
  const asTyped = sentencesWritingAny(library, writings);
  const asDay = sentencesWritingDayPhrase(services, first);
  for (const n of asDay ? [...new Set([...asDay, ...asTyped])].sort((a, b) => a - b) : asTyped) {
    const text = library.matchTextAt(n);
    if (tests.every((test) => test(text)) && (!meets || meets(text)))
      found.push({ passage: services.index.numbers.passages[n]!, score: 1, terms: phrases });
  }
  return found;
}

/** The sentences writing any of `texts`, ascending. */
function sentencesWritingAny(library: Services['library'], texts: readonly string[]): readonly number[] {
  if (texts.length === 1) return sentencesWriting(library, texts[0]!);
  return [...new Set(texts.flatMap((text) => sentencesWriting(library, text)))].sort((a, b) => a - b);
}

/** The numbers of the sentences meeting a condition, in index order: by number, not by id (76,000 ids hashed at 100× the corpus). */
export function sentencesMeeting(services: Services, meets: (matchText: string) => boolean): Set<number> {
  const { library } = services;
  const found = new Set<number>();
  for (let n = 0; n < library.passageCount; n++) if (meets(library.matchTextAt(n))) found.add(n);
  return found;
}
