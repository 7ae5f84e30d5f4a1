import type { Services } from '../core/services.js';
import { headingName } from './headings-named.js';
import type { QueryAnalysis } from './query-analysis.js';
import type { RankedPassage } from './ranked-passage.js';
import { substringMatches } from './substring-search.js';

// A question whose words are single characters (1锚是多少米: 锚, 米) finds nothing ranked: the index
// holds words of two characters up. The sentences writing every one of its words, as /search finds
// single characters, when they are few: a character many sentences write (好 of 你好) is no
// answer's word. A word naming parts by their heading (步骤 of 步骤里要放多少盐: every recipe's
// block is headed 步骤) says where to look, not what a line writes: the parts' sentences writing the
// other words. Without this, 步骤 (a label, now a heading) made the question find nothing.

/** Sentences that may write a question's single characters for them to be its answer. */
const FEW_WRITING = 10;

const SINGLE_HAN = /^\p{Script=Han}$/u;

/** Whether a question's words include a single character, the case this reads. */
export const hasSingleCharacters = (analysis: QueryAnalysis): boolean => analysis.words.some((w) => SINGLE_HAN.test(w));

/** The few sentences writing every word of the question (within the parts it names by heading, that name aside), or none. */
export function singleCharacterMatches(
  services: Services,
  analysis: QueryAnalysis,
  meets: ((matchText: string) => boolean) | null,
): RankedPassage[] {
  const names = new Set(analysis.headed.map((section) => headingName(section.path[section.path.length - 1] ?? '')));
  const words = analysis.words.filter((word) => !names.has(word));
  const inParts = new Set(analysis.headed.flatMap((section) => section.passageIds));
  const writing =
    words.length < analysis.words.length
      ? substringMatches(services, words, meets).filter((found) => inParts.has(found.passage.id))
      : substringMatches(services, analysis.words, meets);
  return writing.length <= FEW_WRITING ? writing : [];
}
