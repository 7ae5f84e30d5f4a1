// How close a typed name is to a known one, for "did you mean" suggestions.

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/**
 * Similarity in [0, 1]: edit distance relative to length, plus the share of the typed characters
 * the name contains (意利大 is close to 意大利 though its edit distance is 2). 0 when nothing is shared.
 */
export function similarity(typed: string, name: string): number {
  if (typed === '' || name === '') return 0;
  const typedChars = [...typed];
  const nameChars = new Set(name);
  const shared = typedChars.filter((c) => nameChars.has(c)).length / typedChars.length;
  if (shared === 0) return 0;
  const distance = editDistance(typed, name) / Math.max(typedChars.length, [...name].length);
  return (1 - distance) * 0.5 + shared * 0.5;
}
