import type { Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import type { Services } from '../core/services.js';
import type { IngestedDocument, Section } from '../core/types.js';
import { toSimplified } from '../text/normalize.js';
import { documentsNamedIn, namesOf } from './document-question.js';
import { GENERIC_SECTION_WORDS } from './generic-question-words.js';
import { headingWords } from './section-reference.js';

// "红烧肉用什么肉" of a recipe headed ## 4. 红烧肉（外婆做法）, "第十三条" of a clause: a question
// naming a part by its heading asks about the lines under it, and those need not write the
// heading's words (带皮五花肉 600g). Ranked by their words alone, the part's lines lost to a
// contents line repeating the heading and to any sentence writing the name in passing.

/** Characters a heading's name needs (a single character names too little). */
const MIN_NAME = 2;
/** A part with more sentences than this is a chapter, not a place to read whole for a question's cue. */
const MAX_SENTENCES = 60;
/** A bracketed remark closing a heading (（外婆做法）) is no part of its name. */
const REMARK = /\s*[（(][^（）()]{1,30}[）)]$/u;

/** A heading's name, folded Simplified: its words without number or closing remark. */
export const headingName = (heading: string): string => toSimplified(headingWords(heading).replace(REMARK, '').trim());

/** The 如下 closing a heading that announces what follows, when two characters or more are left. */
const ANNOUNCING = /(?<=\p{Script=Han}{2})如下$/u;

/** Sections by their heading's name, once per library. */
const sectionsByName = memoized((library: Library) => {
  const byName = new Map<string, Section[]>();
  for (const doc of library.documents)
    for (const section of doc.sections) {
      const name = headingName(section.path[section.path.length - 1] ?? '');
      if ([...name].length < MIN_NAME) continue;
      // A heading announcing what follows (判决如下, 说明如下) is named without its 如下 too: 判决第二项.
      for (const named of new Set([name, name.replace(ANNOUNCING, '')])) {
        const sections = byName.get(named);
        if (sections) sections.push(section);
        else byName.set(named, [section]);
      }
    }
  return byName;
});

/** The longest heading name's length in UTF-16 units, once per library. */
const longestName = memoized((library: Library) => Math.max(0, ...[...sectionsByName(library).keys()].map((name) => name.length)));

/** Runs of a question's whole words that are a heading's name: where they stand, and the parts so headed. */
interface NamingRun {
  from: number;
  to: number;
  sections: readonly Section[];
}

/** The last question's words and naming runs, per library: /ask reads them twice (blockAsked, then ranking). */
const lastRuns = new WeakMap<Library, { question: string; words: string[]; runs: NamingRun[] }>();

function namingRuns(services: Services, question: string): { words: string[]; runs: NamingRun[] } {
  const known = lastRuns.get(services.library);
  if (known?.question === question) return known;
  const byName = sectionsByName(services.library);
  const words = byName.size ? services.segment(toSimplified(question)) : [];
  const runs: NamingRun[] = [];
  // Runs no longer than the longest name: every question asks this, most of them of no heading.
  const longest = longestName(services.library);
  for (let from = 0; from < words.length; from++) {
    let run = '';
    for (let to = from; to < words.length && run.length < longest; to++) {
      run += words[to];
      const sections = byName.get(run);
      if (sections) runs.push({ from, to, sections });
    }
  }
  lastRuns.set(services.library, { question, words, runs });
  return { words, runs };
}

/** The parts a question's runs of whole words name by heading, in the documents named if any, and which of its words those runs cover. */
function namedRuns(services: Services, question: string, docIds: readonly string[]) {
  const { words, runs } = namingRuns(services, question);
  const covered = words.map(() => false);
  const named: Section[] = [];
  for (const { from, to, sections: all } of runs) {
    const sections = docIds.length ? all.filter((s) => docIds.includes(s.docId)) : all;
    named.push(...sections);
    if (sections.length) covered.fill(true, from, to + 1);
  }
  return { words, covered, named };
}

const within = (section: Section, part: Section) =>
  section.docId === part.docId && part.path.every((heading, i) => section.path[i] === heading);

/** The named parts under another named one (步骤 of 酸辣土豆丝的步骤: every recipe has one), the part asked. */
function nestedOf(named: readonly Section[]): Section[] {
  const unique = [...new Set(named)];
  return unique.filter((section) => unique.some((part) => part !== section && within(section, part)));
}

/** A part with the parts under it. */
const withParts = (services: Services, part: Section) => (services.library.doc(part.docId)?.sections ?? []).filter((s) => within(s, part));

/**
 * The parts (with the parts under them) whose heading's name the question writes as whole words
 * (婚假期间 does not name a part headed 假期) or one of its words translates to, in the documents named if any.
 */
export function sectionsNamedByHeading(
  services: Services,
  question: string,
  docIds: readonly string[],
  translations: readonly string[] = [],
): Section[] {
  const runs = namedRuns(services, question, docIds);
  const byName = sectionsByName(services.library);
  // An English question names a part by a word's translation (braised pork: 红烧肉).
  const named = [
    ...translations.flatMap((term) => (byName.get(term) ?? []).filter((s) => !docIds.length || docIds.includes(s.docId))),
    ...runs.named,
  ];
  const nested = nestedOf(named);
  // Each part with the parts under it, when they are few enough sentences to read for the question.
  return (nested.length ? nested : [...new Set(named)]).flatMap((part) => {
    const under = withParts(services, part);
    return under.reduce((n, s) => n + s.passageIds.length, 0) <= MAX_SENTENCES ? under : [];
  });
}

/** A name ending in its number (附件一, 附表2, 第十一条): the segmenter may glue that number to the next word (附件 一里 有). */
const NUMBERED_NAME = /\p{L}.*[〇零一二三四五六七八九十百千两\d][条款项]?$/u;
const NUMERAL = /[〇零一二三四五六七八九十百千两\d]/u;

/** Heading names ending in their number, longest first (第十一条 before 第一条 could be cut from it), once per library. */
const numberedNames = memoized((library: Library) =>
  [...sectionsByName(library).keys()].filter((name) => NUMBERED_NAME.test(name)).sort((a, b) => b.length - a.length),
);

/** A word generic alone or with a neighbour: the corpus's dictionary may cut one it never writes (哪些 → 哪 些). */
const genericAt = (words: readonly string[], i: number) =>
  [words[i]!, `${words[i - 1] ?? ''}${words[i]}`, `${words[i]}${words[i + 1] ?? ''}`].some((w) => GENERIC_SECTION_WORDS.has(w));

/**
 * A question's parts named by heading, whether it says more than their names (generic words and
 * marks aside), and whether it asks anything at all. A name ending in its number is found as
 * written, not after a longer number (附件1 is not 附件12's). A document named beside the part
 * (药品说明书的禁忌) says whose part it is, and asks nothing more.
 */
export function namedAlone(services: Services, question: string) {
  const simplified = toSimplified(question);
  const plain = partsNamedIn(services, simplified, []);
  // Documents' names are read only for a question naming a part and saying more: most name none.
  if (!plain.named.length || !plain.asksMore) return plain;
  const { docs, rest } = documentsNamedIn(services, simplified, true);
  const beside = docs.length ? partsNamedIn(services, rest, docs) : null;
  return beside?.named.length ? beside : plain;
}

/** namedAlone over a text, its parts in `docs` if any. */
function partsNamedIn(services: Services, text: string, docs: readonly IngestedDocument[]) {
  const ofDocs = (sections: readonly Section[]) =>
    docs.length ? sections.filter((s) => docs.some((d) => d.meta.id === s.docId)) : sections;
  let rest = text;
  const byNumber: Section[] = [];
  for (const name of numberedNames(services.library)) {
    const at = rest.indexOf(name);
    if (at < 0 || NUMERAL.test(rest[at + name.length] ?? '')) continue;
    byNumber.push(...ofDocs(sectionsByName(services.library).get(name) ?? []));
    rest = `${rest.slice(0, at)} ${rest.slice(at + name.length)}`;
  }
  const { words, covered, named } = namedRuns(services, rest, []);
  const left = words.flatMap((word, i) => (covered[i] || /^[\p{P}\p{S}\s]*$/u.test(word) ? [] : [i]));
  // What is left of a document's name once a shorter one was cut from it (药品 of 药品说明书) names it too.
  const names = docs.flatMap(namesOf);
  const naming = (word: string) => names.some((name) => name.includes(word));
  return {
    named: [...byNumber, ...ofDocs(named)],
    asksMore: left.some((i) => !genericAt(words, i) && !naming(words[i]!)),
    asks: left.length > 0,
  };
}

/** A part with the parts under it, each once. */
export const partsWithin = (services: Services, parts: readonly Section[]): Section[] => [
  ...new Set([...new Set(parts)].flatMap((part) => withParts(services, part))),
];

/**
 * A block asked for as a whole by its part's and its own heading and nothing more (酸辣土豆丝的步骤,
 * 葱油拌面有哪些用料), or a part by its heading with words asking what it holds (附件一里有什么,
 * 禁忌是什么): that block or part, to list in order. A part's name alone (红烧肉) is a question to rank.
 */
export function blockAsked(services: Services, question: string): Section[] | null {
  const { named, asksMore, asks } = namedAlone(services, question);
  if (asksMore || !named.length) return null;
  const nested = nestedOf(named);
  if (nested.length) return nested.flatMap((part) => withParts(services, part));
  return asks ? partsWithin(services, named) : null;
}

/**
 * The parts a question names by heading and nothing more (禁忌, 附件一), each with the parts under
 * it, or null: when no sentence writes its words, the part is what it asks for.
 */
export function partsNamedAlone(services: Services, question: string): Section[] | null {
  const { named, asksMore } = namedAlone(services, question);
  return named.length && !asksMore ? partsWithin(services, named) : null;
}
