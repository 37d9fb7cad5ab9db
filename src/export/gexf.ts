// graph.gexf: GEXF 1.3 for Gephi and Gephi Lite, written as a stream, following
// the writer checklist of check-gexf (shared/tools/check-gexf/README.md):
// one attribute block per class with id == title and no reserved names, viz
// colours as r/g/b, sizes and positions for every node, weights > 0, unique
// stable ids, lists as ["a", "b"], no empty values, XML-illegal characters removed.
//
// NOTE: the file is a directed graph, not a mixed one: NetworkX cannot read
// mixed GEXF, so a mixed file does not load everywhere. Statement and role
// edges keep their direction; each co-mention (symmetric) is written as two
// opposite edges of kind "co-mention" with the same weight; the second copy
// leaves out the documents and evidence the first carries (half the file).
import type { GraphData, GraphEdge, GraphNode } from '../graph/build.js';
import type { EdgeAttributes, Evidence, NodeAttributes } from '../types.js';
import { writeAtomic } from './atomic.js';

type AttrType = 'string' | 'integer' | 'double' | 'liststring';

/** What GEXF keeps of the lists graph.json holds in full (a Gephi data table is for browsing). */
const GEXF_EVIDENCE = 2;
const GEXF_DOCUMENTS = 10;
/**
 * A column: a scalar read from the attributes (escaped here), or a value the memo
 * writes already escaped (lists and evidence: the same strings recur on many elements).
 */
type Column<A> = { id: string; type: Exclude<AttrType, 'liststring'>; get: (a: A) => unknown } | { id: string; type: AttrType; xml: (a: A, memo: Memo) => string | null };

const NODE_COLUMNS: Column<NodeAttributes & { evidence?: Evidence[] }>[] = [
  { id: 'entity_type', type: 'string', get: (a) => a.entityType },
  { id: 'aliases', type: 'liststring', xml: (a, memo) => memo.list(a.aliases, Infinity) },
  { id: 'iso', type: 'string', get: (a) => a.iso },
  { id: 'mentions', type: 'integer', get: (a) => a.mentions },
  { id: 'document_count', type: 'integer', get: (a) => a.documentCount },
  { id: 'documents', type: 'liststring', xml: (a, memo) => memo.list(a.documents, GEXF_DOCUMENTS) },
  { id: 'community', type: 'integer', get: (a) => a.community },
  { id: 'degree', type: 'integer', get: (a) => a.degree },
  { id: 'weighted_degree', type: 'double', get: (a) => a.weightedDegree },
  { id: 'pagerank', type: 'double', get: (a) => a.pagerank },
  { id: 'evidence', type: 'string', xml: (a, memo) => memo.evidence(a.evidence) },
];

const EDGE_COLUMNS: Column<EdgeAttributes & { documentCount?: number }>[] = [
  { id: 'relation', type: 'string', get: (a) => a.relation },
  { id: 'document_count', type: 'integer', get: (a) => a.documentCount },
  { id: 'documents', type: 'liststring', xml: (a, memo) => memo.list(a.documents, GEXF_DOCUMENTS) },
  { id: 'evidence', type: 'string', xml: (a, memo) => memo.evidence(a.evidence) },
];

/** The second copy of a co-mention: the same relation and counts, its documents and evidence are on the first. */
const REVERSE_COLUMNS = EDGE_COLUMNS.filter((c) => c.id !== 'documents' && c.id !== 'evidence');

/**
 * What GEXF writes of a node or edge and nothing more (the first documents and
 * evidence, no alias counts or label counts): what the main thread hands the
 * GEXF worker, so it copies a fraction of what graph.json holds.
 */
export function gexfNode(n: GraphNode): GraphNode {
  const a = n.attributes;
  return { key: n.key, attributes: { ...a, aliasCounts: [], documents: a.documents.slice(0, GEXF_DOCUMENTS), evidence: a.evidence.slice(0, GEXF_EVIDENCE) } };
}

export function gexfEdge(e: GraphEdge): GraphEdge {
  const a = e.attributes;
  const attributes: EdgeAttributes = { relation: a.relation, weight: a.weight, label: a.label, documents: a.documents.slice(0, GEXF_DOCUMENTS), documentCount: a.documentCount, evidence: a.evidence.slice(0, GEXF_EVIDENCE) };
  if (a.color !== undefined) attributes.color = a.color;
  const out: GraphEdge = { key: e.key, source: e.source, target: e.target, attributes };
  if (e.undirected) out.undirected = true;
  return out;
}

