// Small helpers for counting names and labels across the corpus.

/** Adds n to the count of key. */
export function bump<K>(map: Map<K, number>, key: K, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/** Keys by count (highest first), ties in code-point order: a stable choice of label. */
export function byCount(map: ReadonlyMap<string, number>): string[] {
  if (map.size === 1) return [...map.keys()];
  return [...map.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k]) => k);
}
