// "can't", "I'm", "they're": a contraction is two words, its verb and "not" (or a pronoun and its
// verb). Read whole, the tokenizer kept "can't" as one unknown word, and a question written as
// people write ("Why can't I see the channels?") was told its words were not understood.

/** Negated auxiliaries whose stem is not the written part before n't. */
const IRREGULAR_NEGATIONS: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
/** The verb a pronoun's clitic stands for ('s is left to the tokenizer: it is a possessive as often). */
const CLITICS: Readonly<Record<string, string>> = { m: 'am', re: 'are', ve: 'have', ll: 'will', d: 'would' };

/** The question with its contractions written out ("can't" → "can not", "I'm" → "I am"). */
export function expandContractions(text: string): string {
  return text
    .replace(/\b([A-Za-z]+)n['’]t\b/g, (_, stem: string) => `${IRREGULAR_NEGATIONS[stem.toLowerCase()] ?? stem} not`)
    .replace(/\b([A-Za-z]+)['’](m|re|ve|ll|d)\b/gi, (_, word: string, clitic: string) => `${word} ${CLITICS[clitic.toLowerCase()]}`);
}
