// Ids derived from content only, so they survive rebuilds and the arrival of other documents.
import * as crypto from 'node:crypto';
import { comparisonKey } from './normalize-raw.js';

const HASH_LENGTH = 10;

/** The shape of the ids below: a document id, a colon, a hash (an entry's after an `e`); group 1 is the document id. */
export const ID_SHAPE = new RegExp(`^([^\\s:]+):e?[0-9a-f]{${HASH_LENGTH}}$`, 'u');

// One-shot hashing (Node ≥ 20.12) spares a Hash object per sentence: 75,000 at 100× the corpus.
const sha1Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha1', text, 'hex')
    : (text) => crypto.createHash('sha1').update(text, 'utf8').digest('hex');

/** The hash of a comparison key (normalize-raw.ts). */
function keyHash(key: string): string {
  return sha1Hex(key).slice(0, HASH_LENGTH);
}

/** `${docId}:${hash}` of a sentence's comparison key (comparisonKey, normalize-raw.ts). */
export function passageIdOfKey(docId: string, key: string): string {
  return `${docId}:${keyHash(key)}`;
}

/** `${docId}:e${hash}` of the normalised entry text. */
export function entryId(docId: string, entryText: string): string {
  return `${docId}:e${keyHash(comparisonKey(entryText))}`;
}
