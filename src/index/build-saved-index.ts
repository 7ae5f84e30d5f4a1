import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../core/types.js';
import { gazetteerData } from '../geo/gazetteer.js';
import { loadCorpus } from '../ingest/load-corpus.js';
import { dictionaryFileNames, readDomainWords, writeCorpusDictionary, type DictionaryFiles } from '../text/jieba-dictionary.js';
import { simplifiedVariants } from '../text/normalize.js';
import { loadSegmenter, type Segmenter } from '../text/segmenter.js';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.js';
import type { SavedIndex } from './index-cache.js';
import { buildPassageIndex } from './passage-index.js';

// Building from scratch: ingest → corpus-restricted jieba dictionary → segmenter → country
// annotation (it needs the segmenter) → MiniSearch index → English lexicon.

export interface BuildInputs {
  corpusDir: string;
  domainWordsPath: string;
  cacheDir: string;
  fingerprint: string;
  /** Countries mentioned in a sentence, given the project's segmenter. */
  detectCountries: (text: string, segmenter: Segmenter, context?: string) => string[];
  /** English lexicon data built from the corpus text (stored with the index). */
  buildLexicon: (corpusText: string) => unknown;
}

export interface BuiltIndex {
  saved: SavedIndex;
  segmenter: Segmenter;
  tokenizer: Tokenizer;
  warnings: string[];
}

export function dictionaryDir(cacheDir: string): string {
  return join(cacheDir, 'dictionary');
}

export function dictionaryFilesIn(cacheDir: string): DictionaryFiles {
  return dictionaryFileNames(dictionaryDir(cacheDir));
}

export function hashDictionary(files: DictionaryFiles): string {
  const hash = createHash('sha256');
  for (const path of [files.dict, files.user, files.idf, files.stopWords]) hash.update(readFileSync(path));
  return hash.digest('hex');
}

/** Every text that will be tokenized for the index: sentences, section headings and titles. */
export function indexedTexts(corpus: Corpus): string[] {
  return corpus.documents.flatMap((d) => [
    d.meta.title,
    ...d.sections.flatMap((s) => s.path),
    ...d.passages.map((p) => p.text),
  ]);
}

function corpusText(corpus: Corpus): string {
  return indexedTexts(corpus).flatMap((t) => simplifiedVariants(t)).join('\n');
}

/** Fills Passage.countries; a chronicle sentence is read with its entry, which names who 意方 is. */
function annotateCountries(corpus: Corpus, detect: (text: string, context?: string) => string[]): void {
  for (const doc of corpus.documents) {
    const entryText = new Map<string, string>();
    for (const entry of doc.entries) for (const id of entry.passageIds) entryText.set(id, entry.text);
    for (const passage of doc.passages) passage.countries = detect(passage.text, entryText.get(passage.id));
  }
}

export function buildSavedIndex(inputs: BuildInputs): BuiltIndex {
  const loaded = loadCorpus(inputs.corpusDir);
  const corpus: Corpus = { documents: loaded.documents };
  const text = corpusText(corpus);
  const files = writeCorpusDictionary(text, readDomainWords(inputs.domainWordsPath), dictionaryDir(inputs.cacheDir));
  const segmenter = loadSegmenter(files);
  const tokenizer = createTokenizer(segmenter);
  annotateCountries(corpus, (text, context) => inputs.detectCountries(text, segmenter, context));
  const index = buildPassageIndex(corpus, tokenizer);
  const saved: SavedIndex = {
    fingerprint: inputs.fingerprint,
    builtAt: new Date().toISOString(),
    dictionaryHash: hashDictionary(files),
    corpus,
    index: index.toJSON(),
    lexicon: inputs.buildLexicon(text),
    gazetteer: gazetteerData(),
  };
  const warnings = [...loaded.warnings, ...corpus.documents.flatMap((d) => d.warnings.map((w) => `${d.meta.id}: ${w}`))];
  return { saved, segmenter, tokenizer, warnings };
}
