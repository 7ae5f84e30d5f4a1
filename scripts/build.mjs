// npm run build — compiles src/ and commands/ to dist/ once (esbuild, one file per source, no
// bundling: the layout, and so every path computed from import.meta.url, stays the same), so
// `npm start` runs plain JavaScript instead of transpiling through tsx at every start.
// Plain JavaScript itself: it must run before anything is compiled.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-stamp');
const SOURCE_DIRS = ['src', 'commands'];
// A change of these changes what esbuild emits (target, dependency versions).
const INPUT_FILES = ['package.json', 'scripts/build.mjs'];

function sourcesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

export function sourceFiles() {
  return SOURCE_DIRS.flatMap((dir) => sourcesUnder(join(ROOT, dir))).sort();
}

/** Names, sizes and modification times of every input: cheap to compute (~130 stats), changes with any edit, addition or removal. */
export function sourceSignature(files = sourceFiles()) {
  const hash = createHash('sha256');
  for (const path of [...files, ...INPUT_FILES.map((f) => join(ROOT, f))]) {
    const stat = statSync(path);
    hash.update(`${relative(ROOT, path)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

export function isUpToDate() {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceSignature();
}

/**
 * What every index build reads from the installed dictionaries, prepared once per install by the
 * compiled code (src/index/prepared-dictionaries.ts) so that building an index does not redo it.
 * A failure here is not fatal: an index build prepares them itself.
 */
async function prepareDictionaries() {
  try {
    const module = await import(pathToFileURL(join(DIST, 'src/index/prepared-dictionaries.js')).href);
    // The word vectors (/ask's near words) are prepared beside them, by the same module.
    return `${module.ensurePreparedDictionaries()}, word vectors ${module.ensurePreparedWordVectors()}`;
  } catch (error) {
    return `not prepared (${error.message})`;
  }
}

/**
 * Compiles into a fresh folder and swaps it in, so a removed source leaves no stale module
 * behind; then prepares the dictionaries. Returns the number of files and what became of those.
 */
export async function build() {
  const { build: esbuild } = await import('esbuild');
  const files = sourceFiles();
  const signature = sourceSignature(files);
  const staging = `${DIST}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  await esbuild({
    entryPoints: files,
    outdir: staging,
    outbase: ROOT,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  writeFileSync(join(staging, '.build-stamp'), signature);
  rmSync(DIST, { recursive: true, force: true });
  try {
    renameSync(staging, DIST);
  } catch (error) {
    // Another start compiled the same sources at the same moment and swapped its folder in first.
    rmSync(staging, { recursive: true, force: true });
    if (!isUpToDate()) throw error;
  }
  return { files: files.length, dictionaries: await prepareDictionaries() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const { files, dictionaries } = await build();
  console.log(`compiled ${files} files to dist/, dictionaries ${dictionaries}, in ${Math.round(performance.now() - started)} ms`);
}
