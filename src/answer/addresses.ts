// An e-mail address or a web address (hr@qmx-media.cn, www.example.com, https://a.cn/x) is a
// name the documents write, to be found as written: read as English, its hr was "hour" (小时) and
// /search hr@qmx-media.cn ranked sentences writing 8小时 beside the one writing the address.

/** An e-mail address, a URL, or a host name ending in a common top-level domain. */
const ADDRESS =
  /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+|(?:https?:\/\/|www\.)[^\s，。；！？、）)]+|(?<![a-z0-9@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|edu|gov|io|fun)(?![a-z0-9-])(?:\/[^\s，。；！？、）)]*)?/giu;

/** The text without its addresses: they are no English to translate. */
export const withoutAddresses = (text: string): string => text.replace(ADDRESS, ' ');

/** A /search that is one address, to be searched as written; null otherwise. */
export function writtenAddress(query: string): string | null {
  const typed = query.trim().normalize('NFKC');
  const match = typed.match(ADDRESS);
  return match?.length === 1 && match[0] === typed ? typed : null;
}
