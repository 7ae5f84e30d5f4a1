import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { buildSavedIndex, dictionaryDir, dictionaryFilesIn } from '../index/build-saved-index.js';
import { corpusFingerprint, indexingCodeDigest } from '../index/fingerprint.js';
import { cacheFile, readSavedIndex, type SavedIndex, writeSavedIndex } from '../index/index-cache.js';
import { loadPassageIndex, type PassageIndex } from '../index/passage-index.js';
import { preparedDictionaries, preparedFile } from '../index/prepared-dictionaries.js';
import { corpusProblems } from '../ingest/corpus-problems.js';
import { DICTIONARY_FILE_KEYS, type DictionaryFiles, dictionaryFileNames, hashDictionary } from '../text/jieba-dictionary.js';
import { loadSegmenter, type Segmenter } from '../text/segmenter.js';
import { snapshotDictionary } from './dictionary-snapshot.js';
import { makeFolder } from './make-folder.js';
import { recordCorpusPath, removeOrphanedCaches } from './stale-caches.js';
import { removeStaleTempFiles } from './stale-temp-files.js';
import { START_UP } from './start-up-messages.js';

// Start-up's index: the saved one when it matches the corpus and its digest, else a rebuild. The
// saved index is an optimisation: a cache folder that cannot be written costs a rebuild at every
// start (said once, with the folder and the reason), never the start itself.

export interface LoadInputs {
  corpusDir: string;
  domainWordsPath: string;
  cacheDir: string;
  /** Ignore a saved index and rebuild (npm run build-index). */
  forceRebuild?: boolean;
  /** The folder holding each corpus's cache folder, when `cacheDir` is one of them: its orphans are removed after a build. */
  cacheBaseDir?: string;
  /**
   * Load the saved index or fail (SavedIndexNotCurrent), never build: a running bot reloading its
   * corpus (live-engine.ts) has the index built in another process and must not block for it.
   */
  loadOnly?: boolean;
  /** A running bot's build after its folder changed (rebuild-child.ts): a saved index that no longer matches is expected. */
  reloading?: boolean;
  /**
   * A saved index of the folder as it was, built by this code, is loaded rather than rebuilt (not
   * under `loadOnly`): a bot that follows its folder answers at once from it and has the changed
   * folder built in the background (live-engine.ts), instead of building before it can log in
   * (~12 s at 100× the corpus), or, as a shard, beside its manager's own build.
   */
  serveStale?: boolean;
  /**
   * Load a saved index (stale too, with serveStale) or throw SavedIndexNotCurrent, never build: a
   * shard starting while its manager builds (or repairs a damaged cache) waits for that build
   * (live-engine.ts) instead of making one more beside it.
   */
  neverBuild?: boolean;
  /**
   * Under `loadOnly`, why a saved index that matches is still not to be served (null: it is),
   * asked before anything process-wide (jieba's dictionary) is replaced.
   */
  refuse?: (saved: SavedIndex) => string | null;
}

/** Thrown under `loadOnly` when the saved index does not match the corpus folder (yet). */
export class SavedIndexNotCurrent extends Error {}

export interface Loaded {
  saved: SavedIndex;
  segmenter: Segmenter;
  index: PassageIndex;
  fromCache: boolean;
  /** The saved index matches what was loaded (read from it, or written after the build). */
  persisted: boolean;
  /** Built for the folder as it was (serveStale): the folder has changed since. */
  stale: boolean;
  /** What reading the documents repaired, when this build read them (none when the index was loaded). */
  repairs: string[];
}

function dictionaryIntact(files: DictionaryFiles, expected: string): boolean {
  if (!DICTIONARY_FILE_KEYS.every((key) => existsSync(files[key]))) return false;
  return hashDictionary(files) === expected;
}

/** The files of the saved index's documents that are no longer in `corpusDir`. */
function removedDocuments(saved: SavedIndex, corpusDir: string): string[] {
  const files = saved.corpus.documents.flatMap((d) => (d.meta.file ? [d.meta.file] : []));
  return files.filter((file) => !existsSync(join(corpusDir, file)));
}

