import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusCacheDir } from '../../src/core/corpus-cache-dir.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { dictionaryFilesIn } from '../../src/index/build-saved-index.js';
import type { DictionaryFiles } from '../../src/text/jieba-dictionary.js';
import { loadSegmenter } from '../../src/text/segmenter.js';

// Two engines in one process, each with its own corpus dictionary (a reload, tests): a segmenter
// loads its own back before it cuts, even when the files it was made from are gone (a snapshot
// removed once loaded), where cppjieba aborted the process. It loads it back from a private copy
// written once, not from a fresh folder at each reload, removed at exit or once it is garbage.

const saved = dictionaryFilesIn(corpusCacheDir(DEFAULT_PATHS.cacheDir, DEFAULT_PATHS.corpusDir));

/** A copy of the corpus dictionary in a folder of its own, `domain` words added to its user dictionary. */
function dictionaryCopy(domain: string): { dir: string; files: DictionaryFiles } {
  const dir = mkdtempSync(join(tmpdir(), 'qa-segmenter-'));
  const files = { dict: join(dir, 'dict'), user: join(dir, 'user'), idf: join(dir, 'idf'), stopWords: join(dir, 'stopWords') };
  for (const key of ['dict', 'idf', 'stopWords'] as const) cpSync(saved[key], files[key]);
  writeFileSync(files.user, domain);
  return { dir, files };
}

/** The private copies (corpus-qa-segmenter-* in the temp folder) whose user dictionary holds `word`. */
function copiesHolding(word: string): string[] {
  return readdirSync(tmpdir())
    .filter((name) => name.startsWith('corpus-qa-segmenter-'))
    .map((name) => join(tmpdir(), name))
    .filter((dir) => {
      try {
        return readFileSync(join(dir, 'domain.user.dict.utf8'), 'utf8').includes(word);
      } catch {
        return false;
      }
    });
}

/** Runs `code` (a module's body, `loadSegmenter` in scope) in a child process; its output. */
function inChild(code: string, nodeOptions: string[] = []): string {
  const module = join(mkdtempSync(join(tmpdir(), 'qa-segmenter-child-')), 'child.mts');
  const segmenter = join(process.cwd(), 'src/text/segmenter.ts');
  writeFileSync(module, `import { loadSegmenter } from ${JSON.stringify(segmenter)};\n${code}`);
  return execFileSync(process.execPath, [...nodeOptions, '--import', 'tsx', module], { encoding: 'utf8' });
}

describe('loadSegmenter', () => {
  it('given its files removed and another dictionary loaded since, then it cuts with its own words', () => {
    const first = dictionaryCopy('青禾实践基地 3000 nz\n');
    const own = loadSegmenter(first.files);
    rmSync(first.dir, { recursive: true, force: true });
    const second = dictionaryCopy('');
    const other = loadSegmenter(second.files);
    rmSync(second.dir, { recursive: true, force: true });
    expect(other.cut('青禾实践基地')).not.toContain('青禾实践基地');
    expect(own.cut('青禾实践基地')).toContain('青禾实践基地');
    expect(other.cut('青禾实践基地')).not.toContain('青禾实践基地');
  });

  it('given engines cutting in turn, then each reload points jieba at one private copy, written once', () => {
    const word = '青禾重载一次基地';
    const first = dictionaryCopy(`${word} 3000 nz\n`);
    const own = loadSegmenter(first.files);
    const second = dictionaryCopy('');
    const other = loadSegmenter(second.files);
    other.cut('青禾');
    expect(own.cut(word)).toContain(word);
    const [copy, ...more] = copiesHolding(word);
    expect(copy).toBeDefined();
    expect(more).toEqual([]);
    const written = statSync(join(copy ?? '', 'domain.user.dict.utf8')).mtimeMs;
    for (let i = 0; i < 5; i++) {
      expect(other.cut(word)).not.toContain(word);
      expect(own.cut(word)).toContain(word);
    }
    expect(copiesHolding(word)).toEqual([copy]);
    expect(statSync(join(copy ?? '', 'domain.user.dict.utf8')).mtimeMs).toBe(written);
    rmSync(first.dir, { recursive: true, force: true });
    rmSync(second.dir, { recursive: true, force: true });
  });

  it('given its private copy removed meanwhile (a temp folder cleaner), then it writes it again and cuts with its own words', () => {
    const word = '青禾清理之后基地';
    const own = loadSegmenter(dictionaryCopy(`${word} 3000 nz\n`).files);
    const other = loadSegmenter(dictionaryCopy('').files);
    other.cut('青禾');
    own.cut(word);
    for (const copy of copiesHolding(word)) rmSync(copy, { recursive: true, force: true });
    other.cut('青禾');
    expect(own.cut(word)).toContain(word);
  });

  it('given a segmenter dropped, or the process exiting, then its private copy is removed', () => {
    const [keptFiles, droppedFiles] = ['青禾留到退出基地', '青禾丢弃基地'].map((word) =>
      JSON.stringify(dictionaryCopy(`${word} 3000 nz\n`).files),
    );
    const output = inChild(
      `import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const userWords = (name: string) => { try { return readFileSync(join(tmpdir(), name, 'domain.user.dict.utf8'), 'utf8'); } catch { return ''; } };
const copies = () => readdirSync(tmpdir()).filter((name) => name.startsWith('corpus-qa-segmenter-')).map(userWords).join('');
const kept = loadSegmenter(${keptFiles});
let dropped: ReturnType<typeof loadSegmenter> | null = loadSegmenter(${droppedFiles});
kept.cut('青禾'); dropped.cut('青禾'); kept.cut('青禾');
const before = copies();
dropped = null;
for (let i = 0; i < 20; i++) { (globalThis as { gc?: () => void }).gc?.(); await new Promise((done) => setTimeout(done, 10)); }
kept.cut('青禾');
process.stdout.write(JSON.stringify({ before, after: copies() }));`,
      ['--expose-gc'],
    );
    const { before, after } = JSON.parse(output) as { before: string; after: string };
    expect(before).toContain('青禾留到退出基地');
    expect(before).toContain('青禾丢弃基地');
    expect(after).toContain('青禾留到退出基地');
    expect(after).not.toContain('青禾丢弃基地');
    expect(copiesHolding('青禾留到退出基地')).toEqual([]);
  });
});
