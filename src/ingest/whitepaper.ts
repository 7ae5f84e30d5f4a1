// White paper (白皮书): header lines, lead, TOC-recovered sections with glued headings cut off, endnotes.
import type { DocumentMeta, IngestedDocument, Section } from '../core/types.js';
import { cutGraphemes } from '../text/graphemes.js';
import { comparisonKey, recognitionForm } from './normalize-raw.js';
import { PassageCollector } from './passage-collector.js';
import { endsSentence, splitSentences } from './sentences.js';
import { findEndnotesStart, splitEndnotes } from './whitepaper-notes.js';
import { findTocBounds, parseToc, type TocHeading } from './whitepaper-toc.js';

export const LEAD_SECTION = '导语';
export const NOTES_SECTION = '注释';
const NOTE_MARK = '注';

const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/u;

/** A short line that is (or contains) the title, like "抗击新冠肺炎疫情的中国行动白皮书". */
function isTitleLine(key: string, titleKey: string): boolean {
  if (titleKey === '' || key.length > titleKey.length * 2) return false;
  return key.includes(titleKey) || titleKey.includes(key);
}

/** Drops the leading title line and timestamp lines; returns the body (remaining lines). */
function stripHeader(text: string, title: string): string {
  const lines = text.split('\n');
  const titleKey = comparisonKey(title);
  let titleSeen = false;
  let i = 0;
  for (; i < lines.length; i++) {
    const key = comparisonKey(lines[i] ?? '');
    if (key === '') continue;
    if (!titleSeen && isTitleLine(key, titleKey)) {
      titleSeen = true;
      continue;
    }
    if (!TIMESTAMP.test(recognitionForm(lines[i] ?? ''))) break;
  }
  return lines.slice(i).join('\n');
}

/**
 * A lone "注" is a note reference whose number was stripped ("…不可估量。注" before a glued heading):
 * it belongs to the sentence before it, not in a passage of its own.
 */
function joinNoteMarkers(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.length - 1;
    if (piece === NOTE_MARK && last >= 0) out[last] += piece;
    else out.push(piece);
  }
  return out;
}

class SectionBuilder {
  readonly sections: Section[] = [];
  constructor(
    private readonly docId: string,
    private readonly collector: PassageCollector,
    private readonly warnings: string[],
  ) {}

  /** Adds a section whose sentences are `pieces` (already one passage each). */
  addPieces(path: string[] | null, pieces: string[]): void {
    const passageIds = this.collector.addAll(pieces, (i) => ({ date: null, entry: null, sentence: i + 1, section: path }));
    if (path) this.sections.push({ docId: this.docId, path, passageIds });
  }

  /** Adds a section from running text (paragraphs split on line breaks, then sentences). */
  addText(path: string[] | null, text: string): void {
    this.addPieces(path, joinNoteMarkers(text.split('\n').flatMap((p) => splitSentences(p))));
  }

  /** The lead before the TOC; a trailing piece with no sentence end is the title block, not prose. */
  addLead(text: string): void {
    const pieces = text.split('\n').flatMap((p) => splitSentences(p));
    const last = pieces[pieces.length - 1];
    if (last !== undefined && !endsSentence(last)) {
      pieces.pop();
      this.warnings.push(`目录前的标题块不作为正文：「${cutGraphemes(last, 20, '…')}」`);
    }
    if (pieces.length > 0) this.addPieces([LEAD_SECTION], pieces);
  }
}

function addBody(builder: SectionBuilder, body: string, bodyFrom: number, headings: TocHeading[], warnings: string[]): void {
  const first = headings[0];
  if (first && body.slice(bodyFrom, first.bodyStart).trim() !== '') {
    warnings.push('目录与第一个标题之间有未归属的文字，归入导语。');
    builder.addText([LEAD_SECTION], body.slice(bodyFrom, first.bodyStart));
  }
  headings.forEach((h, i) => {
    const next = headings[i + 1];
    let content = body.slice(h.bodyEnd, next ? next.bodyStart : body.length);
    let notes: string[] = [];
    if (!next) {
      const notesAt = findEndnotesStart(content);
      if (notesAt >= 0) {
        notes = splitEndnotes(content.slice(notesAt));
        content = content.slice(0, notesAt);
      }
    }
    builder.addText(h.path, content);
    if (notes.length > 0) builder.addPieces([NOTES_SECTION], notes);
  });
}

export function ingestWhitepaper(meta: DocumentMeta, text: string): IngestedDocument {
  const warnings: string[] = [];
  const collector = new PassageCollector(meta.id, warnings);
  const builder = new SectionBuilder(meta.id, collector, warnings);
  const body = stripHeader(text, meta.title);
  const bounds = findTocBounds(body);
  const headings = bounds ? parseToc(body.slice(bounds.tocStart, bounds.tocEnd), body, bounds.tocEnd) : null;

  const problems: string[] = [];
  if (!bounds || !headings) {
    problems.push(bounds ? '目录与正文标题对不上，未划分章节。' : '白皮书中找不到“目录”，未划分章节（引用只能给出句序）。');
    builder.addText(null, body);
  } else {
    builder.addLead(body.slice(0, bounds.markerStart));
    addBody(builder, body, bounds.tocEnd, headings, warnings);
  }
  return { meta, passages: collector.passages, entries: [], sections: builder.sections, warnings, problems };
}