/** Null when `dir` can be created and written, else why not. */
function unwritable(dir: string): string | null {
  try {
    makeFolder(dir);
    const probe = join(dir, `.write-test.${process.pid}.tmp`);
    writeFileSync(probe, '');
    rmSync(probe);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

function fromCache(inputs: LoadInputs, fingerprint: string, log: Logger): Loaded | null {
  const staleWithCode = inputs.serveStale && !inputs.loadOnly ? indexingCodeDigest() : undefined;
  const read = inputs.forceRebuild
    ? { ok: false as const, reason: 'rebuild requested' }
    : readSavedIndex(inputs.cacheDir, fingerprint, staleWithCode ? { staleWithCode } : {});
  if (!read.ok) {
    // A reload waiting for another process's build: nothing is rebuilt here, and nothing is wrong.
    if (inputs.loadOnly || inputs.neverBuild) return null;
    // A first start is said too: it builds for 15–20 s before the first line (a console user
    // saw nothing until then).
    if (inputs.reloading && !read.reason.startsWith('saved index is corrupt')) {
      log.info({ reason: read.reason }, 'building the index for the changed corpus folder');
      return null;
    }
    if (read.reason === 'no saved index') log.info(START_UP.firstBuild);
    // A corpus or program changed is the usual reason; a damaged file is said as such.
    const changed = read.reason === 'corpus or index code changed' || read.reason === 'saved index is in an older format';
    if (read.reason !== 'no saved index' && read.reason !== 'rebuild requested')
      log.warn({ path: cacheFile(inputs.cacheDir), reason: read.reason }, changed ? START_UP.indexUnusable : START_UP.indexDamaged);
    return null;
  }
  // A removed document is never quoted, not even for the moments until the changed folder is
  // indexed: it may have been taken down on purpose. A stale index is served for documents added
  // or edited only (an edited one quoted as it was until then).
  const removed = read.stale ? removedDocuments(read.saved, inputs.corpusDir) : [];
  if (removed.length) {
    log.info({ removed }, START_UP.staleRefused);
    return null;
  }
  // Checked and loaded from a private copy (dictionary-snapshot.ts): another build may rewrite the cache's.
  let segmenter: Segmenter;
  let index: PassageIndex;
  const snapshot = snapshotDictionary(dictionaryFilesIn(inputs.cacheDir));
  try {
    if (!snapshot || !dictionaryIntact(snapshot.files, read.saved.dictionaryHash)) {
      // Only a process that builds next says it rebuilds; one that waits for another's build is told by its caller.
      if (inputs.loadOnly || inputs.neverBuild) log.debug('saved dictionary does not match the saved index (yet)');
      else log.warn(START_UP.dictionaryDamaged);
      return null;
    }
    const refused = inputs.loadOnly ? inputs.refuse?.(read.saved) : null;
    if (refused) throw new Error(refused);
    try {
      index = loadPassageIndex(read.saved.index, read.saved.corpus);
    } catch (error) {
      log.warn({ err: (error as Error).message }, START_UP.indexUnloadable);
      return null;
    }
    // Last, once the index is accepted and loaded: in a running bot's reload, the dictionary is the
    // whole process's, and the engine it replaces would otherwise cut text with the new one.
    segmenter = loadSegmenter(snapshot.files, read.saved.dictionaryHash);
  } finally {
    snapshot?.remove();
  }
  noteUse(inputs);
  const stale = read.stale === true;
  if (stale) log.info(START_UP.servingStale);
  return { saved: read.saved, segmenter, index, fromCache: true, persisted: true, stale, repairs: [] };
}

/** `notes`: what reading the folder met besides files not loaded, said after those (loadOrBuild). */
function build(inputs: LoadInputs, fingerprint: string, log: Logger, notes: string[]): Loaded {
  const reason = unwritable(dictionaryDir(inputs.cacheDir));
  // The dictionary is written beside the cache's and moved into place with the index, not written
  // over the cache's own files at the start of a build: a shard or a bot starting meanwhile
  // (seconds at scale) would find the saved index beside another build's dictionary and rebuild.
  // Named as writeAtomically names its temp files, so a killed build's is removed at a later start.
  const scratch =
    reason === null ? join(inputs.cacheDir, `dictionary.${process.pid}.tmp`) : mkdtempSync(join(tmpdir(), 'corpus-qa-dictionary-'));
  if (reason === null) {
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch);
  } else log.warn({ path: inputs.cacheDir, reason }, START_UP.cacheNotWritable);
  const prepared = preparedDictionaries();
  if (prepared.unsaved !== undefined) log.warn({ path: preparedFile(), reason: prepared.unsaved }, START_UP.dictionariesNotSaved);
  try {
    const built = buildSavedIndex({
      ...inputs,
      dictionaryDir: scratch,
      fingerprint,
      prepared: prepared.prepared,
    });
    // What was not loaded is said at every start, below; the rest of what reading met, here.
    const skipped = new Set(built.saved.corpus.skipped ?? []);
    for (const problem of built.problems) if (!skipped.has(problem)) notes.push(problem);
    // Repairs of known source defects are expected: counted at info, listed at debug.
    if (built.repairs.length)
      log.info({ count: built.repairs.length }, 'corpus repaired while ingesting (LOG_LEVEL=debug lists each repair)');
    for (const repair of built.repairs) log.debug({ repair }, 'corpus repair');
    let persisted = false;
    if (reason === null) {
      try {
        writeSavedIndex(inputs.cacheDir, built.saved);
        // Right after the index: a loader finds the two disagreeing only if its read spans both
        // renames, not for a whole build (and a shard then waits: live-engine.ts's shardServices).
        moveDictionary(scratch, dictionaryDir(inputs.cacheDir));
        persisted = true;
        tidyCaches(inputs, log);
      } catch (error) {
        log.warn({ path: cacheFile(inputs.cacheDir), reason: (error as Error).message }, START_UP.indexNotSaved);
      }
    }
    const { saved, segmenter, index, repairs } = built;
    return { saved, segmenter, index, fromCache: false, persisted, stale: false, repairs };
  } finally {
    // jieba has read the dictionary by now; what was not moved into place is not needed any more.
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Moves a built dictionary's files over the cache's, each in one step (the same file system). */
function moveDictionary(from: string, to: string): void {
  const source = dictionaryFileNames(from);
  const target = dictionaryFileNames(to);
  for (const key of DICTIONARY_FILE_KEYS) renameSync(source[key], target[key]);
}

/** A cache folder in use says so at each start (stale-caches.ts removes only folders unused for a day). */
function noteUse(inputs: LoadInputs): void {
  try {
    recordCorpusPath(inputs.cacheDir, inputs.corpusDir);
  } catch {
    // A read-only cache folder: nothing to note, and nothing there is ever removed by us.
  }
}

/** After an index is saved: its folder notes its corpus folder, and folders of corpus folders now gone are removed. */
function tidyCaches(inputs: LoadInputs, log: Logger): void {
  try {
    recordCorpusPath(inputs.cacheDir, inputs.corpusDir);
    const removed = inputs.cacheBaseDir ? removeOrphanedCaches(inputs.cacheDir, inputs.cacheBaseDir) : [];
    if (removed.length) log.info({ removed }, START_UP.orphanedCachesRemoved);
  } catch (error) {
    // Tidying is no reason to fail: the index itself is saved.
    log.debug({ reason: (error as Error).message }, 'cache folders not tidied');
  }
}

/** Loads the saved index when it matches the corpus, or rebuilds (and saves) it. */
export function loadOrBuild(inputs: LoadInputs, log: Logger): Loaded {
  for (const dir of [inputs.cacheDir, dictionaryDir(inputs.cacheDir)]) {
    const removed = removeStaleTempFiles(dir);
    if (removed.length > 0) log.info({ dir, removed }, 'removed temp files left by interrupted writes');
  }
  const fingerprint = corpusFingerprint(inputs.corpusDir, [inputs.domainWordsPath]);
  const cached = fromCache(inputs, fingerprint, log);
  if (!cached && (inputs.loadOnly || inputs.neverBuild))
    throw new SavedIndexNotCurrent(`the saved index in ${inputs.cacheDir} does not match ${inputs.corpusDir}`);
  const notes: string[] = [];
  const loaded = cached ?? build(inputs, fingerprint, log, notes);
  // A reload's problems were said by the build that read the folder (rebuild-child.ts). Files not
  // loaded first: the console shows 20 notes, and 25 "no sidecar" notes hid a skipped .pdf.
  const problems = inputs.loadOnly ? [] : corpusProblems(loaded.saved.corpus, inputs.corpusDir, inputs.reloading);
  for (const problem of [...problems, ...notes]) log.warn({ problem }, 'corpus problem');
  return loaded;
}
