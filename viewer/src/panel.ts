// The side panel: what a node or an edge is, and the sentences it came from.
// Everything from the graph file goes in as text (dom.ts), never as HTML.
import { el, highlighted, safeLink } from './dom.js';
import type { DocInfo, EdgeView, Evidence, ViewGraph } from './load.js';

export interface PanelActions {
  selectNode(key: string): void;
  selectEdge(key: string): void;
}

// Sections of a node's relations: directed relations are split by direction.
const RELATION_TITLES: Record<string, string> = {
  'role:out': 'Roles',
  'role:in': 'People with a role here',
  'statement:out': 'Spoke about',
  'statement:in': 'Spoken about by',
  'co-mention': 'Co-mentioned with',
};
const SECTION_ORDER = ['role:out', 'role:in', 'statement:out', 'statement:in', 'co-mention'];

export function renderNodePanel(g: ViewGraph, key: string, docs: Map<string, DocInfo>, act: PanelActions): HTMLElement {
  const a = g.getNodeAttributes(key);
  const root = el('div', { class: 'panel-body' });
  root.append(
    el('h2', { text: a.label }),
    el('p', { class: 'meta' }, [
      el('span', { class: `badge type-${a.entityType}`, text: a.entityType }),
      a.iso ? el('span', { class: 'badge', text: `ISO ${a.iso}` }) : null,
      el('span', { text: ` ${a.mentions} mention${a.mentions === 1 ? '' : 's'} in ${a.documents.length} document${a.documents.length === 1 ? '' : 's'}` }),
    ]),
  );
  const aliases = a.aliases.filter((x) => x !== a.label);
  if (aliases.length) root.append(el('p', { class: 'aliases' }, [el('b', { text: 'Also written: ' }), aliases.join(' · ')]));
  if (a.evidence.length) root.append(section('Mentioned in', evidenceList(a.evidence, [a.label, ...a.aliases], docs)));
  root.append(...relationSections(g, key, act, docs));
  if (a.documents.length) root.append(section('Documents', documentList(a.documents, docs)));
  return root;
}

export function renderEdgePanel(g: ViewGraph, key: string, docs: Map<string, DocInfo>, act: PanelActions): HTMLElement {
  const a = g.getEdgeAttributes(key);
  const [s, t] = g.extremities(key);
  const sa = g.getNodeAttributes(s);
  const ta = g.getNodeAttributes(t);
  const root = el('div', { class: 'panel-body' });
  root.append(
    el('h2', {}, [nodeLink(s, sa.label, act), el('span', { class: 'arrow', text: a.directed ? ' → ' : ' — ' }), nodeLink(t, ta.label, act)]),
    el('p', { class: 'meta' }, [
      el('span', { class: `badge rel-${a.relation}`, text: a.relation }),
      a.label && a.label !== a.relation ? el('span', { class: 'badge', text: a.label }) : null,
      el('span', { text: ` ${a.weight} sentence${a.weight === 1 ? '' : 's'}` }),
    ]),
    section('Evidence', evidenceList(a.evidence, [sa.label, ...sa.aliases, ta.label, ...ta.aliases], docs)),
  );
  if (a.documents.length) root.append(section('Documents', documentList(a.documents, docs)));
  return root;
}

function relationSections(g: ViewGraph, key: string, act: PanelActions, docs: Map<string, DocInfo>): HTMLElement[] {
  const groups = new Map<string, { edge: string; other: string; a: EdgeView; out: boolean }[]>();
  g.forEachEdge(key, (edge, a, s, t) => {
    const other = s === key ? t : s;
    const group = a.directed ? `${a.relation}:${s === key ? 'out' : 'in'}` : a.relation;
    const list = groups.get(group) ?? [];
    list.push({ edge, other, a, out: s === key });
    groups.set(group, list);
  });
  const order = [...SECTION_ORDER, ...[...groups.keys()].filter((r) => !SECTION_ORDER.includes(r)).sort()];
  const out: HTMLElement[] = [];
  for (const rel of order) {
    const list = groups.get(rel);
    if (!list) continue;
    list.sort((x, y) => y.a.weight - x.a.weight || (g.getNodeAttribute(x.other, 'label') < g.getNodeAttribute(y.other, 'label') ? -1 : 1));
    const ul = el('ul', { class: 'relations' });
    for (const { edge, other, a, out: outgoing } of list) {
      const oa = g.getNodeAttributes(other);
      const self = g.getNodeAttributes(key);
      const direction = a.directed ? (outgoing ? '→ ' : '← ') : '';
      const summary = el('summary', {}, [
        el('span', { class: 'dir', text: direction }),
        nodeLink(other, oa.label, act),
        el('span', { class: 'weight', text: ` ×${a.weight}` }),
        a.label && a.label !== a.relation ? el('span', { class: 'label', text: ` (${a.label})` }) : null,
        el('button', { class: 'edge-open', text: 'edge', title: 'Show this relation', attrs: { type: 'button', 'data-edge': edge } }),
      ]);
      const details = el('details', {}, [summary, evidenceList(a.evidence, [oa.label, ...oa.aliases, self.label, ...self.aliases], docs)]);
      summary.querySelector('button')!.addEventListener('click', (ev) => {
        ev.preventDefault();
        act.selectEdge(edge);
      });
      ul.append(el('li', {}, [details]));
    }
    out.push(section(`${RELATION_TITLES[rel] ?? rel} (${list.length})`, ul));
  }
  return out;
}

function nodeLink(key: string, label: string, act: PanelActions): HTMLElement {
  const a = el('a', { text: label, class: 'node-link', attrs: { href: '#', 'data-node': key } });
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    act.selectNode(key);
  });
  return a;
}

function section(title: string, body: Node): HTMLElement {
  return el('section', {}, [el('h3', { text: title }), body]);
}

function evidenceList(ev: readonly Evidence[], names: string[], docs: Map<string, DocInfo>): HTMLElement {
  if (!ev.length) return el('p', { class: 'empty', text: 'No evidence sentence in this file.' });
  const ul = el('ul', { class: 'evidence' });
  for (const e of ev) {
    const d = docs.get(e.doc);
    ul.append(el('li', {}, [el('blockquote', {}, [highlighted(e.text, names)]), el('cite', {}, [safeLink(d?.url, d?.title ?? e.doc)])]));
  }
  return ul;
}

function documentList(ids: readonly string[], docs: Map<string, DocInfo>): HTMLElement {
  const ul = el('ul', { class: 'documents' });
  for (const id of ids) {
    const d = docs.get(id);
    ul.append(el('li', {}, [safeLink(d?.url, d?.title ?? id), d?.date ? el('span', { class: 'date', text: ` ${d.date.slice(0, 10)}` }) : null, d?.title ? el('span', { class: 'docid', text: ` ${id}` }) : null]));
  }
  return ul;
}
