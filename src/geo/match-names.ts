// Finds full names of countries, regions and organisations inside a text, leftmost-longest, so that
// 中东欧 is not read as 中东, 巴布亚新几内亚 not as 几内亚, and 摸莫桑比克 (a typo) still gives 莫桑比克.

import { isLatin, type NameIndex, nameKey } from './name-index.js';

export interface NameMatch {
  id: string;
  name: string;
  start: number;
  end: number;
}

const latinPatterns = new WeakMap<NameIndex, { caseless: RegExp; exact: RegExp } | null>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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
  for (let i = 0; i < text.length; ) {
    let found = 0;
    for (let length = Math.min(index.longestChinese, text.length - i); length >= 2; length--) {
      const candidate = text.slice(i, i + length);
      if (!index.ids.has(candidate) || isLatin(candidate)) continue;
      const id = index.ids.get(candidate);
      if (id) matches.push({ id, name: candidate, start: i, end: i + length });
      taken.push([i, i + length]);
      found = length;
      break;
    }
    i += found || 1;
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
