import type { Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import type { Services } from '../core/services.js';
import type { IngestedDocument, Section } from '../core/types.js';
import { toSimplified } from '../text/normalize.js';
import { namesOf } from './document-question.js';
import { GENERIC_SECTION_WORDS } from './generic-question-words.js';
import { headingWords } from './section-reference.js';

// "港城有哪些冒险钩子", "冒险钩子有哪些": a question asking which <things> there are, where the
// things are what a heading names (## 7. 冒险钩子 over its list), asks for that part. Ranked, its
// items were not found: they write neither 冒险 nor 钩子, the heading over them does.

/** "(qualifier)(都/还)(有)哪些(asked)", punctuation and a closing particle aside. */
const WHICH = /^(.*?)(?:都|还)?有?哪些(.*)$/u;
const CLOSING = /[\p{P}\p{S}\s呢啊吧]+$/u;
/** Shortest heading asked for so: one character (附, 注) names too little to stand for a part. */
const MIN_HEADING_CHARACTERS = 2;

/** Sections by their heading's own words (folded Simplified, without its number), once per library. */
const sectionsByHeadingWords = memoized((library: Library) => {
  const byWords = new Map<string, Section[]>();
  for (const doc of library.documents)
    for (const section of doc.sections) {
      for (const heading of new Set(section.path.map((h) => headingWords(toSimplified(h))))) {
        if ([...heading].length < MIN_HEADING_CHARACTERS) continue;
        const sections = byWords.get(heading);
        if (sections) sections.push(section);
        else byWords.set(heading, [section]);
      }
    }
  return byWords;
});

/**
 * The sections a "which" question asks for by their heading, or null: the heading's words are all
 * it asks for (all that follows 哪些, or what ends the words before 有哪些), and what else it says
 * names the document (港城 of 雾港城).
 */
export function sectionsAskedFor(services: Services, question: string): Section[] | null {
  const which = WHICH.exec(toSimplified(question).replace(CLOSING, ''));
  if (!which) return null;
  const [, before = '', after = ''] = which;
  const byWords = sectionsByHeadingWords(services.library);
  const heading = after ? (byWords.has(after) ? after : null) : endingHeading(before, byWords);
  if (!heading) return null;
  const qualifier = after ? before : before.slice(0, before.length - heading.length);
  const sections = byWords.get(heading)!.filter((section) => {
    const doc = services.library.doc(section.docId);
    return doc !== undefined && namesDocument(services, qualifier, doc);
  });
  return sections.length ? sections : null;
}

/** The longest heading the words end with. */
function endingHeading(words: string, byWords: ReadonlyMap<string, unknown>): string | null {
  const characters = [...words];
  for (let start = 0; start <= characters.length - MIN_HEADING_CHARACTERS; start++) {
    const ending = characters.slice(start).join('');
    if (byWords.has(ending)) return ending;
  }
  return null;
}

/** Whether every word of a qualifier (generic ones aside) is of a name of the document. */
function namesDocument(services: Services, qualifier: string, doc: IngestedDocument): boolean {
  const names = namesOf(doc);
  return services
    .segment(qualifier)
    .every((word) => GENERIC_SECTION_WORDS.has(word) || /^[\p{P}\p{S}\s]*$/u.test(word) || names.some((name) => name.includes(word)));
}
