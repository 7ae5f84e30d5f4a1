// A quoted text set on lines of its own (a postcard, a menu, a letter: 「外婆：今天是中秋節，…孫女 小樹
// 敬上」) ends where its closing quote ends the line: the next line is the writer's own text again.
// A signature closing the quote (敬上」) ends no sentence, so the paragraph read on into the next
// line, and the whole postcard and the landlady's mooncake after it were one passage, the answer
// to every question about either. A quote ending a line is cut after only when it holds sentences
// of its own (a sentence mark inside): a short quoted word ending a wrapped line (叫“阿树”) is
// inside a sentence still.

/** The quotation marks that close a quoted text, with the mark opening each. */
const OPENER: Record<string, string> = { '」': '「', '』': '『', '”': '“' };
/** A mark ending a sentence inside the quotation. */
const SENTENCE_END = /[。！？!?]/u;
/** A line opening with a mark that goes on with the sentence before (，了吗) is no new text. */
const GOES_ON = /^[，、；：,;:。！？!?）)」』”]/u;

/** Whether `line` ends with a quotation (opened on it or on a line of `before`) that holds a sentence mark. */
function endsWithQuotedSentences(before: readonly string[], line: string): boolean {
  const text = line.trimEnd();
  const close = text.slice(-1);
  const open = OPENER[close];
  if (!open) return false;
  const written = [...before, text].join('\n');
  const start = written.lastIndexOf(open, written.length - 2);
  return start >= 0 && SENTENCE_END.test(written.slice(start + 1, -1));
}

/** A paragraph's lines in pieces, cut after each line closing a quotation of sentences when more text follows. */
export function piecesAfterQuotes(lines: readonly string[]): string[][] {
  const pieces: string[][] = [[]];
  lines.forEach((line, i) => {
    const piece = pieces[pieces.length - 1]!;
    piece.push(line);
    const next = lines[i + 1];
    if (next !== undefined && !GOES_ON.test(next.trimStart()) && endsWithQuotedSentences(piece.slice(0, -1), line)) pieces.push([]);
  });
  return pieces;
}
