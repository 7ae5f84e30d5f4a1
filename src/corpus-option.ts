import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_PATHS } from './core/paths.js';
import { FORMATS_READ } from './ingest/document-formats.js';

// Which corpus folder to serve: `--corpus DIR` (or `--corpus=DIR`) wins over CORPUS_DIR, which
// wins over the project's own corpus/. Shared by the bot, the console and `npm run ask`, so a
// server points every entry point at its folder the same way. A bad value names its source.

export interface CorpusOptionError {
  variable: string;
  message: string;
}

export type CorpusOption =
  /** `typed`: the folder as given with --corpus (a command to run again must repeat it; CORPUS_DIR stays set). */
  { ok: true; corpusDir: string; rest: string[]; typed?: string } | { ok: false; error: CorpusOptionError };

type Env = Record<string, string | undefined>;

/** The flag's value and the arguments without it; `value` is undefined without the flag, '' when it has none. */
function takeFlag(argv: readonly string[]): { value: string | undefined; rest: string[] } {
  const at = argv.findIndex((a) => a === '--corpus' || a.startsWith('--corpus='));
  if (at < 0) return { value: undefined, rest: [...argv] };
  const flag = argv[at] ?? '';
  const inline = flag !== '--corpus';
  const value = inline ? flag.slice('--corpus='.length) : (argv[at + 1] ?? '');
  const rest = [...argv.slice(0, at), ...argv.slice(at + (inline ? 1 : 2))];
  return { value, rest };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function readCorpusOption(env: Env, argv: readonly string[], cwd: string = process.cwd()): CorpusOption {
  const { value: flag, rest } = takeFlag(argv);
  const fromEnv = env.CORPUS_DIR?.trim();
  const [variable, value] = flag !== undefined ? ['--corpus', flag.trim()] : ['CORPUS_DIR', fromEnv ?? ''];
  if (!value) {
    if (flag === undefined) return { ok: true, corpusDir: DEFAULT_PATHS.corpusDir, rest };
    return { ok: false, error: { variable, message: '--corpus 需要一个文件夹路径，例如 --corpus ./my-corpus。' } };
  }
  const corpusDir = resolve(cwd, value);
  if (!isDirectory(corpusDir)) {
    return {
      ok: false,
      error: { variable, message: `${variable} 指向的语料文件夹不存在或不是文件夹：${corpusDir}（请创建它并放入文档：${FORMATS_READ}）。` },
    };
  }
  return { ok: true, corpusDir, rest, ...(flag !== undefined ? { typed: value } : {}) };
}
