import type { Services } from '../core/services.js';
import type { AnswerItem, Entry } from '../core/types.js';
import { entryItem } from './entry-item.js';

// A dated section as the opening of its day's answer ("4月19日发生了什么"): its heading names
// what happened (2025年4月19日 第15次例会), as a chronicle entry's first sentence does; the
// section's first line is whatever the document put first (时间：21:00–21:50…), which said
// nothing of it. Under the heading stand its sub-headings (议题一：v0.10 发布 …), an outline of
// the day, when there are two or more; a section with fewer goes on with its first sentence (a
// changelog's `### 已知问题` alone would hide what the release added).

/** Sub-headings that make an outline of a day: one is a side note (### 已知问题), not the day's parts. */
const OUTLINE = 2;

/** The headings of the parts right under an entry's section that hold its sentences, in document order. */
function subHeadings(services: Services, entry: Entry, path: readonly string[]): string[] {
  const held = new Set(entry.passageIds);
  const doc = services.library.doc(entry.docId);
  return (doc?.sections ?? [])
    .filter((s) => s.path.length === path.length + 1 && path.every((p, i) => s.path[i] === p) && s.passageIds.some((id) => held.has(id)))
    .map((s) => s.path[path.length]!);
}

/** A dated section's entry (`entry.section` set) on `day`, introduced by its heading and sub-headings. */
export function sectionOpening(services: Services, entry: Entry, day: string, group: string): AnswerItem {
  const path = entry.section ?? [];
  const heading = path[path.length - 1] ?? '';
  const under = subHeadings(services, entry, path);
  const first = entry.passageIds[0] ? services.library.passage(entry.passageIds[0])?.text : undefined;
  const lines = [heading, ...(under.length >= OUTLINE ? under : first ? [first] : [])];
  return { ...entryItem(services, entry, day, group), text: lines.join('\n') };
}
