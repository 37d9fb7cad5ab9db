// Bounded, order-independent lists for corpus-wide aggregation: each keeps the
// k items with the smallest (document index, offset), whatever order documents
// arrive in (worker threads finish out of order). Memory stays bounded by k.

export interface Ranked {
  /** Position of the document in the input. */
  di: number;
  /** Offset inside it. */
  at: number;
}

export class CappedList<T extends Ranked> {
  readonly items: T[] = [];
  constructor(readonly cap: number) {}

  add(item: T): void {
    const { items } = this;
    if (items.length >= this.cap) {
      const last = items[items.length - 1]!;
      if (cmp(item, last) >= 0) return;
    }
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(items[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, item);
    if (items.length > this.cap) items.pop();
  }

  addAll(other: Iterable<T>): void {
    for (const it of other) this.add(it);
  }
}

function cmp(a: Ranked, b: Ranked): number {
  return a.di - b.di || a.at - b.at;
}

/** Adds n to the count of key. */
export function bump<K>(map: Map<K, number>, key: K, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/** Keys by count (highest first), ties in code-point order: a stable choice of label. */
export function byCount(map: ReadonlyMap<string, number>): string[] {
  return [...map.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k]) => k);
}
