import { basename, join } from 'node:path';
import { documentTitles } from '../core/document-titles.js';
import type { Corpus } from '../core/types.js';
import { detectCountries } from '../geo/detect-countries.js';
import { gazetteerData, primeGazetteer } from '../geo/gazetteer.js';
import { linesNotRead, readEditableFile } from '../ingest/editable-file.js';
import { loadCorpus } from '../ingest/load-corpus.js';
import { ecdictTranslations } from '../query/english/ecdict-source.js';
import { buildEnglishLexicon, type EnglishLexicon, lexiconVocabulary } from '../query/english/index.js';
import {
  corpusDictionaryWords,
  type DictionaryFiles,
  dictionaryFileNames,
  hashDictionary,
  isDomainWordLine,
  parseDomainWords,
  possibleDictionaryWords,
  writeCorpusDictionary,
} from '../text/jieba-dictionary.js';
import { simplifiedVariants } from '../text/normalize.js';
import { loadSegmenter, type Segmenter } from '../text/segmenter.js';
import { createTokenizer } from '../text/tokenizer.js';
import { codeUnitsOf, countWords } from '../text/word-scan.js';
import { englishSentenceTerms, pairCounter } from './english-sentence-terms.js';
import { indexingCodeDigest } from './fingerprint.js';
import type { SavedIndex } from './index-cache.js';
import { buildPassageIndex, type PassageIndex } from './passage-index.js';
import { type PreparedDictionaries, preparedDictionaries } from './prepared-dictionaries.js';

// Building from scratch: the dictionaries as prepared once per install (prepared-dictionaries.ts)
// → ingest → corpus-restricted jieba dictionary and English lexicon (both from the corpus text,
// counted in one scan) → segmenter → country annotation (it needs the segmenter) → index.

export interface BuildInputs {
  corpusDir: string;
  domainWordsPath: string;
  /** Where the corpus-restricted dictionary is written (jieba loads it from files). */
  dictionaryDir: string;
  fingerprint: string;
  /** What the installed dictionaries give every build (prepared-dictionaries.ts); read or prepared here when absent. */
  prepared?: PreparedDictionaries;
  /** Called after each step with its name (scripts/bench/build-memory-probe.ts measures there). */
  onStep?: (step: string) => void;
}

export interface BuiltIndex {
  saved: SavedIndex;
  index: PassageIndex;
  segmenter: Segmenter;
  /** What the user must know: documents skipped or read with guessed metadata. */
  problems: string[];
  /** Repairs of source defects made while reading (expected, for the curious). */
  repairs: string[];
}

export function dictionaryDir(cacheDir: string): string {
  return join(cacheDir, 'dictionary');
}

export function dictionaryFilesIn(cacheDir: string): DictionaryFiles {
  return dictionaryFileNames(dictionaryDir(cacheDir));
}

/** Every text that will be tokenized for the index: sentences, section headings and titles. */
export function indexedTexts(corpus: Corpus): string[] {
  return corpus.documents.flatMap((d) => [...documentTitles(d), ...d.sections.flatMap((s) => s.path), ...d.passages.map((p) => p.text)]);
}

/** Each indexed text's Simplified forms (normalize.ts), computed once: for the corpus text, then for tokenizing. */
function foldTexts(texts: readonly string[]): Map<string, string[]> {
  const folded = new Map<string, string[]>();
  for (const text of texts) if (!folded.has(text)) folded.set(text, simplifiedVariants(text));
  return folded;
}

function corpusText(texts: readonly string[], folded: ReadonlyMap<string, string[]>): string {
  return texts.flatMap((t) => folded.get(t) ?? simplifiedVariants(t)).join('\n');
}

/** Fills Passage.countries; a chronicle sentence is read with its entry, which names who 意方 is. */
function annotateCountries(corpus: Corpus, segmenter: Segmenter): void {
  for (const doc of corpus.documents) {
    const entryText = new Map<string, string>();
    for (const entry of doc.entries) for (const id of entry.passageIds) entryText.set(id, entry.text);
    for (const passage of doc.passages) {
      const context = entryText.get(passage.id);
      passage.countries = detectCountries(passage.text, { segment: segmenter.cut, ...(context ? { context } : {}) });
    }
  }
}

