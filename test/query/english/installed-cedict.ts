import { preparedDictionaries } from '../../../src/index/prepared-dictionaries.js';
import type { BuildOptions } from '../../../src/query/english/lexicon.js';

/**
 * CC-CEDICT and its gloss candidates as the install prepared them (the suite's global set-up
 * does), for buildEnglishLexicon: it builds what reading them itself builds (the prepared data
 * equal what reading gives: index/prepared-dictionaries.test.ts), without reading and ranking
 * CC-CEDICT again in each test file (~2–3 s of CPU each). ECDICT is left out, as
 * buildEnglishLexicon leaves it out when given nothing.
 */
export function installedCedict(): BuildOptions {
  const { cedict, glossCandidates } = preparedDictionaries().prepared;
  return { prepared: { cedict, glossCandidates } };
}
