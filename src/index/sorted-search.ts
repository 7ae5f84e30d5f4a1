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
