// Finds full names of countries, regions and organisations inside a text, leftmost-longest, so that
// 中东欧 is not read as 中东, 巴布亚新几内亚 not as 几内亚, and 摸莫桑比克 (a typo) still gives 莫桑比克.

import { CodeUnitTrie, TRIE_ROOT } from '../text/code-unit-trie.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { isLatin, type NameIndex, nameKey } from './name-index.js';

export interface NameMatch {
  id: string;
  name: string;
  start: number;
  end: number;
}

/** The Chinese names of an index (two characters or more) in a trie, and each name's node. */
interface ChineseNames {
  trie: CodeUnitTrie;
  /** Node → the name ending there, for names the matcher may report. */
  names: Map<number, string>;
}

const chineseTries = new WeakMap<NameIndex, ChineseNames>();

function chineseNamesOf(index: NameIndex): ChineseNames {
  let found = chineseTries.get(index);
  if (found === undefined) {
    const trie = new CodeUnitTrie();
    const names = new Map<number, string>();
    for (const key of index.ids.keys()) if (key.length >= 2 && !isLatin(key)) names.set(trie.insert(key), key);
    found = { trie, names };
    chineseTries.set(index, found);
  }
  return found;
}

/** The longest Chinese name starting at `start`, or null. */
function longestChineseAt(text: string, start: number, { trie, names }: ChineseNames): string | null {
  let longest: string | null = null;
  let node = TRIE_ROOT;
  for (let at = start; at < text.length; at++) {
    node = trie.child(node, text.charCodeAt(at));
    if (node < 0) break;
    longest = names.get(node) ?? longest;
  }
  return longest;
}

const latinPatterns = new WeakMap<NameIndex, { caseless: RegExp; exact: RegExp } | null>();

// Short acronyms (US, UK, EU, WHO) only count in capitals: "us" and "who" are English words.
function latinPatternsFor(index: NameIndex): { caseless: RegExp; exact: RegExp } | null {
  if (latinPatterns.has(index)) return latinPatterns.get(index) ?? null;
  const keys = [...index.ids.keys()].filter(isLatin).sort((a, b) => b.length - a.length);
  const short = keys.filter((k) => k.replace(/\./g, '').length <= 3).map((k) => escapeRegExp(k.toUpperCase()));
  const long = keys.filter((k) => k.replace(/\./g, '').length > 3).map((k) => escapeRegExp(k).replace(/ /g, '\\s+'));
  const wrap = (alternatives: string[], flags: string): RegExp =>
    new RegExp(`(?<![A-Za-z])(?:${alternatives.join('|') || '(?!)'})(?![A-Za-z])`, flags);
  const patterns = { caseless: wrap(long, 'gi'), exact: wrap(short, 'g') };
  latinPatterns.set(index, patterns);
  return patterns;
}

/** Every known name in the text, leftmost-longest, without overlaps; ambiguous names are consumed unreported. */
export function matchNames(text: string, index: NameIndex): NameMatch[] {
  const matches: NameMatch[] = [];
  const taken: [number, number][] = [];
  const chinese = chineseNamesOf(index);
  for (let i = 0; i < text.length; ) {
    const name = longestChineseAt(text, i, chinese);
    if (name === null) {
      i++;
      continue;
    }
    const id = index.ids.get(name);
    if (id) matches.push({ id, name, start: i, end: i + name.length });
    taken.push([i, i + name.length]);
    i += name.length;
  }
  if (/[A-Za-z]/.test(text)) {
    const patterns = latinPatternsFor(index);
    for (const pattern of patterns ? [patterns.caseless, patterns.exact] : []) {
      // exec on the shared regex: matchAll would clone it, recompiling hundreds of alternatives per call.
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && a < end)) continue;
        taken.push([start, end]);
        const id = index.ids.get(nameKey(m[0]));
        if (id) matches.push({ id, name: m[0], start, end });
      }
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}
