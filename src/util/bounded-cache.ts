// A Map that forgets everything once it holds `limit` entries: for values computed
// from names and words, which repeat across documents, with memory bounded on big corpora.
export class BoundedCache<K, V> extends Map<K, V> {
  constructor(private readonly limit = 100_000) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit) this.clear();
    return super.set(key, value);
  }

  /** The value for key, computed and kept the first time it is asked for. */
  remember(key: K, compute: () => V): V {
    let v = this.get(key);
    if (v === undefined) {
      v = compute();
      this.set(key, v);
    }
    return v;
  }
}