/** What the head of a GEXF file says: the creator, the corpus size and the element counts. */
export interface GexfHead {
  generator: string;
  version: string;
  documentCount: number;
  nodes: number;
  /** Edge elements: co-mentions count twice (see the note at the top). */
  edges: number;
}

export function gexfHead(graph: GraphData): GexfHead {
  const attrs = graph.attributes;
  let edges = 0;
  for (const e of graph.edges) edges += e.undirected ? 2 : 1;
  return { generator: attrs.generator, version: attrs.version, documentCount: attrs.documentCount, nodes: graph.nodes.length, edges };
}

/**
 * The text of a GEXF file, piece by piece, in file order: head, each node,
 * edgesStart, each edge, end. One writer per file (it remembers escaped strings).
 */
export class GexfText {
  private readonly memo = new Memo();

  constructor(private readonly h: GexfHead) {}

  head(): string {
    const { h } = this;
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
      `  <meta>\n    <creator>${esc(`${h.generator} ${h.version}`)}</creator>\n    <description>${esc(`Entities and relations of ${h.documentCount} documents`)}</description>\n  </meta>\n` +
      '  <graph defaultedgetype="directed" mode="static">\n' +
      declare('node', NODE_COLUMNS) +
      declare('edge', EDGE_COLUMNS) +
      `    <nodes count="${h.nodes}">\n`
    );
  }

  node(key: string, a: NodeAttributes): string {
    const { memo } = this;
    let s = `      <node id="${memo.attr(key)}" label="${esc(oneLine(a.label))}">\n`;
    s += attvalues(NODE_COLUMNS, a, memo);
    return s + `        ${memo.color(a.color)}\n        <viz:size value="${num(a.size)}"/>\n        <viz:position x="${num(a.x)}" y="${num(a.y)}"/>\n      </node>\n`;
  }

  edgesStart(): string {
    return `    </nodes>\n    <edges count="${this.h.edges}">\n`;
  }

  edge(key: string, source: string, target: string, a: EdgeAttributes, undirected: boolean): string {
    const { memo } = this;
    const id = esc(key);
    const tail = ` kind="${memo.attr(a.relation)}" label="${memo.label(a.label)}" weight="${num(a.weight)}">\n`;
    const color = `        ${memo.color(a.color ?? '#999999')}\n      </edge>\n`;
    const first = `      <edge id="${undirected ? `${id}:a` : id}" source="${memo.attr(source)}" target="${memo.attr(target)}"${tail}${attvalues(EDGE_COLUMNS, a, memo)}${color}`;
    if (!undirected) return first;
    return first + `      <edge id="${id}:b" source="${memo.attr(target)}" target="${memo.attr(source)}"${tail}${attvalues(REVERSE_COLUMNS, a, memo)}${color}`;
  }

  end(): string {
    return '    </edges>\n  </graph>\n</gexf>\n';
  }
}

export async function writeGexf(graph: GraphData, path: string): Promise<void> {
  const gexf = new GexfText(gexfHead(graph));
  await writeAtomic(path, async (out) => {
    await out.write(gexf.head());
    for (const n of graph.nodes) await out.write(gexf.node(n.key, n.attributes));
    await out.write(gexf.edgesStart());
    for (const e of graph.edges) await out.write(gexf.edge(e.key, e.source, e.target, e.attributes, e.undirected === true));
    await out.write(gexf.end());
  });
}

function declare<A>(cls: 'node' | 'edge', cols: Column<A>[]): string {
  let s = `    <attributes class="${cls}" mode="static">\n`;
  for (const c of cols) s += `      <attribute id="${c.id}" title="${c.id}" type="${c.type}"/>\n`;
  return s + '    </attributes>\n';
}

function attvalues<A>(cols: Column<A>[], a: A, memo: Memo): string {
  let s = '';
  for (const c of cols) {
    let text: string | null;
    if ('xml' in c) text = c.xml(a, memo);
    else {
      text = value(c.type, c.get(a));
      if (text !== null) text = esc(text);
    }
    if (text !== null) s += `          <attvalue for="${c.id}" value="${text}"/>\n`;
  }
  return s ? `        <attvalues>\n${s}        </attvalues>\n` : '';
}

