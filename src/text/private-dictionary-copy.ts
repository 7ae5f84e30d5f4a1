import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DICTIONARY_FILE_KEYS, type DictionaryFiles, dictionaryFileNames } from './jieba-dictionary.js';

// A segmenter's own copy of its dictionary on disk, for loading it back into jieba after another
// dictionary replaced it (segmenter.ts). Written once, at the first reload (most segmenters never
// need one), and pointed at by every reload after: writing a fresh folder at each reload cost a
// folder and four files per switch between engines. Removed once the segmenter is garbage (a
// FinalizationRegistry) or when the process exits; written again from the bytes if something
// removed it meanwhile (a /tmp cleaner), since cppjieba aborts the process on a missing file.

const live = new Set<string>();
const removeFolder = (dir: string) => {
  rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
};
const whenDropped = new FinalizationRegistry<string>(removeFolder);
let exitHookSet = false;

function newFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-qa-segmenter-'));
  live.add(dir);
  if (!exitHookSet) {
    exitHookSet = true;
    process.once('exit', () => {
      for (const folder of [...live]) removeFolder(folder);
    });
  }
  return dir;
}

/**
 * The files of a private copy of `bytes`: written at the first call, again only when gone. The
 * copy lasts as long as the function returned (hold it where the reloads are), or the process.
 */
export function privateDictionaryCopy(bytes: ReadonlyArray<readonly [keyof DictionaryFiles, Uint8Array]>): () => DictionaryFiles {
  let copy: { dir: string; files: DictionaryFiles } | null = null;
  const filesOfCopy = (): DictionaryFiles => {
    if (copy === null) {
      const dir = newFolder();
      copy = { dir, files: dictionaryFileNames(dir) };
      whenDropped.register(filesOfCopy, dir);
    }
    const { dir, files } = copy;
    if (DICTIONARY_FILE_KEYS.some((file) => !existsSync(files[file]))) {
      mkdirSync(dir, { recursive: true });
      for (const [file, content] of bytes) writeFileSync(files[file], content);
    }
    return files;
  };
  return filesOfCopy;
}
