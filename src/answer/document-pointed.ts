import type { Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import type { Services } from '../core/services.js';
import { toSimplified } from '../text/normalize.js';
import { MEASURE_WORDS } from './demonstratives.js';

// "这篇论文的作者是谁", "这封邮件说了什么", "本日记…": a document named by an alias after a
// demonstrative is the one the question is about; so is one named by its title's period. A bare alias only weighs (ranking-features.ts,
// fitted to 0 for /ask: 白皮书 in a question often means no more than the topic); pointed at, it
// is meant, and the diary's 《哈利·波特》的作者 ranked above the paper's 作者简介.

/** A demonstrative ending the text before an alias: 这篇, 那份, 该, 本, 此. */
const POINTING = new RegExp(`(?:[这那]一?[${MEASURE_WORDS}]|[该此本]一?[${MEASURE_WORDS}]?)$`, 'u');

/** A title's bracketed part (《阿树的葡萄牙日记（2025年国庆）》: 2025年国庆). */
const TITLE_BRACKETED = /[（(]([^（）()]{2,})[）)]/gu;
/**
 * Such a part names the period or edition a document covers when it writes a number and a word
 * (2025年国庆, 2026年春季版). Not a note on the text (节选, 附注释、译文: no name, any question may
 * write it) nor a bare number (the （2025） of a case number 苏0512民初6847号: 2025年营业收入 pointed
 * at the judgment).
 */
const isPeriod = (part: string) => /\p{N}/u.test(part) && /\p{Script=Han}/u.test(part);

/** The longest demonstrative POINTING reads (这一篇): only so much before an alias is tested. */
const POINTING_AT_MOST = 3;

/** Names by their first UTF-16 unit, each with the documents it names: a question is read once, not once a name. */
type Named = { name: string; ids: string[] }[];
type NamesByFirst = Map<string, Named>;

function add(table: NamesByFirst, name: string, id: string): void {
  const first = table.get(name[0]!) ?? [];
  table.set(name[0]!, first);
  const known = first.find((entry) => entry.name === name);
  if (known) known.ids.push(id);
  else first.push({ name, ids: [id] });
}

/**
 * Every document's title periods and aliases, folded (once per library: walking each document's
 * on every /ask grew with the documents, and folding every title again was ~25 µs a document).
 */
const namesOf = memoized((library: Library) => {
  const periods: NamesByFirst = new Map();
  const aliases: NamesByFirst = new Map();
  for (const doc of library.documents) {
    for (const [, part] of toSimplified(doc.meta.title).toLowerCase().matchAll(TITLE_BRACKETED))
      if (part && isPeriod(part)) add(periods, part, doc.meta.id);
    for (const alias of doc.meta.aliases ?? []) if (alias) add(aliases, alias.toLowerCase(), doc.meta.id);
  }
  return { periods, aliases };
});

/**
 * The documents a question points at (none: an empty set): by a demonstrative and one of their
 * aliases, or by their title's bracketed period (2025年国庆去了哪: no sentence writes 国庆, the
 * diary's title does, and the press conference's 去波兰 ranked first).
 */
export function documentsPointedAt(services: Services, question: string): Set<string> {
  const folded = toSimplified(question).toLowerCase();
  const { periods, aliases } = namesOf(services.library);
  const pointed = new Set<string>();
  const addStarting = (names: Named | undefined, at: number) => {
    for (const { name, ids } of names ?? []) if (folded.startsWith(name, at)) for (const id of ids) pointed.add(id);
  };
  for (let at = 0; at < folded.length; at++) {
    addStarting(periods.get(folded[at]!), at);
    const named = aliases.get(folded[at]!);
    if (named && POINTING.test(folded.slice(Math.max(0, at - POINTING_AT_MOST), at))) addStarting(named, at);
  }
  return pointed;
}
