// Endnotes (注…) at the very end of a white paper: split off so they are cited as notes, not prose.

/** An endnote is a short citation; a longer "注…" run is prose (注重, 注意…) rather than a note. */
const MAX_NOTE_LENGTH = 150;

/** Start indices of candidate notes: a 注 right after a sentence end. */
function noteStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(/[。！？]注/gu)) starts.push((m.index ?? 0) + 1);
  return starts;
}

/**
 * Index where the trailing run of endnotes begins, or -1. Walks back from the end and keeps
 * notes while each is short enough to be a citation.
 */
export function findEndnotesStart(text: string): number {
  const starts = noteStarts(text);
  let end = text.trimEnd().length;
  let first = -1;
  for (let k = starts.length - 1; k >= 0; k--) {
    const start = starts[k] ?? 0;
    if (end - start > MAX_NOTE_LENGTH) break;
    first = start;
    end = start;
  }
  return first;
}

/** Splits the endnote block into its notes, each verbatim ("注世界卫生组织网站…。，年月日。"). */
export function splitEndnotes(block: string): string[] {
  const starts = [0, ...noteStarts(block)];
  return starts.map((s, i) => block.slice(s, starts[i + 1] ?? block.length).trim()).filter((note) => note.length > 0);
}
