// A paragraph may hold labelled lines among others: a transcript's header (《夜航城市》第23期 / 标题：…
// / 嘉宾：… / 主播：… / 录制时间：… / 文字稿由志愿者…。), a handbook's 编制：… / 生效日期：… over a
// note, a post's greeting over 最后更新：…, a transcript's turns ([00:02:30] 小满：…). Such lines end no
// sentence, so joined they made one passage of the whole header (标题：… 嘉宾：… 主播：…), the answer
// to every question about any of it. A label opening a line starts a piece of its own when other
// labelled lines stand beside it, or when the line before ends in a mark; a label inside wrapped
// prose (…他 / 强调：…) does not, nor do a question and its answer (问：… / 答：…), read together.

/**
 * A field's name and its colon opening a line (up to 12 characters), after a timecode ([00:02:30] 小满：) or not.
 * A name may open with a figure when it holds a word (6～12岁儿童：, 3号楼：): a dosage table's rows by age.
 */
const LABELLED =
  /^(?:[[【(（]?\d{1,2}:\d{2}(?::\d{2})?[\]】)）]?\s*)?(?:\p{L}[^\s：:，。,.；;]{0,11}|\d[^\s：:，。,.；;\p{L}]{0,5}\p{Script=Han}[^\s：:，。,.；;]{0,9})[：:]/u;
/** Labels of a question and its answer (问：… / 答：…): a pair read together, not a list of fields. */
const QUESTION_OR_ANSWER = /^(?:问题?|答|回答|答复|Q|A)\s*[：:]/iu;
/** A line ending in a mark that ends what it says (。！？～ @ …), not one a sentence goes on after (，、：) or a closing bracket. */
const ENDS_IN_A_MARK = /[\p{Po}\p{S}]$/u;
const GOES_ON = /[，、；：,;:]$/u;

/** The paragraph's lines in pieces, each read as one text: a labelled line beside others, or after a line ending in a mark, is a piece of its own. */
export function labelledPieces(lines: readonly string[]): string[][] {
  if (lines.length < 2 || lines.some((line) => QUESTION_OR_ANSWER.test(line))) return [[...lines]];
  const labelled = lines.map((line) => LABELLED.test(line));
  const inRun = (k: number) => labelled[k] === true && (labelled[k - 1] === true || labelled[k + 1] === true);
  const pieces: string[][] = [];
  lines.forEach((line, i) => {
    const before = lines[i - 1]?.trimEnd() ?? '';
    const apart = inRun(i) || inRun(i - 1) || (labelled[i] && ENDS_IN_A_MARK.test(before) && !GOES_ON.test(before));
    if (i === 0 || apart) pieces.push([line]);
    else pieces[pieces.length - 1]!.push(line);
  });
  return pieces;
}

/** A label spaced out to a column's width (摘  要：, 关 键 词：, 姓　　名：): 2–4 characters, each set apart. */
const SPACED_LABEL = /^(\p{Script=Han})((?:[ \u3000]+\p{Script=Han}){1,3})(?=[ \u3000]*[：:])/u;

/**
 * A line with its spaced-out label closed up (摘  要： → 摘要：): the spaces are layout, and the label
 * read apart (摘 / 要) was no word, so 摘要讲了什么 found nothing.
 */
export const closeSpacedLabel = (line: string): string =>
  line.replace(SPACED_LABEL, (_, first: string, rest: string) => first + rest.replace(/[ \u3000]+/gu, ''));
