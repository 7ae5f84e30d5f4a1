import { escapeMarkdown as discordEscape } from 'discord.js';

// Text we did not write (what the user typed, the corpus itself) is escaped before it reaches
// markdown, so `**`, `_`, `` ` ``, `>` or `#` in it are shown as typed rather than interpreted.
// Pings are not a markdown matter: every reply also carries `allowedMentions: { parse: [] }`.

export function escapeMarkdown(text: string): string {
  const escaped = discordEscape(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
  // discord.js leaves block quotes alone; a line starting with `>` would indent the reply.
  return escaped.replace(/^>/gm, '\\>');
}
