import type { Services } from '../core/services.js';
import { commonTermBound } from '../index/passage-index.js';
import { hasHan } from '../text/character-classes.js';
import { analyzeQuery, type QueryAnalysis } from './query-analysis.js';
import { rankPassages } from './ranked-search.js';

// When /ask finds nothing, the question's own words are often still in the documents: a
// colloquial question ("…帮外国抗疫图个啥") holds too little of any sentence to be answered, yet
// its rarest words the corpus does write (抗疫) find the passages it is about. Suggesting that
// /search, rather than "try other words", gives the user a next step that works. It is offered
// only when it finds something, so the suggestion is never a dead end.

/** Keywords suggested at most: the rarest words, which say most about what was asked. */
const MAX_KEYWORDS = 3;

/**
 * The question's own words the corpus writes but not everywhere (中国 is in 211 of its 757
 * sentences), rarest first; no single characters or figures. An English question has only its
 * translations; a Chinese one its own words, not their expansions (里面 is not asking for 内地).
 */
function writtenWords(services: Services, analysis: QueryAnalysis): string[] {
  const own = hasHan(analysis.question) ? services.tokenizer.tokenize(analysis.question).words : analysis.words;
  const common = commonTermBound(services.stats.passages);
  const words = [...new Set(own)].filter((w) => {
    const frequency = services.index.frequency(w);
    return [...w].length >= 2 && hasHan(w) && !/\d/.test(w) && frequency > 0 && frequency <= common;
  });
  // Drop a word inside a longer one kept (疫情 inside 疫情防控): searching both adds nothing.
  const distinct = words.filter((w) => !words.some((other) => other !== w && other.includes(w)));
  return distinct.sort((a, b) => services.index.idf(b) - services.index.idf(a) || (a < b ? -1 : 1));
}

/** "/search w1 w2" for a question /ask could not answer, or null when no such search finds anything. */
export function keywordSuggestion(services: Services, analysis: QueryAnalysis): string | null {
  const keywords = writtenWords(services, analysis).slice(0, MAX_KEYWORDS);
  // Fewer keywords find more: the longest list that still finds something is the most specific.
  for (let n = keywords.length; n > 0; n--) {
    const query = keywords.slice(0, n).join(' ');
    if (rankPassages(services, analyzeQuery(services, query, { aliasesAsText: true, versionsAlways: true }), 'search').length)
      return `/search ${query}`;
  }
  return null;
}
