// Where a closing quote does not end a sentence (sentences.ts asks before cutting after `。”`):
// Chinese prose writes a quotation first and its speech tag after it (“林婉如是谁？”小满小声问。),
// so cut there the quote would lose its speaker and the tag, alone, would answer questions about
// the speaker. Structural, not a list of speech verbs: after a sentence that is a quotation, text
// running on to its own sentence end without opening a new quote is the tag; a tag that leads
// into another quote with a comma (“三年零四个月。”沈知秋说，“他走之前……”) goes on with it.

const codes = (chars: string[]): Set<number> => new Set(chars.map((c) => c.charCodeAt(0)));

/** Quotation marks a quotation opens with; `"` both opens and closes. */
const OPENING_QUOTES = codes(['“', '「', '『', '‘', '"']);
const CLOSING_QUOTES = codes(['”', '」', '』', '’', '"']);
const TERMINATORS = codes(['。', '！', '？', '!', '?']);
/** Marks a tag leads into its next quote with (沈知秋说，“…”). */
const LEADS_INTO_QUOTE = codes(['，', '：', ',', ':']);
/** Farther than this a speech tag is not: the text after the quote is read as a sentence of its own. */
const MAX_TAG = 200;

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0x3000 || code === 0xa0;
}

/**
 * Whether the cut at `cut` (just after a closing quote, outside brackets) would part a quotation
 * from its speech tag: the sentence from `start` opens with a quote, a letter follows the closing
 * quote at once, and on the same line that text reaches a sentence end (outside brackets, per
 * `depth`) before any quote opens, or opens one after a comma.
 */
export function speechTagFollows(text: string, start: number, cut: number, depth: Int32Array): boolean {
  if (!CLOSING_QUOTES.has(text.charCodeAt(cut - 1))) return false;
  let s = start;
  while (s < cut && isSpace(text.charCodeAt(s))) s++;
  // A quote inside a sentence (他说：“我们要努力。”她点头。) already has its speaker before it.
  if (!OPENING_QUOTES.has(text.charCodeAt(s))) return false;
  if (!/\p{L}/u.test(text[cut] ?? '')) return false;
  // A tag ends as a sentence does; text stopping short of that (「好！」』下一句) is no tag.
  const end = Math.min(text.length, cut + MAX_TAG);
  for (let k = cut; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x0a) return false;
    if ((depth[k] ?? 0) !== 0) continue;
    if (TERMINATORS.has(code)) return true;
    if (OPENING_QUOTES.has(code)) return LEADS_INTO_QUOTE.has(text.charCodeAt(k - 1));
  }
  return false;
}
