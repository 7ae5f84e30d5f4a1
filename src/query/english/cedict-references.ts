// Some CC-CEDICT entries translate nothing themselves: they point to another headword.
// "浙江: see 浙江省[Zhe4 jiang1 Sheng3]", "尽快: see 儘快|尽快[jin3 kuai4]". The corpus writes the
// short form, so without following the pointer "Zhejiang" or "as soon as possible" found no
// corpus word. Such an entry is read with the meanings of the headword it points to (one hop:
// a pointer to a pointer stays unresolved).
import type { CedictData, CedictEntry } from './cedict-source.js';

/** "see X[…]", "see also X[…]", "variant of X[…]" (X may be "traditional|simplified"). */
const POINTER = /^(?:see(?: also)?|(?:old )?variant of)\s+([^\s[\]]+)\[[^\]]*\]$/i;

/** The simplified headword a meaning points to, or null when it is a gloss of its own. */
export function pointerTarget(meaning: string): string | null {
  const match = POINTER.exec(meaning.trim());
  if (!match?.[1]) return null;
  const forms = match[1].split('|');
  return forms[forms.length - 1] ?? null;
}

/**
 * `entries` with every pure pointer (all of its meanings point elsewhere) given the meanings of
 * the headwords it points to. Entries with a gloss of their own are returned as they are.
 */
export function followPointers(entries: readonly CedictEntry[], cedict: CedictData): CedictEntry[] {
  const targets = new Map<CedictEntry, string[]>();
  const wanted = new Set<string>();
  for (const entry of entries) {
    const pointed = entry.meanings.map(pointerTarget);
    if (pointed.length === 0 || pointed.some((target) => target === null || target === entry.simplified)) continue;
    const distinct = [...new Set(pointed as string[])];
    targets.set(entry, distinct);
    for (const target of distinct) wanted.add(target);
  }
  if (targets.size === 0) return [...entries];
  // One pass over the heads, keeping only the few headwords pointed to.
  const meaningsOf = new Map<string, string[]>();
  for (const head of cedict.heads) {
    if (!wanted.has(head.simplified)) continue;
    const found = cedict.entry(head)?.meanings.filter((meaning) => pointerTarget(meaning) === null) ?? [];
    meaningsOf.set(head.simplified, [...(meaningsOf.get(head.simplified) ?? []), ...found]);
  }
  return entries.map((entry) => {
    const pointed = targets.get(entry);
    if (!pointed) return entry;
    const meanings = pointed.flatMap((target) => meaningsOf.get(target) ?? []);
    return meanings.length ? { ...entry, meanings } : entry;
  });
}
