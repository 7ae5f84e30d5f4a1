// Symbols and emoji a document may write (🤝 友善交流, 30 ㎡, ⚖️ in a heading): things a search
// can look for, though they are neither letters nor digits, unlike punctuation.

/** A symbol or emoji with the marks that complete it (the variation selector of ⚖️, a skin tone, the joiners of 👨‍👩‍👧). */
const SYMBOL_RUN = /[\p{So}\p{Extended_Pictographic}][\p{So}\p{Extended_Pictographic}\p{M}\p{Emoji_Modifier}\u200d]*/gu;

/** The runs of symbols in a text, in order ("⚖️ 违规 🤝" → ⚖️, 🤝). */
export const symbolRuns = (text: string): string[] => text.match(SYMBOL_RUN) ?? [];
