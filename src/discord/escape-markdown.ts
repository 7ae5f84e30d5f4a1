// Text we did not write (what the user typed, the corpus itself) is escaped before it reaches
// markdown, so `**`, `_`, `` ` ``, `>`, `#`, `[x](y)` or `<@id>` in it are shown as typed rather
// than interpreted, and `@everyone` never even looks like a mention. A backslash before any ASCII
// punctuation is always shown as that punctuation, so escaping more than needed is harmless; one regex pass is what keeps it cheap
// (discord.js's escaper runs a dozen passes and dominated the render time of an answer).
// Pings are not a markdown matter: every reply also carries `allowedMentions: { parse: [] }`.

const INLINE = /[\\*_~`|[\]()<>#:@]/g;
// List markers only mean something at the start of a line.
const LIST_START = /^(\s*)([-+]|\d+\.)(?=\s)/gm;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, '\\$&')
    .replace(LIST_START, (_m, space: string, marker: string) =>
      marker.endsWith('.') ? `${space}${marker.slice(0, -1)}\\.` : `${space}\\${marker}`,
    );
}
