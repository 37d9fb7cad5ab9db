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
import type { EntityGraph } from '../graph/build.js';
import type { EdgeAttributes, Evidence, NodeAttributes } from '../types.js';
import { writeAtomic } from './atomic.js';

type AttrType = 'string' | 'integer' | 'double' | 'liststring';

/** What GEXF keeps of the lists graph.json holds in full (a Gephi data table is for browsing). */
const GEXF_EVIDENCE = 2;
const GEXF_DOCUMENTS = 10;
interface Column<A> { id: string; type: AttrType; get: (a: A) => unknown }

const NODE_COLUMNS: Column<NodeAttributes & { evidence?: Evidence[] }>[] = [
  { id: 'entity_type', type: 'string', get: (a) => a.entityType },
  { id: 'aliases', type: 'liststring', get: (a) => a.aliases },
  { id: 'iso', type: 'string', get: (a) => a.iso },
  { id: 'mentions', type: 'integer', get: (a) => a.mentions },
  { id: 'document_count', type: 'integer', get: (a) => a.documentCount },
  { id: 'documents', type: 'liststring', get: (a) => a.documents.slice(0, GEXF_DOCUMENTS) },
  { id: 'community', type: 'integer', get: (a) => a.community },
  { id: 'degree', type: 'integer', get: (a) => a.degree },
  { id: 'weighted_degree', type: 'double', get: (a) => a.weightedDegree },
  { id: 'pagerank', type: 'double', get: (a) => a.pagerank },
  { id: 'evidence', type: 'string', get: (a) => joinEvidence(a.evidence) },
];

const EDGE_COLUMNS: Column<EdgeAttributes & { documentCount?: number }>[] = [
  { id: 'relation', type: 'string', get: (a) => a.relation },
  { id: 'document_count', type: 'integer', get: (a) => a.documentCount },
  { id: 'documents', type: 'liststring', get: (a) => a.documents.slice(0, GEXF_DOCUMENTS) },
  { id: 'evidence', type: 'string', get: (a) => joinEvidence(a.evidence) },
];

/** The second copy of a co-mention: the same relation and counts, its documents and evidence are on the first. */
const REVERSE_COLUMNS = EDGE_COLUMNS.filter((c) => c.id !== 'documents' && c.id !== 'evidence');

export async function writeGexf(graph: EntityGraph, path: string): Promise<void> {
  const attrs = graph.getAttributes();
  await writeAtomic(path, async (out) => {
    await out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
    await out.write('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n');
    await out.write(`  <meta>\n    <creator>${esc(`${attrs.generator} ${attrs.version}`)}</creator>\n    <description>${esc(`Entities and relations of ${attrs.documentCount} documents`)}</description>\n  </meta>\n`);
    await out.write('  <graph defaultedgetype="directed" mode="static">\n');
    await out.write(declare('node', NODE_COLUMNS));
    await out.write(declare('edge', EDGE_COLUMNS));
    await out.write(`    <nodes count="${graph.order}">\n`);
    for (const { node, attributes: a } of graph.nodeEntries()) {
      let s = `      <node id="${esc(node)}" label="${esc(oneLine(a.label))}">\n`;
      s += attvalues(NODE_COLUMNS, a);
      const [r, g, b] = rgb(a.color);
      s += `        <viz:color r="${r}" g="${g}" b="${b}"/>\n        <viz:size value="${num(a.size)}"/>\n        <viz:position x="${num(a.x)}" y="${num(a.y)}"/>\n      </node>\n`;
      await out.write(s);
    }
    await out.write('    </nodes>\n');
    let count = 0;
    graph.forEachEdge((_e, _a, _s, _t, _sa, _ta, undirected) => {
      count += undirected ? 2 : 1;
    });
    await out.write(`    <edges count="${count}">\n`);
    for (const { edge, source, target, attributes: a, undirected } of graph.edgeEntries()) {
      const ends: [string, string, string][] = undirected ? [[`${edge}:a`, source, target], [`${edge}:b`, target, source]] : [[edge, source, target]];
      for (const [k, [id, s0, t0]] of ends.entries()) {
        let s = `      <edge id="${esc(id)}" source="${esc(s0)}" target="${esc(t0)}" kind="${esc(a.relation)}" label="${esc(oneLine(a.label))}" weight="${num(a.weight)}">\n`;
        s += attvalues(k === 0 ? EDGE_COLUMNS : REVERSE_COLUMNS, a);
        const [r, g, b] = rgb(a.color ?? '#999999');
        s += `        <viz:color r="${r}" g="${g}" b="${b}"/>\n      </edge>\n`;
        await out.write(s);
      }
    }
    await out.write('    </edges>\n  </graph>\n</gexf>\n');
  });
}

function declare<A>(cls: 'node' | 'edge', cols: Column<A>[]): string {
  let s = `    <attributes class="${cls}" mode="static">\n`;
  for (const c of cols) s += `      <attribute id="${c.id}" title="${c.id}" type="${c.type}"/>\n`;
  return s + '    </attributes>\n';
}

function attvalues<A>(cols: Column<A>[], a: A): string {
  let s = '';
  for (const c of cols) {
    const v = c.get(a);
    const text = value(c.type, v);
    if (text !== null) s += `          <attvalue for="${c.id}" value="${esc(text)}"/>\n`;
  }
  return s ? `        <attvalues>\n${s}        </attvalues>\n` : '';
}

/** The attvalue text, or null to omit it (never "", "null", NaN or INF). */
function value(type: AttrType, v: unknown): string | null {
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
    case 'liststring': {
      // NOTE: a comma inside a list item is written as a fullwidth comma: strict readers split on every comma
      const items = (v as unknown[]).map((x) => guardInf(oneLine(String(x))).replace(/,/g, '，')).filter((x) => x !== '');
      return items.length ? `[${items.map((x) => `"${x.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(', ')}]` : null;
    }
  }
}

/**
 * Evidence as one string, "doc: sentence | doc: sentence" (a list type cannot hold
 * commas safely), the first few only: graph.json and the viewer carry all kept.
 */
function joinEvidence(ev: readonly Evidence[] | undefined): string | undefined {
  return ev && ev.length ? ev.slice(0, GEXF_EVIDENCE).map((e) => `${e.doc}: ${e.text}`).join(' | ') : undefined;
}

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
