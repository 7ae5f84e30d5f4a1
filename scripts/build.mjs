// npm run build — compiles src/ and commands/ to dist/ once (esbuild, one file per source, no
// bundling: the layout, and so every path computed from import.meta.url, stays the same), so
// `npm start` runs plain JavaScript instead of transpiling through tsx at every start.
// Plain JavaScript itself: it must run before anything is compiled.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { alive } from './process-alive.mjs';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-stamp');
/** Held (a folder: made or not, atomically) by the one process compiling. */
const LOCK = `${DIST}.lock`;
/** A lock older than this was left by a compile that never ended (~0.3 s is usual). */
const STALE_LOCK_MS = 120_000;
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

const holderOf = (lock) => {
  try {
    return Number(readFileSync(join(lock, 'pid'), 'utf8')) || null;
  } catch {
    return null;
  }
};

/** Its holder is gone; or, when it never wrote its pid, the lock is 2 minutes old. */
function lockIsStale(lock) {
  const pid = holderOf(lock);
  if (pid !== null) return !alive(pid);
  try {
    return Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false;
  }
}

/**
 * Runs `work` while no other process compiles: two starts at once (a service and its health
 * check, after a pull) each compiled, and the second deleted dist/ while the first was loading
 * its modules (ERR_MODULE_NOT_FOUND). A waiting start then finds dist/ up to date.
 */
export async function withBuildLock(work, lock = LOCK) {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (lockIsStale(lock)) {
      // Moved aside and judged again before it is removed: of two waiters taking over one stale
      // lock, the slower may move the lock the faster has made since, and then puts it back.
      const aside = `${lock}.stale-${process.pid}`;
      try {
        renameSync(lock, aside);
        if (lockIsStale(aside)) rmSync(aside, { recursive: true, force: true });
        else renameSync(aside, lock);
      } catch {
        // Taken over, or released, by another process meanwhile: try again.
      }
    } else if (Date.now() - started > STALE_LOCK_MS) throw new Error(`another process has been compiling for 2 minutes (${lock})`);
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return await work();
  } finally {
    // Only our own lock: one taken over from us (we were thought gone) is another's now.
    if (holderOf(lock) === process.pid) rmSync(lock, { recursive: true, force: true });
  }
}

/** dist/ as the sources are now, compiled by this process or by the one that was already at it. */
export async function ensureBuilt() {
  if (isUpToDate()) return;
  await withBuildLock(async () => {
    if (!isUpToDate()) await build();
  });
}

/**
 * Compiles into a fresh folder and swaps it in, so a removed source leaves no stale module
 * behind; then prepares the dictionaries. Returns the number of files and what became of those.
 * Call it holding the build lock (withBuildLock).
 */
export async function build() {
  const { build: esbuild } = await import('esbuild');
  const files = sourceFiles();
  const signature = sourceSignature(files);
  const staging = `${DIST}.tmp-${process.pid}`;
  // Folders of compiles killed midway: only the lock's holder compiles, so none is in use.
  for (const name of readdirSync(ROOT)) if (name.startsWith('dist.tmp-')) rmSync(join(ROOT, name), { recursive: true, force: true });
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
  renameSync(staging, DIST);
  return { files: files.length, dictionaries: await prepareDictionaries() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const { files, dictionaries } = await withBuildLock(build);
  console.log(`compiled ${files} files to dist/, dictionaries ${dictionaries}, in ${Math.round(performance.now() - started)} ms`);
}
