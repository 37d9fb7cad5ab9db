// Search over node labels and aliases, accent-insensitive (đ → d).
// Ranking: exact name, then names starting with the query, then names with a
// word starting with it, then anything containing it; ties by centrality.
import { fold } from './fold.js';

export interface SearchEntry {
  key: string;
  label: string;
  names: string[];
  rank: number;
}

export interface SearchHit {
  key: string;
  label: string;
  /** The name that matched, when it is an alias rather than the label. */
  via?: string;
}

interface Indexed {
  entry: SearchEntry;
  folded: { name: string; f: string }[];
}

export class SearchIndex {
  private readonly items: Indexed[];

  constructor(entries: SearchEntry[]) {
    this.items = entries.map((entry) => ({
      entry,
      folded: [entry.label, ...entry.names.filter((n) => n !== entry.label)].map((name) => ({ name, f: fold(name) })),
    }));
  }

  search(query: string, limit = 10): SearchHit[] {
    const q = fold(query);
    if (!q) return [];
    const scored: { item: Indexed; score: number; via: string }[] = [];
    for (const item of this.items) {
      let best = 0;
      let via = item.entry.label;
      for (const { name, f } of item.folded) {
        const s = f === q ? 4 : f.startsWith(q) ? 3 : f.includes(' ' + q) ? 2 : f.includes(q) ? 1 : 0;
        if (s > best) {
          best = s;
          via = name;
        }
      }
      if (best > 0) scored.push({ item, score: best, via });
    }
    scored.sort((a, b) => b.score - a.score || b.item.entry.rank - a.item.entry.rank || (a.item.entry.label < b.item.entry.label ? -1 : 1));
    return scored.slice(0, limit).map(({ item, via }) => ({
      key: item.entry.key,
      label: item.entry.label,
      ...(via !== item.entry.label ? { via } : {}),
    }));
  }
}
