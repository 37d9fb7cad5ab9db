// A token trie for longest-match lookup of multi-word phrases by folded key.
import { foldToken } from './normalize.js';
import { Kind, type KeyInfo, type Token, type TokenKeys } from './tokenize.js';

/** Token texts whose key and mask FirstKeyMasks keeps (then it starts again). */
const INFO_LIMIT = 200_000;

export interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

export class TokenTrie<V> {
  readonly root: TrieNode<V> = { next: new Map(), values: [] };
  /**
   * This list's bit in Token.mask (see FirstKeyMasks): a token whose mask lacks it
   * starts no phrase here, and is turned away without a lookup. -1: no bit yet.
   */
  bit = -1;

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
    if (i >= end || (tokens[i]!.mask & this.bit) === 0) return null;
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
    return t !== undefined && (t.mask & this.bit) !== 0 && this.root.next.has(t.key);
  }
}

/** A phrase list (a trie whose phrases carry no value), asked for the length of the longest phrase. */
export class PhraseList extends TokenTrie<true> {
  /** Length in tokens of the longest phrase at tokens[i] that ends by `end` (0: none). No allocation. */
  len(tokens: readonly Token[], i: number, end = tokens.length): number {
    if (i < 0 || i >= end || (tokens[i]!.mask & this.bit) === 0) return 0;
    return this.longest(tokens, i, end);
  }

  /** Where a phrase of at most `most` tokens that ends right before tokens[end] starts (the longest such), or -1. */
  startBefore(tokens: readonly Token[], end: number, most = 3): number {
    for (let k = Math.max(0, end - most); k < end; k++) if (this.len(tokens, k, end) === end - k) return k;
    return -1;
  }

  /** The longest phrase at tokens[i] (i in range), without asking the mask. */
  protected longest(tokens: readonly Token[], i: number, end: number): number {
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

/**
 * A phrase list asked only in a few places (before a title, say), not at every token: it takes no
 * bit in Token.mask (FirstKeyMasks has room for 31), so it looks the key up whatever the mask says.
 */
export class RarePhraseList extends PhraseList {
  override len(tokens: readonly Token[], i: number, end = tokens.length): number {
    return i < 0 || i >= end ? 0 : this.longest(tokens, i, end);
  }
}

/** Tokens that are only keys (folded words), for looking words up in the lists; every list is asked (mask -1). */
export function keyTokens(keys: readonly string[]): Token[] {
  return keys.map((key) => ({ start: 0, end: 0, text: key, kind: Kind.Word, cap: false, upper: false, glued: false, key, mask: -1 }));
}

/** Keys that begin a phrase of any of several lists (made after the lists have their bits). */
export class StartKeys {
  private readonly keys = new Set<string>();
  private readonly bits: number;

  constructor(lists: readonly TokenTrie<unknown>[]) {
    let bits = 0;
    for (const list of lists) {
      bits |= list.bit;
      for (const k of list.firstKeys()) this.keys.add(k);
    }
    this.bits = bits;
  }

  /** True if a phrase of one of the lists starts with this token (a filled mask says it without a lookup). */
  has(t: Token): boolean {
    return t.mask === -1 ? this.keys.has(t.key) : (t.mask & this.bits) !== 0;
  }
}

/**
 * Which lists a token can start a phrase of, as one bit per list: filled in
 * once per token (Token.mask) so that the many lists asked about each token
 * ("is this a title? an organization head? a reporting verb?") answer no
 * without a lookup of their own.
 */
export class FirstKeyMasks implements TokenKeys {
  private readonly masks = new Map<string, number>();
  /** Key and mask by token text: one lookup per token gives both. */
  private readonly infos = new Map<string, KeyInfo>();
  private next = 0;

  /** Gives the list the next bit and records its first keys under it. */
  register(list: TokenTrie<unknown>): void {
    if (this.next >= 31) throw new Error('extract/trie: more than 31 lists share one FirstKeyMasks');
    list.bit = 1 << this.next++;
    this.infos.clear();
    for (const k of list.firstKeys()) this.masks.set(k, (this.masks.get(k) ?? 0) | list.bit);
  }

  /** The key of a token's text (folded if a word) and its mask: the bits of the lists a phrase of which starts with that key (for tokenize). */
  info(text: string, kind: Kind): KeyInfo {
    let x = this.infos.get(text);
    if (x === undefined) {
      const key = kind === Kind.Word ? foldToken(text) : text;
      x = { key, mask: this.masks.get(key) ?? 0 };
      if (this.infos.size >= INFO_LIMIT) this.infos.clear();
      this.infos.set(text, x);
    }
    return x;
  }
}
