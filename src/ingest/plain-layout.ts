// How a plain text or Markdown file lays itself out around its paragraphs: table rows pasted
// into a text, a # heading that titles the file, a rule that sets a footer apart.

import { isTableRule, shownRow, tableRowText } from './markdown-text.js';
import { recognitionForm } from './normalize-raw.js';
import { endsSentence } from './sentences.js';
import type { ShownLine } from './shown-line.js';
import { labelTableRows } from './table-rows.js';

/** A Markdown heading (`## 标题`), as plain.ts reads one. */
export const HEADING = /^(#{1,6})\s+(.*?)\s*#*$/u;

/** A rule drawn in a plain text: one mark repeated, spaced or not (---, * * *, ___, ====, ———, ＊＊＊). */
const PLAIN_RULE = /^([-*_=—－＊＿＝])(?:[ \t\u3000]*\1){2,}[ \t\u3000]*$/u;
/** Dashes or equals signs unspaced: under a line of text that is no sentence (标题\n-----), its underline, as in Markdown. */
const UNDERLINE = /^(?:[-—－]+|[=＝]+)$/u;

/**
 * The lines of a plain text as shown: a table row pasted from Markdown or a wiki (`| 现象 | 原因 |`)
 * as its cells, alone, its rule line none; a rule line a rule (it may set a footer apart), unless
 * it underlines the line above; any other line as written.
 */
export function plainLines(lines: readonly string[]): ShownLine[] {
  const shown = lines.map((raw, i): ShownLine => {
    const line = raw.trim();
    if (PLAIN_RULE.test(line))
      return underlines(line, lines[i - 1] ?? '') ? { text: '', alone: false } : { text: '', alone: false, rule: true };
    if (isTableRule(line)) return { text: '', alone: false, tableRule: true };
    return shownRow(line) ?? { text: raw, alone: false };
  });
  return labelTableRows(shown);
}

/** Whether a rule line underlines the line above it: a title-like line of text, not a sentence, a table row or a rule. */
function underlines(rule: string, above: string): boolean {
  const line = above.trim();
  return UNDERLINE.test(rule) && line !== '' && !endsSentence(line) && !PLAIN_RULE.test(line) && tableRowText(line) === null;
}

/**
 * A page's running header or footer exported from a PDF (`城市治理研究  2025年第4期      · 47 ·`):
 * fields set apart by a wide run of spaces, a page number last. No text of the document: a
 * title heading under it is still the first line (the paper's 6 sections were one part, its title).
 */
export const RUNNING_HEADER = /^\S.{0,60}?[ \t\u3000]{6,}.{0,60}?[·\-—–]?\s?\d{1,4}\s?[·\-—–]?$/u;

/**
 * The line of a title heading, or -1: the document's first line when it is a `#` heading and no other heading is (a
 * `# 服务器规则` over its `## 一、基本规则` parts). It names the document, not a part of it:
 * read as a part, every answer was cited under it and the document had "1 part". A heading
 * `dated` names a day (# 2023-04-12 例会): that day's entry, never the title.
 */
export function titleHeadingAt(lines: readonly ShownLine[], dated: (heading: string) => boolean): number {
  let first = -1;
  for (const [i, { text, alone }] of lines.entries()) {
    const heading = alone ? null : HEADING.exec(recognitionForm(text.trim()));
    const level = heading?.[1]?.length;
    if (level === undefined) {
      // Only a heading opening the document is its title: after text, a # heading is a part.
      if (first < 0 && text.trim() !== '' && !RUNNING_HEADER.test(text.trim())) return -1;
      continue;
    }
    if (level === 1 && first >= 0) return -1;
    if (first < 0) {
      if (level !== 1 || dated(heading?.[2] ?? '')) return -1;
      first = i;
    }
  }
  return first;
}

/**
 * The line of a rule setting a footer apart, or -1: the document's last `---` when no heading
 * follows it (a changelog's closing "如遇到问题，请在 #bug反馈 频道提交" is no part of its last release).
 */
export function footerRuleAt(lines: readonly ShownLine[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.rule) return i;
    if (!line.alone && HEADING.test(recognitionForm(line.text.trim()))) return -1;
  }
  return -1;
}

/**
 * Whether the document draws rules between its parts (a `---` before a heading, a recipe book's
 * 目录 / --- / ## 1. 可乐鸡翅): then its last rule, after the last part, sets a footer apart (评论区摘录
 * is no part of the last recipe), as a dated section's does. Elsewhere a rule is a pause inside a part.
 */
function rulesPartSections(lines: readonly ShownLine[], footerAt: number): boolean {
  for (let i = 0; i < footerAt; i++) if (lines[i]!.rule && headingFollows(lines, i)) return true;
  return false;
}

/** Whether the first line after line `i` that is not blank is a `#` heading. */
function headingFollows(lines: readonly ShownLine[], i: number): boolean {
  let next = i + 1;
  while (next < lines.length && !lines[next]!.alone && lines[next]!.text.trim() === '') next++;
  const line = lines[next];
  return line !== undefined && !line.alone && HEADING.test(recognitionForm(line.text.trim()));
}

/**
 * The rules ending a part, in a document drawing rules between its parts: its footer's rule, and
 * any rule setting text apart after a part (a paper's English title and abstract after its last
 * section, cited as section 6's). None in other documents: there a rule is a pause inside a part.
 */
export function partEndingRules(lines: readonly ShownLine[], footerAt: number): Set<number> {
  if (footerAt < 0 || !rulesPartSections(lines, footerAt)) return new Set();
  return new Set([...lines.keys()].filter((i) => lines[i]!.rule && !headingFollows(lines, i)));
}

/**
 * The number of `#` of the document's shallowest heading other than its title heading (`skip`):
 * that level is its parts' (1). A file of `##` parts with no `#` title filed each part under
 * the first (第一部分 › 第三部分), as if a level-1 heading stood over them. 1 when there is none.
 */
export function topHeadingLevel(lines: readonly ShownLine[], skip: number): number {
  let top = Number.POSITIVE_INFINITY;
  lines.forEach((line, i) => {
    const marks = i === skip ? undefined : HEADING.exec(recognitionForm(line.text.trim()))?.[1]?.length;
    if (marks !== undefined && marks < top) top = marks;
  });
  return Number.isFinite(top) ? top : 1;
}
