import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, Passage, Section } from '../core/types.js';
import { chineseNumeral } from '../ingest/whitepaper-toc.js';
import { toSimplified } from '../text/normalize.js';
import { pagedAnswerOf } from './answer-shape.js';
import { namedAlone, partsWithin } from './headings-named.js';
import { localeOf, say } from './locale.js';
import { passageItem } from './passage-item.js';
import { numberOf } from './section-reference.js';

// "注意事项第3条", "第三条第2项": a numbered item asked with its part's name is that part's item.
// Ranked, the question's words were the part's name and a number: item 3 of whichever list
// ranked first (another part's) answered, and the part's own item 3 came seventh.

/** The item asked for, last in the question (第三条第2项: 第2项 of 第三条): 第N条, 第N项, 第N点, 第N款. */
const ITEM = /第([一二三四五六七八九十]{1,3}|[1-9]\d?)(?:条|项|点|款)(?!.*第(?:[一二三四五六七八九十]{1,3}|[1-9]\d?)(?:条|项|点|款))/u;

/** Whether a line is item `n` of a list: 3. / 3、 / 3） / (3) / （三） / 三、, not 3.5. */
function isItem(text: string, n: number): boolean {
  const number = `(?:${n}|${chineseNumeral(n)})`;
  return new RegExp(`^(?:${number}(?:[.．](?!\\d)|[、)）])|[(（]${number}[)）])`, 'u').test(text.trim());
}

/** The item a question asks for in a part it names and nothing more, with the parts holding it, or null. */
export function partItemAsked(services: Services, question: string): { items: Passage[]; parts: Section[]; n: number } | null {
  const simplified = toSimplified(question);
  const item = ITEM.exec(simplified);
  if (!item) return null;
  const rest = simplified.slice(0, item.index) + simplified.slice(item.index + item[0].length);
  const { named, asksMore } = namedAlone(services, rest);
  if (!named.length || asksMore) return null;
  const n = numberOf(item[1]!);
  const parts = partsWithin(services, named);
  const found = parts.flatMap((part) =>
    part.passageIds.flatMap((id) => {
      const passage = services.library.passage(id);
      return passage && isItem(passage.text, n) ? [{ passage, part }] : [];
    }),
  );
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
