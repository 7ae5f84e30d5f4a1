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
 * Edit distance where two neighbours typed the wrong way round (hlep for help) are one edit, not
 * two: the optimal string alignment distance. For names typed on a keyboard.
 */
export function typingDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const rows: number[][] = [Array.from({ length: y.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[x.length]![y.length]!;
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

/** Characters of a text, as code points: a unit each unless it holds a surrogate pair. */
const charactersOf = (text: string): string | string[] => (/[\ud800-\udfff]/u.test(text) ? [...text] : text);

/** sharedInOrder's row, kept between calls: it compares one typed name with the gazetteer's thousands. */
let row = new Int32Array(64);

/** How many of the typed characters a name has in the same order (longest common subsequence). */
export function sharedInOrder(typed: string, name: string): number {
  const x = charactersOf(typed);
  const y = charactersOf(name);
  if (row.length < y.length + 1) row = new Int32Array(2 * (y.length + 1));
  row.fill(0, 0, y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    // One row, updated in place: `diagonal` holds the previous row's value at j − 1.
    let diagonal = 0;
    for (let j = 1; j <= y.length; j++) {
      const above = row[j]!;
      row[j] = x[i - 1] === y[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[y.length]!;
}

/**
 * Whether a name looks like what was typed, to be worth suggesting: most typed characters in
 * order (意利大 → 意大利, Itly → Italy), never one shared character (意见 is not 意大利, 方法 not 布基纳法索).
 */
export function looksLike(typed: string, name: string, latin: boolean): boolean {
  const length = [...typed].length;
  if (!latin) {
    const shared = sharedInOrder(typed, name);
    return shared >= 2 && shared >= 0.6 * length;
  }
  // Latin names are compared word by word too (Congo in "Congo - Brazzaville"), and must be
  // about as long as what was typed, or any long name would hold a few of its letters in order.
  if (length < 4) return false;
  if (latinWordLooksLike(typed, length, name)) return true;
  if (!/[^a-z]/u.test(name)) return false;
  for (const word of name.split(/[^a-z]+/u)) if (word !== name && latinWordLooksLike(typed, length, word)) return true;
  return false;
}

/**
 * Whether a Latin word holds most of the typed letters in order, and few others. A word shares no
 * more letters than it has: only words of 0.75 to 1/0.6 times the typed length can pass, and the
 * others are not compared (the gazetteer's 1,400 Latin names, word by word, took ~7 ms for a name
 * it does not hold).
 */
function latinWordLooksLike(typed: string, length: number, word: string): boolean {
  if (word.length < 0.75 * length || word.length * 0.6 > length) return false;
  const shared = sharedInOrder(typed, word);
  return shared >= 0.75 * length && shared >= 0.6 * word.length;
}
