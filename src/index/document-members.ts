import type { Entry, IngestedDocument, Section } from '../core/types.js';

// Entries and sections of a saved document (corpus-columns.ts) name their passages by position:
// a run of the document's passages instead of a list of ids (at 100× the corpus 110,000 id
// strings to parse again). An entry's text is its sentences joined, so it is not saved either
// when it is exactly that: read back, it is a slice of the text block. Anything else (an id of
// another document, a repeat, a text that differs, a field added later) is saved as it is.

const ENTRY_KEYS = 'id,docId,ordinal,dates,ordinals,passageIds,text';
const SECTION_KEYS = 'docId,path,passageIds';

/** Passages first..first+count-1 of the document, or the ids as they are. */
type Members = [first: number, count: number] | string[];

export type SavedEntry =
  | { id: string; docId?: string; ordinal: number; dates: (string | null)[]; ordinals: number[]; members: Members; text?: string }
  | { whole: Entry };

export type SavedSection = { docId?: string; path: string[]; members: Members } | { whole: Section };

const keysOf = (value: object) => Object.keys(value).join(',');

export function memberSaver(doc: IngestedDocument): {
  saveEntry: (entry: Entry) => SavedEntry;
  saveSection: (section: Section) => SavedSection;
} {
  const ids = doc.passages.map((p) => p.id);
  const position = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!position.has(id)) position.set(id, i);
  });
  const membersOf = (passageIds: string[]): Members => {
    const first = position.get(passageIds[0] ?? '');
    const run = first !== undefined && passageIds.every((id, k) => ids[first + k] === id);
    return run ? [first, passageIds.length] : passageIds;
  };
  const joined = (members: Members) =>
    typeof members[0] === 'number'
      ? doc.passages
          .slice(members[0], members[0] + (members[1] as number))
          .map((p) => p.text)
          .join('')
      : null;
  return {
    saveEntry(entry) {
      if (keysOf(entry) !== ENTRY_KEYS || typeof entry.text !== 'string') return { whole: entry };
      const { id, docId, ordinal, dates, ordinals, passageIds, text } = entry;
      const members = membersOf(passageIds);
      return {
        id,
        ...(docId === doc.meta.id ? {} : { docId }),
        ordinal,
        dates,
        ordinals,
        members,
        ...(joined(members) === text ? {} : { text }),
      };
    },
    saveSection(section) {
      if (keysOf(section) !== SECTION_KEYS) return { whole: section };
      const { docId, path, passageIds } = section;
      return { ...(docId === doc.meta.id ? {} : { docId }), path, members: membersOf(passageIds) };
    },
  };
}

/**
 * Reads entries and sections of the document `docId` whose passages have `ids`; `joinedTexts`
 * gives the texts of passages from..to-1 joined.
 */
export function memberReader(
  docId: string,
  ids: readonly string[],
  joinedTexts: (from: number, to: number) => string,
): { entry: (saved: SavedEntry) => Entry; section: (saved: SavedSection) => Section } {
  const range = (members: Members): [number, number] | null => {
    if (typeof members[0] !== 'number') return null;
    const [first, count] = members as [number, number];
    if (!(Number.isInteger(first) && Number.isInteger(count) && first >= 0 && count >= 0 && first + count <= ids.length))
      throw new Error('saved members are not passages of their document');
    return [first, first + count];
  };
  const idsOf = (members: Members) => {
    const run = range(members);
    return run ? ids.slice(run[0], run[1]) : (members as string[]);
  };
  return {
    entry(saved) {
      if ('whole' in saved) return saved.whole;
      const run = range(saved.members);
      const text = saved.text ?? (run ? joinedTexts(run[0], run[1]) : null);
      if (text === null) throw new Error('a saved entry has no text');
      const { id, ordinal, dates, ordinals } = saved;
      return { id, docId: 'docId' in saved ? saved.docId! : docId, ordinal, dates, ordinals, passageIds: idsOf(saved.members), text };
    },
    section(saved) {
      if ('whole' in saved) return saved.whole;
      return { docId: 'docId' in saved ? saved.docId! : docId, path: saved.path, passageIds: idsOf(saved.members) };
    },
  };
}
