// A token trie for longest-match lookup of multi-word phrases by folded key.
import type { Token } from './tokenize.js';

export interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

export class TokenTrie<V> {
  readonly root: TrieNode<V> = { next: new Map(), values: [] };

  add(keys: readonly string[], value: V): void {
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /**
   * Longest match starting at tokens[i] (not past `end`) whose values pass `accept`.
   * Returns the number of tokens and the accepted values, or null.
   */
  match(tokens: readonly Token[], i: number, end: number, accept?: (v: V, len: number) => boolean): { len: number; values: V[] } | null {
    let node = this.root;
    let best: { len: number; values: V[] } | null = null;
    for (let j = i; j < end; j++) {
      const child = node.next.get(tokens[j]!.key);
      if (!child) break;
      node = child;
      if (node.values.length) {
        const len = j - i + 1;
        if (!accept) best = { len, values: node.values };
        else {
          const ok = node.values.filter((v) => accept(v, len));
          if (ok.length) best = { len, values: ok };
        }
      }
    }
    return best;
  }

  /** Keys that begin some phrase. */
  firstKeys(): IterableIterator<string> {
    return this.root.next.keys();
  }

  /** True if some phrase starts with the token at i. */
  startsAt(tokens: readonly Token[], i: number): boolean {
    const t = tokens[i];
    return t !== undefined && this.root.next.has(t.key);
  }
}

/** A phrase list (a trie whose phrases carry no value), asked for the length of the longest phrase. */
export class PhraseList extends TokenTrie<true> {
  /** Length in tokens of the longest phrase at tokens[i] that ends by `end` (0: none). No allocation. */
  len(tokens: readonly Token[], i: number, end = tokens.length): number {
    if (i < 0) return 0;
    let node = this.root;
    let best = 0;
    for (let j = i; j < end; j++) {
      const child = node.next.get(tokens[j]!.key);
      if (!child) break;
      node = child;
      if (node.values.length) best = j - i + 1;
    }
    return best;
  }
}
