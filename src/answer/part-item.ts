import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, Passage, Section } from '../core/types.js';
import { chineseNumeral } from '../text/chinese-numerals.js';
import { CIRCLED_NUMBERS, circledMark, circledValue } from '../text/circled-numbers.js';
import { toSimplified } from '../text/normalize.js';
import { pagedAnswerOf } from './answer-shape.js';
import { namedAlone, partsWithin } from './headings-named.js';
import { localeOf, say } from './locale.js';
import { passageItem } from './passage-item.js';
import { numberOf, ORDINAL_NUMBER } from './section-reference.js';

// "注意事项第3条", "第三条第2项": a numbered item asked with its part's name is that part's item.
// Ranked, the question's words were the part's name and a number: item 3 of whichever list
// ranked first (another part's) answered, and the part's own item 3 came seventh. A notes part's
// note named by its circled mark (注释③) is that note, all its sentences.

/** The item asked for, last in the question (第三条第2项: 第2项 of 第三条): 第N条, 第N项, 第N点, 第N款. */
const ITEM = new RegExp(`第(${ORDINAL_NUMBER})(?:条|项|点|款)(?!.*第(?:${ORDINAL_NUMBER})(?:条|项|点|款))`, 'u');
/** A note named by its circled mark (注释③, 第③条, 注释㉑): a notes part's items are so marked. */
const CIRCLED_ITEM = new RegExp(`第?([${CIRCLED_NUMBERS}])(?:条|项|个)?`, 'u');
/** A line opening with a note's mark. */
const CIRCLED = new RegExp(`^[${CIRCLED_NUMBERS}]`, 'u');

/** Whether a line is item `n` of a list: 3. / 3、 / 3） / (3) / （三） / 三、, not 3.5; or ③, a note's mark. */
function isItem(text: string, n: number): boolean {
  const number = `(?:${n}|${chineseNumeral(n)})`;
  const mark = circledMark(n);
  return new RegExp(`^(?:${number}(?:[.．](?!\\d)|[、)）])|[(（]${number}[)）]${mark ? `|${mark}` : ''})`, 'u').test(text.trim());
}

/** The item's number and the question without it (read before folding, which makes ③ a 3), or null. */
function itemAsked(question: string): { n: number; rest: string; circled: boolean } | null {
  const circled = CIRCLED_ITEM.exec(question);
  if (circled)
    return {
      n: circledValue(circled[1]!)!,
      circled: true,
      rest: toSimplified(question.slice(0, circled.index) + question.slice(circled.index + circled[0].length)),
    };
  const simplified = toSimplified(question);
  const item = ITEM.exec(simplified);
  return item
    ? { n: numberOf(item[1]!), rest: simplified.slice(0, item.index) + simplified.slice(item.index + item[0].length), circled: false }
    : null;
}

/** A note's mark asked with no part named (注③是什么, ③说的是什么): the parts whose lines it marks. */
const NOTE_ALONE =
  /^(?:注|注释|註|脚注|尾注|附注)?(?:是什么|是什麼|说的是什么|说了什么|讲了什么|讲的是什么|什么意思|是什么意思|的内容|内容|写了什么)?[？?。.]*$/u;

/** The parts of any document opening a line with note mark `n`. */
function partsNoted(services: Services, n: number): Section[] {
  const mark = circledMark(n);
  return services.library.documents.flatMap((doc) =>
    doc.sections.filter((s) => s.passageIds.some((id) => services.library.passage(id)?.text.trim().startsWith(mark))),
  );
}

/** The parts a question names and asks nothing more of, or null. */
function partsNamed(services: Services, rest: string): Section[] | null {
  const { named, asksMore } = namedAlone(services, rest);
  return named.length && !asksMore ? partsWithin(services, named) : null;
}

/** The item a question asks for in a part it names and nothing more, with the parts holding it, or null. */
export function partItemAsked(services: Services, question: string): { items: Passage[]; parts: Section[]; n: number } | null {
  const item = itemAsked(question);
  if (!item) return null;
  const { n } = item;
  const parts = item.circled && NOTE_ALONE.test(item.rest.trim()) ? partsNoted(services, n) : partsNamed(services, item.rest);
  if (!parts) return null;
  const found = parts.flatMap((part) => {
    const passages = part.passageIds.flatMap((id) => services.library.passage(id) ?? []);
    return passages.flatMap((passage, i) => {
      if (!isItem(passage.text, n)) return [];
      // A note runs on to the next note's mark (③ 兵燹：…。此指…。): all of it is the note.
      const next = CIRCLED.test(passage.text.trim()) ? passages.findIndex((later, j) => j > i && CIRCLED.test(later.text.trim())) : i + 1;
      return passages.slice(i, next < 0 ? passages.length : next).map((p) => ({ passage: p, part }));
    });
  });
  // Named by the parts holding the item (步骤 of a recipe, not the recipe and its 用料 too).
  return found.length ? { items: found.map((f) => f.passage), parts: [...new Set(found.map((f) => f.part))], n } : null;
}

/** The item, cited in its part, with the part's listing offered. */
export function answerPartItem(
  services: Services,
  request: AnswerRequest,
  asked: { items: Passage[]; parts: Section[]; n: number },
): Answer {
  const names = [...new Set(asked.parts.map((part) => part.path[part.path.length - 1] ?? ''))];
  const quoted = names.map((name) => `“${name}”`).join('、');
  return pagedAnswerOf(request, asked.items, (passage) => passageItem(services, passage, 1, []), {
    message: say(localeOf(request), `${quoted}的第 ${asked.n} 项。`, `Item ${asked.n} of ${quoted}.`),
    suggestions: names.map((name) => `/ask ${name}讲了什么`),
  });
}
