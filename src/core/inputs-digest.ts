import { createHash } from 'node:crypto';
import { corpusFingerprint } from '../index/fingerprint.js';
import { savedHeader } from '../index/index-cache.js';
import { readEditableFile } from '../ingest/editable-file.js';

// What a running bot's answers are made from, as content rather than file times: the saved
// index's fingerprint (the documents, the domain words, the indexing code) and the synonyms,
// which the engine reads beside the index. A folder whose stamp changed while this stayed the same
// (a touch, a deploy that copies files unchanged) needs no reload: at 100× the corpus a reload
// holds the bot's thread for ~0.65 s (live-engine.ts).

export function inputsDigest(fingerprint: string, synonymsText: string): string {
  return createHash('sha256').update(fingerprint).update('\0').update(synonymsText).digest('hex');
}

export interface ServedInputs {
  corpusDir: string;
  cacheDir: string;
  domainWordsPath: string;
  synonymsPath: string;
}

/**
 * Whether the answers would be made from the same content again: the saved index matches the
 * folder as it is now (its fingerprint, hashed afresh: a shard's manager may not have built yet)
 * and, with the synonyms now, gives `loadedFrom`.
 */
export function sameInputs(paths: ServedInputs, loadedFrom: string): boolean {
  const saved = savedHeader(paths.cacheDir)?.fingerprint ?? null;
  if (saved === null || saved !== corpusFingerprint(paths.corpusDir, [paths.domainWordsPath])) return false;
  return inputsDigest(saved, readEditableFile(paths.synonymsPath).text) === loadedFrom;
}