/** The attvalue text of a scalar, or null to omit it (never "", "null", NaN or INF). Lists are written by Memo.list. */
function value(type: Exclude<AttrType, 'liststring'>, v: unknown): string | null {
  if (v === undefined || v === null) return null;
  switch (type) {
    case 'integer':
      return Number.isFinite(v) ? String(Math.trunc(v as number)) : null;
    case 'double':
      return Number.isFinite(v) ? num(v as number) : null;
    case 'string': {
      const s = guardInf(oneLine(String(v)));
      return s === '' || s.toLowerCase() === 'null' ? null : s;
    }
  }
}

/**
 * Escaped text of the strings that recur across a file's elements: node ids,
 * labels, colours, list items that need escaping. Each is escaped once, not once
 * per edge. (A plain list item is only quoted, and evidence, mostly two sentences
 * of an edge, is escaped each time: both cost less than a lookup in a map of a
 * million strings.)
 */
class Memo {
  private readonly attrs = new Map<string, string>();
  private readonly labels = new Map<string, string>();
  private readonly items = new Map<string, string>();
  private readonly colors = new Map<string, string>();

  attr(s: string): string {
    let x = this.attrs.get(s);
    if (x === undefined) this.attrs.set(s, (x = esc(s)));
    return x;
  }

  /** An edge label (a title or reporting verb: a few hundred kinds) on one line, escaped. */
  label(s: string): string {
    let x = this.labels.get(s);
    if (x === undefined) this.labels.set(s, (x = esc(oneLine(s))));
    return x;
  }

  /** A liststring value of the first `cap` strings, escaped: ["a", "b"] (null: nothing to write). */
  list(xs: readonly string[], cap: number): string | null {
    let out = '';
    for (let i = 0; i < xs.length && i < cap; i++) {
      let item = PLAIN_ITEM.test(xs[i]!) ? `&quot;${xs[i]!}&quot;` : this.items.get(xs[i]!);
      if (item === undefined) {
        // NOTE: a comma inside a list item is written as a fullwidth comma: strict readers split on every comma
        const v = guardInf(oneLine(xs[i]!)).replace(/,/g, '，');
        item = v === '' ? '' : esc(`"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
        this.items.set(xs[i]!, item);
      }
      if (item) out += out ? `, ${item}` : item;
    }
    return out ? `[${out}]` : null;
  }

  /**
   * Evidence as one string, "doc: sentence | doc: sentence" (a list type cannot hold
   * commas safely), the first few only: graph.json and the viewer carry all kept.
   */
  evidence(ev: readonly Evidence[] | undefined): string | null {
    if (!ev?.length) return null;
    let out = '';
    for (let i = 0; i < ev.length && i < GEXF_EVIDENCE; i++) {
      const e = ev[i]!;
      const piece = esc(guardInf(oneLine(`${e.doc}: ${e.text}`)));
      out += out ? ` | ${piece}` : piece;
    }
    return out;
  }

  /** The viz:color element of a #rrggbb colour. */
  color(hex: string): string {
    let x = this.colors.get(hex);
    if (x === undefined) {
      const [r, g, b] = rgb(hex);
      this.colors.set(hex, (x = `<viz:color r="${r}" g="${g}" b="${b}"/>`));
    }
    return x;
  }
}

/** A list item written as it is, in quotes: nothing to escape, fold or guard. */
const PLAIN_ITEM = /^(?!.*INF)[^,"\\&<>\s\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]+$/;

/** Gephi turns every "INF" inside attribute strings into "Infinity"; a word joiner keeps the text intact. */
function guardInf(s: string): string {
  return s.includes('INF') ? s.replace(/INF/g, 'IN\u2060F') : s;
}

function oneLine(s: string): string {
  return /\s\s|[\t\n\r\f\v\u00a0]|^\s|\s$/.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

function num(v: number): string {
  if (!Number.isFinite(v)) return '0';
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
}

function rgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : [153, 153, 153];
}

// XML-illegal characters (C0 controls but tab/newline/CR, U+FFFE/U+FFFF, lone surrogates) are dropped.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NEEDS_ESCAPE = /[&<>"\n\r\t\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

function esc(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(ILLEGAL, '').replace(/[&<>"\n\r\t]/g, (c) => ENTITIES[c]!);
}
