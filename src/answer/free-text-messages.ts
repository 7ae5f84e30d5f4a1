import type { Services } from '../core/services.js';
import type { AnswerError } from '../core/types.js';
import type { Example } from './corpus-examples.js';
import { keywordSuggestion } from './keyword-suggestion.js';
import { type Locale, say } from './locale.js';
import type { QueryAnalysis } from './query-analysis.js';
import { conditionTerms, type SearchSyntax } from './search-syntax.js';

// What /ask and /search say when there is nothing to look for, or nothing was found: kept apart
// from free-text.ts, which decides when they are said.

/** A /search of operators with nothing to find: excluded words alone (-捐赠), or AND, OR, "" alone. */
export function nothingToFind(syntax: SearchSyntax, locale: Locale): AnswerError {
  const excludedOnly = conditionTerms(syntax.condition).length > 0;
  return {
    code: 'empty-query',
    message: excludedOnly
      ? say(
          locale,
          '请写出要查找的词：排除词（-词）只能和要查找的词一起用，例如 /search 口罩 -捐赠',
          'Please type what to look for: an excluded word (-word) goes with words to find, e.g. /search masks -Wuhan',
        )
      : say(
          locale,
          '请写出要查找的关键词：AND、OR 和引号要和关键词一起用，例如 /search 口罩 AND 防护服',
          'Please type keywords to look for: AND, OR and quotes go with keywords, e.g. /search masks AND ventilators',
        ),
  };
}

/** For a question /ask could not answer: a /search of its words the documents write, when one finds something. */
export function askSuggestions(services: Services, analysis: QueryAnalysis, locale: Locale): string[] {
  const search = keywordSuggestion(services, analysis);
  if (search)
    return [
      say(locale, `用文档里出现的词搜索：${search}`, `search the documents' own words: ${search}`),
      say(locale, '或换一种说法提问', 'or ask in other words'),
    ];
  return [
    say(locale, '换一种说法，或用更短的关键词：/search 关键词', 'ask in other words, or search shorter keywords: /search <keywords>'),
  ];
}

/** For a query of punctuation or symbols alone (a stray quote, "？？？"): nothing to look for, and an example that finds something here. */
export function onlySymbols(example: Example, locale: Locale): AnswerError {
  return {
    code: 'empty-query',
    message: say(
      locale,
      `只有标点或符号，没有可查找的文字。例如：${example.zh}`,
      `There are only punctuation marks or symbols to look for. For example: ${example.en}`,
    ),
  };
}