function* chain<T>(...lists: ReadonlyArray<Iterable<T>>): Generator<T> {
  for (const list of lists) yield* list;
}

/**
 * The steps that need the whole corpus as one text: the restricted dictionary and the English
 * lexicon. Done before the index is built so that the text (and the lexicon's scans of it) is
 * garbage by then: at 50 MB it is hundreds of MB that would otherwise add to the index's peak.
 */
function fromCorpusText(
  texts: readonly string[],
  folded: ReadonlyMap<string, string[]>,
  inputs: BuildInputs,
  prepared: PreparedDictionaries,
  domainWords: string,
): { files: DictionaryFiles; lexicon: EnglishLexicon } {
  const text = corpusText(texts, folded);
  inputs.onStep?.('corpus text');
  // One scan of the text counts the words both steps ask about (a second cost as much again at scale).
  const seen = codeUnitsOf(text);
  const vocabulary = lexiconVocabulary(prepared.cedict);
  // Words in several lists are counted twice over, to the same count: cheaper than a Set of them all.
  const counts = countWords(
    chain(possibleDictionaryWords(prepared.jieba, seen), vocabulary, ecdictTranslations(prepared.ecdict)),
    text,
    seen,
  );
  inputs.onStep?.('word counts');
  const files = writeCorpusDictionary(text, parseDomainWords(domainWords), inputs.dictionaryDir, prepared.jieba, counts);
  inputs.onStep?.('jieba dictionary');
  const lexicon = buildEnglishLexicon(text, { corpusWords: corpusDictionaryWords(files), prepared, counted: { vocabulary, counts } });
  inputs.onStep?.('English lexicon');
  return { files, lexicon };
}

export function buildSavedIndex(inputs: BuildInputs): BuiltIndex {
  const prepared = inputs.prepared ?? preparedDictionaries().prepared;
  // The same entities buildGazetteer would make (a no-op when this process has built them already).
  primeGazetteer(prepared.gazetteer);
  inputs.onStep?.('prepared dictionaries');
  const loaded = loadCorpus(inputs.corpusDir);
  const corpus: Corpus = { documents: loaded.documents, skipped: loaded.skipped };
  inputs.onStep?.('ingest');
  const texts = indexedTexts(corpus);
  const folded = foldTexts(texts);
  // The operator's word list, read as documents are (GBK or UTF-16 noted, lines it cannot read named).
  const domain = readEditableFile(inputs.domainWordsPath);
  const domainProblems = [
    ...domain.problems,
    ...linesNotRead(basename(inputs.domainWordsPath), domain.text, isDomainWordLine, '词 [词频] [词性]'),
  ];
  const { files, lexicon } = fromCorpusText(texts, folded, inputs, prepared, domain.text);
  const segmenter = loadSegmenter(files);
  annotateCountries(corpus, segmenter);
  inputs.onStep?.('segmenter + countries');
  const tokenizer = createTokenizer(segmenter);
  const pairFrequency = pairCounter(texts);
  const index = buildPassageIndex(corpus, (passage) => {
    const variants = folded.get(passage.text);
    // Released as used: the index's own memory grows meanwhile.
    folded.delete(passage.text);
    const tokens = variants ? tokenizer.tokenizeVariants(variants) : tokenizer.tokenize(passage.text);
    // An English sentence's words in Chinese too (english-sentence-terms.ts).
    tokens.words.push(...englishSentenceTerms(passage.text, lexicon, pairFrequency));
    return tokens;
  });
  inputs.onStep?.('index');
  const saved: SavedIndex = {
    fingerprint: inputs.fingerprint,
    code: indexingCodeDigest(),
    builtAt: new Date().toISOString(),
    dictionaryHash: hashDictionary(files),
    corpus,
    index: index.toJSON(),
    lexicon,
    gazetteer: gazetteerData(),
  };
  // The loader also copies a document's metadata notes into its own list; report each once.
  const repairs = corpus.documents.flatMap((d) => d.warnings.filter((w) => !loaded.warnings.includes(w)).map((w) => `${d.meta.id}: ${w}`));
  const problems = [...loaded.warnings, ...domainProblems];
  return { saved, index, segmenter, problems, repairs };
}
