// A court's judgment or ruling (民事判决书, 裁定书) is written in standard parts that no heading
// marks: each opens a paragraph with its set words — the claims (原告…向本院提出诉讼请求：, …诉称),
// the defence (…辩称), the facts found (本院经审理认定事实如下：, 经审理查明), the court's reasoning
// (本院认为，), and the decision (…判决如下：) with its numbered items (一、…；二、…). Read as plain
// text, its sentences stood under no part, so 本院认为部分讲了什么 was ranked over every document, and
// the items, lines without a full stop, were one passage (判决第二项 was not item 二). Structural:
// a document opening paragraphs with three of those parts, the court's reasoning or decision
// among them, is read so; one such phrase in other text is not.

import { recognitionForm } from './normalize-raw.js';
import type { PartWriter } from './part-writer.js';
import type { ShownLine } from './shown-line.js';

interface PartKind {
  /** How a paragraph opening the part starts. */
  opens: RegExp;
  /** The part's name, from the line's words (诉讼请求 or 上诉请求, as written). */
  name: (line: string) => string;
}

/** A party's name before its words: no sentence end, no comma after it (许晓棠辩称, 原告某公司诉称). */
const PARTY = '[^。；;，,：:]{1,40}?';

const KINDS: readonly PartKind[] = [
  {
    opens: new RegExp(`^${PARTY}(?:向本院)?提出(?:诉讼|上诉|反诉)请求[：:]|^${PARTY}诉称[：:，,]`, 'u'),
    name: (line) => /(?:诉讼|上诉|反诉)请求|诉称/u.exec(line)?.[0] ?? '诉讼请求',
  },
  { opens: new RegExp(`^${PARTY}辩称[：:，,]`, 'u'), name: () => '辩称' },
  {
    opens: /^(?:本院)?(?:经(?:审理|审查)?)?(?:查明|(?:认定|确认)(?:的)?事实如下)/u,
    name: () => '经审理查明',
  },
  { opens: /^本院认为[，,：:]/u, name: () => '本院认为' },
  { opens: /(?:判决|裁定|决定)如下[：:]$/u, name: (line) => /(?:判决|裁定|决定)如下/u.exec(line)?.[0] ?? '判决如下' },
];

/** The decision's kind (its index in KINDS): its numbered items follow its line. */
const DECISION = KINDS.length - 1;
const REASONING = KINDS.length - 2;
/** Parts a document must open for its paragraphs to be read as a judgment's. */
const MIN_PARTS = 3;

/** A decision's item: 一、…, 二、… opening a line (一百零一、 too: a decision of many items did not stop at 九十九). */
const DECISION_ITEM = /^[一二三四五六七八九十百零]{1,7}、/u;

interface JudgmentParts {
  /** Lines opening a part, each with the part's name. */
  opens: Map<number, string>;
  /** The decision's items, each a passage of its own. */
  items: Set<number>;
  /** The line after the decision's last item, where its part ends (costs, appeal, signatures follow under none), or -1. */
  endsAt: number;
}

const NONE: JudgmentParts = { opens: new Map(), items: new Set(), endsAt: -1 };

/** A judgment's parts (see above), each kind at its first opening in the standard order; none in other documents. */
function judgmentParts(lines: readonly ShownLine[]): JudgmentParts {
  const opens = new Map<number, string>();
  const kinds: number[] = [];
  let decisionAt = -1;
  lines.forEach((shown, i) => {
    if (shown.alone) return;
    const line = recognitionForm(shown.text);
    const last = kinds[kinds.length - 1] ?? -1;
    const kind = KINDS.findIndex((k, at) => at > last && k.opens.test(line));
    if (kind < 0) return;
    opens.set(i, KINDS[kind]!.name(line));
    kinds.push(kind);
    if (kind === DECISION) decisionAt = i;
  });
  if (kinds.length < MIN_PARTS || !kinds.some((kind) => kind >= REASONING)) return NONE;
  const items = new Set<number>();
  let endsAt = -1;
  if (decisionAt >= 0) {
    let i = decisionAt + 1;
    for (; i < lines.length; i++) {
      const line = recognitionForm(lines[i]!.text);
      if (line === '' && !items.size) continue;
      if (!DECISION_ITEM.test(line)) break;
      items.add(i);
    }
    if (items.size) endsAt = i;
  }
  return { opens, items, endsAt };
}

/** What of plain.ts's builder a judgment's part needs: a heading of its own, its lines, and an end. */
type JudgmentWriter = Pick<PartWriter, 'heading' | 'line' | 'flush'> & { endSection(): void };

/** A judgment's parts read line by line into a plain document's (plain.ts): each part a section, each item of the decision a passage. */
export class JudgmentLines {
  private readonly parts: JudgmentParts;

  constructor(lines: readonly ShownLine[]) {
    this.parts = judgmentParts(lines);
  }

  /** Reads line `at` when it opens a part or is an item of the decision: whether it did (what was being read ends there). */
  take(at: number, text: string, builder: JudgmentWriter): boolean {
    // The decision's part ends after its last item: costs, appeal and signatures stand under none.
    if (at === this.parts.endsAt) builder.endSection();
    const part = this.parts.opens.get(at);
    if (!part && !this.parts.items.has(at)) return false;
    // A part's opening line is its first sentence; an item of the decision is a passage of its own.
    if (part) builder.heading(1, part);
    else builder.flush();
    builder.line(text.trim());
    if (!part) builder.flush();
    return true;
  }
}
