// Discord chat syntax that a user may paste into a query without meaning it as words: mentions
// (@everyone, @here, <@id>, <@!id>, <#id>, <@&id>), slash-command mentions (</ask:id>) and custom
// emoji (<:name:id>, <a:name:id>). Left in, "@everyone" searches for 每个人 and "<@123>" for 123.

const MARKUP = /@(?:everyone|here)\b|<(?:@[!&]?|#)\d+>|<\/[\w -]+:\d+>|<a?:\w+:\d+>/giu;

/** The query without Discord markup, spaces collapsed where markup stood. */
export function stripDiscordMarkup(text: string): string {
  return text
    .replace(MARKUP, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
