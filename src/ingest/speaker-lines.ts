import type { SpokenTurn } from '../core/types.js';
import { HEADING } from './plain-layout.js';
import type { ShownLine } from './shown-line.js';

// A transcript without timecodes (a press conference, an interview) writes each turn under a line
// holding only its speaker's name and a colon (`**何文涛：**`), the answer in the paragraphs below up
// to the next such line. Read as prose, the name opened the turn's first sentence only: the rest of
// the answer said nobody, so 何文涛说了什么 found a reporter's question beside one 是的. The turns
// are kept as positions of the document's sentences (speaker-turns.ts reads them as a timecoded
// transcript's): a turn runs from its name to the next name, a heading or a rule.

/** A name alone with its colon: no sentence mark inside, up to MAX_NAME characters (主持人 钱远, 路透社记者（英文提问）). */
const NAME_LINE = /^([^：:。！？!?；;]{1,30}?)\s*[：:]$/u;
/** A list item under a label (发布人： / - 赵立群 …) makes it a field's name, not a speaker's. */
const LIST_ITEM = /^(?:[-*+•·]|\d+[.)、])\s*/u;
/** A transcript holds at least this many turns, and some speaker speaks twice: a few lines ending in a colon in prose are no transcript. */
const MIN_TURNS = 3;

/** The speaker of each line that opens a turn, by line index; empty unless the document reads as such a transcript. */
export function speakerLineNames(lines: readonly ShownLine[]): Map<number, string> {
  const found = new Map<number, string>();
  const text = (k: number) => (lines[k]?.alone ? '' : (lines[k]?.text.trim() ?? ''));
  for (let i = 0; i < lines.length; i++) {
    const name = NAME_LINE.exec(text(i))?.[1];
    if (!name || HEADING.test(text(i)) || LIST_ITEM.test(text(i))) continue;
    // Its turn's words follow on the next lines: prose, neither a list nor another name.
    let next = i + 1;
    while (next < lines.length && text(next) === '' && !lines[next]?.rule) next++;
    const said = text(next);
    if (!said || NAME_LINE.test(said) || LIST_ITEM.test(said) || HEADING.test(said)) continue;
    found.set(i, name.trim());
  }
  const names = [...found.values()];
  const repeated = names.some((name, k) => names.indexOf(name) !== k);
  return found.size >= MIN_TURNS && repeated ? found : new Map();
}

/** Records the turns while the document is read: `placed` is how many sentences have been placed so far. */
export class SpeakerLines {
  readonly turns: SpokenTurn[] = [];
  private readonly names: Map<number, string>;
  private open: SpokenTurn | null = null;

  constructor(lines: readonly ShownLine[]) {
    this.names = speakerLineNames(lines);
  }

  /**
   * Reads line `i` before the document does: a name opens a turn from the next sentence; a rule
   * or a heading ends the one open. `placed` places the paragraph being read and counts the sentences placed.
   */
  line(i: number, shown: ShownLine, placed: () => number): void {
    if (!this.names.size) return;
    const speaker = this.names.get(i);
    if (this.open && (speaker !== undefined || shown.rule || HEADING.test(shown.text.trim()))) this.close(placed());
    if (speaker === undefined) return;
    const from = placed() + 1;
    this.open = { speaker, from, to: from };
    this.turns.push(this.open);
  }

  /** Ends the turn being read after the `placed` sentences placed so far (a turn with none is dropped). */
  close(placed: number): void {
    if (!this.open) return;
    this.open.to = placed + 1;
    if (this.open.to <= this.open.from) this.turns.pop();
    this.open = null;
  }
}
