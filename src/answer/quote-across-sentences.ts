// A passage pasted into /search that runs over a sentence's end ("…表示诚挚慰问。习近平指出,疫情没有
// 国界"): the index holds sentences, so no one sentence writes it, and the search found nothing.
// Its sentences are looked for each, as quoted phrases any of which a result writes.

/** Where a sentence ends inside the pasted text. */
const SENTENCE_END = /[。！？!?]+/u;
const QUOTE_MARKS = /["“”「」『』＂]/gu;

/** The pasted text's sentences (two or more, each with a letter or digit), or null when it holds one. */
export function sentencesOfQuote(query: string): string[] | null {
  const pieces = query
    .replace(QUOTE_MARKS, '')
    .split(SENTENCE_END)
    .map((piece) => piece.trim())
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece));
  return pieces.length >= 2 ? pieces : null;
}

/**
 * The /search that finds each of them: quoted, any of them (search-syntax.ts), within `limit`
 * characters (a query's limit: the operators add 6 a sentence, and a 181-character paste became a
 * search refused as too long). Sentences past it are left out; null when not even two fit.
 */
export function searchForEach(sentences: readonly string[], limit: number): { query: string; searched: number } | null {
  let query = '';
  let searched = 0;
  for (const sentence of sentences) {
    const next = `${query ? `${query} OR ` : ''}"${sentence}"`;
    if ([...next].length > limit) break;
    query = next;
    searched++;
  }
  return searched >= 1 ? { query, searched } : null;
}
