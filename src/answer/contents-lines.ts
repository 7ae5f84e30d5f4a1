import type { Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import { headingName } from './headings-named.js';
import { passageFlags } from './passage-flags.js';

// A contents list (## 目录 over 1. 可乐鸡翅 / 2. 番茄炒蛋 / 4. 红烧肉（外婆做法）…) writes each part's
// heading again, as a line of its own. It says where an answer is, not the answer: ranked, it
// wrote the question's very words (红烧肉) and came first, above the part's own lines. Its place
// is structural, not a word: a line that is the heading of a part of its document it stands outside.

/** The ids of the lines repeating a heading of another part of their document, once per library. */
const contentsLineIds = memoized((library: Library) => {
  const ids = new Set<string>();
  for (const doc of library.documents) {
    const headings = new Map<string, string[][]>();
    for (const section of doc.sections) {
      const name = headingName(section.path[section.path.length - 1] ?? '');
      if (!name) continue;
      const paths = headings.get(name);
      if (paths) paths.push(section.path);
      else headings.set(name, [section.path]);
    }
    if (!headings.size) continue;
    for (const passage of doc.passages) {
      const parts = headings.get(headingName(passage.text));
      const inside = (path: readonly string[]) =>
        passage.places.some((place) => path.every((heading, i) => place.section?.[i] === heading));
      if (parts && !parts.some(inside)) ids.add(passage.id);
    }
  }
  return ids;
});

/** Contents lines by passage number (the index's numbering, which the library shares): 1 for another part's heading written again (目录's 4. 红烧肉（外婆做法）). */
export const contentsLineFlags = passageFlags(contentsLineIds);
