/** Position of `value` in `values[from..to)`, which ascend, or -1 (binary search). */
export function indexInSorted(values: ArrayLike<number>, value: number, from = 0, to = values.length): number {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const found = values[mid]!;
    if (found === value) return mid;
    if (found < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * The first position in `values[from..to)` (ascending) holding `value` or more, `to` when none:
 * galloping from `from`, so walking a list towards ascending targets costs the log of each skip.
 */
export function firstAtLeast(values: ArrayLike<number>, value: number, from: number, to: number): number {
  if (from >= to || values[from]! >= value) return from;
  // values[low] < value throughout; widen the step until values[high] reaches it.
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < to && values[high]! < value) {
    low = high;
    step *= 2;
    high = low + step;
  }
  if (high > to) high = to;
  // The answer is in (low, high].
  low++;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
