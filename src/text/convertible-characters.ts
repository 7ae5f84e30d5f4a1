// Which texts an OpenCC converter can change. It rewrites only where one of its dictionary keys
// starts, so a text holding no first character of any key that maps to something else comes back
// unchanged (keys mapping to themselves only keep their span as it is). Most Simplified queries
// hold none, and skip the conversion's trie walk (~20 µs a call with cold caches).

/** A dictionary as opencc-js ships it: "key value|key value" or [key, value] pairs. */
export type Dictionary = string | readonly (readonly [string, string])[];

/** Whether text[a, a + length) equals text[b, b + length). */
function sameSpan(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/**
 * Marks the first code unit of each key mapping elsewhere. The "key value|key value" form is read
 * in place: splitting it made ~100,000 short-lived strings beside the just-built converters.
 */
function markStarts(dictionary: Dictionary, starts: Uint8Array): void {
  if (typeof dictionary !== 'string') {
    for (const [key, value] of dictionary) if (key !== value && key !== '') starts[key.charCodeAt(0)] = 1;
    return;
  }
  for (let start = 0; start < dictionary.length; ) {
    let end = dictionary.indexOf('|', start);
    if (end < 0) end = dictionary.length;
    const space = dictionary.indexOf(' ', start);
    const keyLength = space < 0 || space > end ? end - start : space - start;
    const valueLength = space < 0 || space > end ? -1 : end - space - 1;
    if (keyLength > 0 && (keyLength !== valueLength || !sameSpan(dictionary, start, space + 1, keyLength)))
      starts[dictionary.charCodeAt(start)] = 1;
    start = end + 1;
  }
}

/**
 * Whether a converter built from these dictionaries may change the text. False only when it
 * cannot; code units are compared, so a key starting outside the BMP marks its high surrogate
 * (which may say "may" for another character sharing it, never "cannot" wrongly).
 */
export function mayConvertWith(dictionaries: readonly Dictionary[]): (text: string) => boolean {
  const starts = new Uint8Array(0x10000);
  for (const dictionary of dictionaries) markStarts(dictionary, starts);
  return (text) => {
    for (let i = 0; i < text.length; i++) if (starts[text.charCodeAt(i)] === 1) return true;
    return false;
  };
}
