// A line that is only a label (决议：, 行动项：, "Notes:") heads what follows it and says nothing
// itself. Kept as text (a part or /context reads it in place), it is no answer: ranked, it shared
// a question's stray word or day and stood in the top three of questions it has nothing for.

/**
 * Longest label, in characters: a label names a kind of content in a word or two (注意事项, 行动项,
 * 会议时间). A longer line ending in a colon is a sentence introducing a list (定期航线有三条：,
 * 学完以后，你应该能够：), which says something.
 */
const MAX_LABEL_CHARACTERS = 6;

/** Letters and digits only, then a colon ending the line: punctuation or space inside makes it a sentence. */
const LABEL = new RegExp(`^[\\p{L}\\p{N}]{1,${MAX_LABEL_CHARACTERS}}[：:]$`, 'u');

/** Marks and space that may close a label's line (**决议**：) without being content. */
const NO_CONTENT = /[\s*_`]/u;

/** Whether a sentence is only a label ending in a colon, with nothing after it. Emphasis marks (**决议**：) are no content. */
export function isBareLabel(text: string): boolean {
  // Most sentences do not end in a colon: told from their last characters, without copying the
  // text (ranking asks this of every candidate, 150 a /search).
  let end = text.length - 1;
  while (end >= 0 && NO_CONTENT.test(text[end]!)) end--;
  if (text[end] !== '：' && text[end] !== ':') return false;
  return LABEL.test(text.replace(/[\s*_`]/gu, ''));
}
