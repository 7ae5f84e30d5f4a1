// The real corpus text, read the way the index build reads it (all documents joined).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(new URL('../../../corpus/', import.meta.url));

export function readCorpusText(): string {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(CORPUS_DIR + name, 'utf8'))
    .join('\n');
}

/** The corpus sentence (split on 。 and line breaks, blank-line breaks mended) containing `phrase`. */
export function sentenceContaining(corpusText: string, phrase: string): string | undefined {
  const mended = corpusText.replace(/\n\s*\n(?![◆\d])/g, '');
  return mended.split(/[。\n]/).find((sentence) => sentence.includes(phrase));
}
