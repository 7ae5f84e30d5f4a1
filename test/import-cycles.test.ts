import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Modules importing each other at run time (day-question.ts → date.ts → latest-question.ts →
// day-question.ts) load in an order that depends on which one is imported first: a constant read
// at load time may be undefined. Type-only imports vanish when compiled, but going round they
// tie modules into one knot all the same (a type belongs in the file of its concept): none does.

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** An import or export from another module: `type` before the names, the names, the module. */
const FROM = /^(?:import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*'(\.[^']+)'|^import\s*'(\.[^']+)'/gmu;

/** Whether the names brought in include a value (not `import type`, not only `{ type A, type B }`). */
function namesAValue(typeOnly: string | undefined, names: string): boolean {
  if (typeOnly) return false;
  const braced = /^\{([^}]*)\}$/u.exec(names.trim());
  if (!braced) return true;
  const elements = (braced[1] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return elements.length === 0 || elements.some((name) => !name.startsWith('type '));
}

/** The project modules `file` imports at run time, or with `types`, at all. */
function projectImports(file: string, types: boolean): string[] {
  return [...readFileSync(file, 'utf8').matchAll(FROM)].flatMap(([, typeOnly, names = '', from, bare]) => {
    const specifier = from ?? bare;
    if (!specifier || (from && !types && !namesAValue(typeOnly, names))) return [];
    return [resolve(dirname(file), specifier).replace(/\.js$/u, '.ts')];
  });
}

/** One cycle of imports (run-time ones, or with `types` any) per group of modules that reach each other, as paths under src/. */
function importCycles(types: boolean): string[][] {
  const graph = new Map(sourceFiles(SRC).map((file) => [file, projectImports(file, types)]));
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') cycles.push(path.slice(path.indexOf(next)).map((f) => f.slice(SRC.length + 1)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('the modules of src/', () => {
  it('given their run-time imports, then none goes round back to itself', () => {
    expect(importCycles(false)).toEqual([]);
  });

  it('given their imports of types too, then none goes round back to itself', () => {
    expect(importCycles(true)).toEqual([]);
  });
});
