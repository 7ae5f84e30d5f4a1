import type { Services } from '../core/services.js';
import { type Amount, typedAmount, writtenAmount } from '../text/amounts.js';
import { type Locale, say } from './locale.js';
import type { RankedPassage } from './ranked-passage.js';

// /search of an amount (45.18亿, 451,783万元, 4517830264元): the sentences writing that amount in
// any unit, to the precision typed (amounts.ts), in document order, each lit where it writes it.
// The index cannot find them: 45.18亿 shares no word with 4,517,830,264.88元.

/** A sentence that may write an amount: a figure before a unit of money or a multiplier, or after ¥. */
const MAY_WRITE_AMOUNT = /\d\s*(?:[千万亿]|元)|¥/u;

/** The sentences writing the amount a /search typed, or null when it typed no amount. */
export function amountMatches(services: Services, query: string): RankedPassage[] | null {
  const amount: Amount | null = typedAmount(query);
  if (!amount) return null;
  const { library } = services;
  const found: RankedPassage[] = [];
  for (let n = 0; n < library.passageCount; n++) {
    const text = library.matchTextAt(n);
    if (!MAY_WRITE_AMOUNT.test(text)) continue;
    const written = writtenAmount(text, amount);
    if (written) found.push({ passage: services.index.numbers.passages[n]!, score: 1, terms: [written] });
  }
  return found;
}

/** Said over amounts found written otherwise than typed, so that 4,517,830,264.88元 under 45.18亿 is read as the same amount, not a miss. */
export function amountNote(query: string, found: readonly RankedPassage[], locale: Locale): string | null {
  const typed = query.trim().normalize('NFKC');
  if (found.every((r) => r.terms.includes(typed))) return null;
  return say(
    locale,
    `以下结果写的是与“${typed}”相同的金额（换算单位后，精确到所输入的位数）。`,
    `The results below write the same amount as “${typed}” (in another unit, to the precision typed).`,
  );
}
