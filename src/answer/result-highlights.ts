import type { Services } from '../core/services.js';
import type { Passage } from '../core/types.js';
import { toSimplified } from '../text/normalize.js';
import { quantityOf, writtenForm } from './quantity.js';
import type { QueryAnalysis } from './query-analysis.js';
import type { RankMode } from './rank-mode.js';
import { isLong } from './search-keywords.js';
import { positiveTerms, type SearchSyntax } from './search-syntax.js';

// What a result lights: the words found, as the sentence writes them.

/** The terms to light in a result of `analysis`'s query, given the terms it was found by. */
export function resultHighlighter(
  services: Services,
  analysis: QueryAnalysis,
  mode: RankMode,
  syntax: SearchSyntax | null,
): (passage: Passage, terms: string[]) => string[] {
  // A quoted phrase is lit whole, and its words only where another keyword asks for them
  // ("中国—意大利" lit 中国 in 中国红十字会 too).
  // A sentence writing the phrase with other punctuation (中国—意大利 for "中国-意大利") has its words lit.
  const phrases = syntax && !syntax.boolean ? positiveTerms(syntax.condition).map(toSimplified) : [];
  const freeWords = new Set(phrases.length ? services.tokenizer.tokenize(syntax!.free.join(' ')).words : []);
  // A quantity is lit as the sentence writes it (500克 for "500g").
  const quotedLit = (passage: Passage, terms: string[]) => {
    const text = services.library.matchText(passage);
    const written = phrases.flatMap((p) => (quantityOf(p) ? (writtenForm(text, p) ?? []) : text.includes(p) ? [p] : []));
    return written.length ? [...written, ...terms.filter((t) => freeWords.has(t) || !phrases.some((p) => p.includes(t)))] : terms;
  };
  // A keyword a sentence writes whole is lit whole, not its words wherever they stand (卫生 of
  // 世界卫生组织 in 国家卫生健康委, 国政府 of 中国政府 in 韩国政府, 十国集团 of 二十国集团).
  const forms = mode === 'search' && !syntax ? [...new Set(analysis.keywordForms.flat().filter(isLong))] : [];
  // The numbers of a day the question names ("March 10 and 12") are that day, not a quantity:
  // they are not highlighted in "10个南太平洋岛国".
  const notDayNumber = (term: string) => !analysis.dates.length || !/^\d+$/.test(term);
  return (passage, found) => {
    const terms = [...analysis.words, ...found].filter(notDayNumber);
    if (!forms.length) return quotedLit(passage, terms);
    const text = services.library.matchText(passage);
    // As the sentence writes it: 3000人 is lit where it is written 3,000人.
    const written = forms.flatMap((form) => writtenForm(text, form) ?? []);
    return written.length ? [...written, ...terms.filter((t) => !written.some((form) => form.includes(t)))] : terms;
  };
}
