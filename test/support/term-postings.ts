import type { TermPostings } from '../../src/index/minisearch-postings.js';

/** A term's postings from each document's frequency (0 = not in that document), padded on both sides to check that from/to are honoured. */
export function postingsOf(frequencies: number[]): TermPostings {
  const docs = [7];
  const counts = [1];
  frequencies.forEach((tf, doc) => {
    if (tf > 0) {
      docs.push(doc);
      counts.push(tf);
    }
  });
  return { docs: Uint32Array.from([...docs, 3]), frequencies: Uint16Array.from([...counts, 2]), from: 1, to: docs.length };
}
