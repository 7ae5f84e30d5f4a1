// Ids derived from content only, so they survive rebuilds and the arrival of other documents.
import { createHash } from 'node:crypto';
import { comparisonKey } from './normalize-raw.js';

const HASH_LENGTH = 10;

function shortHash(text: string): string {
  return createHash('sha1').update(comparisonKey(text), 'utf8').digest('hex').slice(0, HASH_LENGTH);
}

/** `${docId}:${hash}` of the normalised sentence. */
export function passageId(docId: string, sentence: string): string {
  return `${docId}:${shortHash(sentence)}`;
}

/** `${docId}:e${hash}` of the normalised entry text. */
export function entryId(docId: string, entryText: string): string {
  return `${docId}:e${shortHash(entryText)}`;
}
