import type { Services } from '../core/services.js';
import { toSimplified } from '../text/normalize.js';
import { MEASURE_WORDS } from './demonstratives.js';

// "这篇论文的作者是谁", "这封邮件说了什么", "本日记…": a document named by an alias after a
// demonstrative is the one the question is about. A bare alias only weighs (ranking-features.ts,
// fitted to 0 for /ask: 白皮书 in a question often means no more than the topic); pointed at, it
// is meant, and the diary's 《哈利·波特》的作者 ranked above the paper's 作者简介.

/** A demonstrative ending the text before an alias: 这篇, 那份, 该, 本, 此. */
const POINTING = new RegExp(`(?:[这那]一?[${MEASURE_WORDS}]|[该此本]一?[${MEASURE_WORDS}]?)$`, 'u');

/** The documents a question points at by a demonstrative and one of their aliases (none: an empty set). */
export function documentsPointedAt(services: Services, question: string): Set<string> {
  const folded = toSimplified(question).toLowerCase();
  const pointed = new Set<string>();
  for (const doc of services.library.documents)
    for (const alias of doc.meta.aliases ?? []) {
      const written = alias ? alias.toLowerCase() : '';
      for (let at = written ? folded.indexOf(written) : -1; at >= 0; at = folded.indexOf(written, at + 1))
        if (POINTING.test(folded.slice(0, at))) pointed.add(doc.meta.id);
    }
  return pointed;
}
