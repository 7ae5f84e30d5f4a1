import type { Services } from '../core/services.js';
import { headingMentions } from './heading-mentions.js';
import type { Locale } from './locale.js';
import type { RankedPassage } from './ranked-passage.js';
import { unmatchedPhrasesNotice } from './result-notices.js';
import { type FieldsNamed, fieldWordsOut } from './sentence-fields.js';

/**
 * Keywords no result holds, and, when the whole query is one, the titles or headings that write it.
 * `named`: the query's fields (sentence-fields.ts), when found already.
 */
export function unmatchedNotices(
  services: Services,
  query: string,
  ranked: readonly RankedPassage[],
  locale: Locale,
  named?: FieldsNamed,
): (string | null)[] {
  // A speaker's name is held by their own sentences, which do not write it.
  // So is a word of a diary day's heading, by the day's sentences (heading-field.ts).
  const unmatched = unmatchedPhrasesNotice(fieldWordsOut(services, query, named), ranked, locale);
  return [unmatched, unmatched && !/\s/u.test(query.trim()) ? headingMentions(services, query, locale) : null];
}
