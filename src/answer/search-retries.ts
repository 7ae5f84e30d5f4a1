import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { writtenAddress } from './addresses.js';
import { type Locale, say } from './locale.js';
import { offer, suggested, suggestionsOf } from './offers.js';
import { writtenQuantity } from './quantity.js';
import { searchForEach, sentencesOfQuote } from './quote-across-sentences.js';
import { isJoinedName } from './search-syntax.js';
import { type Correction, correctedLine, searchAsTyped } from './spelling.js';
import { MAX_QUERY_LENGTH } from './validate-query.js';
import { writtenCompound } from './written-latin.js';

// /search asked again another way when it finds nothing as typed: the word a typo meant, a name
// joined by a dash as a quoted phrase, a pasted passage sentence by sentence. Each is said above
// its results. The search asked is /search itself without these retries (free-text.ts).

/** /search as typed, without retries. */
export type PlainSearch = (request: AnswerRequest) => Answer;

/**
 * A search whose keyword no sentence writes, where a homophone of it is written (口照 for 口罩):
 * that word's results, said so, with the search as typed offered; null when it finds nothing.
 */
export function correctedSearch(search: PlainSearch, request: AnswerRequest, correction: Correction, locale: Locale): Answer | null {
  const answer = search({ ...request, query: correction.query });
  if (!answer.items.length) return null;
  // Said in the message, which every adapter shows (suggestions are listed only when nothing is found).
  const typed = searchAsTyped(request.query, correction);
  // Offered only when it can be run: quoting every typo may take it past a query's limit.
  const runnable = [...typed.slice('/search '.length)].length <= MAX_QUERY_LENGTH;
  const asTyped = runnable ? say(locale, `仍要查找原词：${typed}`, `Search as typed: ${typed}`) : '';
  return {
    ...answer,
    query: request.query,
    message: [`${correctedLine(correction, locale)}${asTyped && say(locale, asTyped, ` ${asTyped}`)}`, answer.message]
      .filter(Boolean)
      .join('\n'),
    ...suggested(runnable ? [offer(asTyped, typed), ...suggestionsOf(answer)] : suggestionsOf(answer)),
  };
}

/**
 * A search written whole before its words apart: its answer when some sentence writes it, and the
 * phrase it was searched as (null when it is none of these kinds).
 * - A name joined by a dash (中国—意大利): its words apart ranked the one writing it sixth, under
 *   sentences naming 中国. When none writes it (中国-东盟: the documents write 中国与东盟), its words are searched as before.
 * - A Latin word of letters and digits the documents write joined (AP-300, typed ap300 too).
 * - A number with its unit (500g, 15元): the sentences writing that quantity, not the number in others (500ml水).
 * - An address (hr@qmx-media.cn): not its pieces, it-help@qmx-media.cn by its domain.
 */
export function searchedWhole(
  services: Services,
  search: PlainSearch,
  request: AnswerRequest,
): { answer: Answer | null; quoted: string | null } {
  const joined = isJoinedName(request.query) ? asQuoted(search, request) : null;
  if (joined) return { answer: joined, quoted: null };
  const compound = writtenQuantity(request.query) ?? writtenAddress(request.query) ?? writtenCompound(services, request.query);
  const typedAs = request.query.trim();
  const quoted = compound === null ? null : compound === typedAs.normalize('NFKC').toLowerCase() ? typedAs : compound;
  const asWritten = quoted ? asQuoted(search, { ...request, query: quoted }) : null;
  return { answer: asWritten && { ...asWritten, query: request.query }, quoted };
}

/** The search as a quoted phrase, when some sentence writes it; else null. */
export function asQuoted(search: PlainSearch, request: AnswerRequest): Answer | null {
  const answer = search({ ...request, query: `"${request.query.trim()}"` });
  return answer.items.length ? { ...answer, query: request.query } : null;
}

/** A pasted passage no sentence writes whole, as it runs over a sentence's end: the sentences writing each of its sentences, said so. */
export function eachSentenceSearched(search: PlainSearch, request: AnswerRequest, locale: Locale): Answer | null {
  const sentences = sentencesOfQuote(request.query);
  const each = sentences && searchForEach(sentences, MAX_QUERY_LENGTH);
  if (!sentences || !each) return null;
  const answer = search({ ...request, query: each.query });
  if (!answer.items.length) return null;
  const first =
    each.searched < sentences.length ? say(locale, `（查找了前 ${each.searched} 句）`, ` (the first ${each.searched} searched)`) : '';
  const note = say(
    locale,
    `所查文字跨越了 ${sentences.length} 个句子，没有一句包含全部：以下列出写有其中各句的句子${first}。`,
    `The text runs over ${sentences.length} sentences, and no one sentence holds it all: these are the sentences writing each${first}.`,
  );
  return { ...answer, query: request.query, message: [note, answer.message].filter(Boolean).join('\n') };
}
