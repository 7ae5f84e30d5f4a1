import type { Services } from '../core/services.js';
import { toSimplified } from '../text/normalize.js';
import { MEASURE_WORDS } from './demonstratives.js';

// "这篇论文的作者是谁", "这封邮件说了什么", "本日记…": a document named by an alias after a
// demonstrative is the one the question is about; so is one named by its title's period. A bare alias only weighs (ranking-features.ts,
// fitted to 0 for /ask: 白皮书 in a question often means no more than the topic); pointed at, it
// is meant, and the diary's 《哈利·波特》的作者 ranked above the paper's 作者简介.

/** A demonstrative ending the text before an alias: 这篇, 那份, 该, 本, 此. */
const POINTING = new RegExp(`(?:[这那]一?[${MEASURE_WORDS}]|[该此本]一?[${MEASURE_WORDS}]?)$`, 'u');

/** A title's bracketed part: the period or edition it covers (《阿树的葡萄牙日记（2025年国庆）》: 2025年国庆). */
const TITLE_PERIOD = /[（(]([^（）()]{2,})[）)]/gu;

/**
 * The documents a question points at (none: an empty set): by a demonstrative and one of their
 * aliases, or by their title's bracketed period (2025年国庆去了哪: no sentence writes 国庆, the
 * diary's title does, and the press conference's 去波兰 ranked first).
 */
export function documentsPointedAt(services: Services, question: string): Set<string> {
  const folded = toSimplified(question).toLowerCase();
  const pointed = new Set<string>();
  for (const doc of services.library.documents) {
    for (const [, period] of toSimplified(doc.meta.title).toLowerCase().matchAll(TITLE_PERIOD))
      if (period && folded.includes(period)) pointed.add(doc.meta.id);
    for (const alias of doc.meta.aliases ?? []) {
      const written = alias ? alias.toLowerCase() : '';
      for (let at = written ? folded.indexOf(written) : -1; at >= 0; at = folded.indexOf(written, at + 1))
        if (POINTING.test(folded.slice(0, at))) pointed.add(doc.meta.id);
    }
  }
  return pointed;
}
