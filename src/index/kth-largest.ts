// The k-th largest of many scores without sorting them all: at 100× the corpus a long query
// matches tens of thousands of sentences, and only the best few hundred go on. Quickselect
// (Hoare partition, median of three) on a copy: linear on average.

/** The k-th largest value of `values` (1-based k, clamped to its length); -Infinity when empty. */
export function kthLargest(values: ArrayLike<number>, k: number): number {
  const n = values.length;
  if (n === 0) return Number.NEGATIVE_INFINITY;
  // The constructor copies a typed array or an array of numbers in one go; from() walked them as iterables (a tenth of the first stage).
  const a = new Float64Array(values);
  // The k-th largest is the (n - k)-th smallest, 0-based.
  const target = n - Math.min(Math.max(k, 1), n);
  let low = 0;
  let high = n - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const pivot = median(a[low]!, a[mid]!, a[high]!);
    let i = low;
    let j = high;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return a[target]!;
  }
  return a[target]!;
}

function median(x: number, y: number, z: number): number {
  return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
}
