// A token trie for longest-match lookup of multi-word phrases by folded key.
import type { Token } from './tokenize.js';
import { foldToken } from './normalize.js';

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
      const child = node.next.get(foldToken(tokens[j]!.text));
      if (!child) break;
      node = child;
      if (node.values.length) {
        const len = j - i + 1;
        const ok = accept ? node.values.filter((v) => accept(v, len)) : node.values;
        if (ok.length) best = { len, values: ok };
      }
    }
    return best;
  }

  /** True if some phrase starts with the token at i. */
  startsAt(tokens: readonly Token[], i: number): boolean {
    const t = tokens[i];
    return t !== undefined && this.root.next.has(foldToken(t.text));
  }
}
