// HTML page → article text and metadata, with htmlparser2 (a real, forgiving
// HTML parser). Menus, share buttons, related-article lists, comments, scripts
// and image file names never reach the text: only the article body does, one
// block (paragraph, heading, caption, list item) per line.
import { parseDocument, DomUtils } from 'htmlparser2';
import { Element, type AnyNode, type ChildNode } from 'domhandler';
import type { DocMeta } from '../types.js';

const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'form', 'button', 'input',
  'select', 'textarea', 'nav', 'aside', 'footer', 'img', 'picture', 'video', 'audio', 'source', 'map', 'head', 'link', 'meta', 'title',
]);
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'br', 'hr', 'tr', 'td', 'th', 'table', 'figure', 'figcaption', 'blockquote', 'pre', 'address', 'caption', 'summary', 'details',
]);
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert']);
// class/id words of page furniture (English and Vietnamese CMS conventions)
const BOILERPLATE_CLASS =
  /(^|[-_\s])(nav|navbar|menu|breadcrumbs?|share|sharing|social|related|relate|lienquan|lien-quan|tinlienquan|comments?|binhluan|binh-luan|footer|sidebar|widget|advert|adv|ads|banner|promo|popup|modal|cookie|newsletter|subscribe|tags?|keywords?|author-box|byline|bylines|authors?|author-name|contributors?|credits?|copyright|recommend(ed)?|trending|most-read|xemthem|xem-them|readmore|read-more|box-tin|tin-khac|tinkhac|video-list|hot-news)([-_\s]|$)/i;

export function htmlToText(html: string): { text: string; meta: DocMeta } {
  const dom = parseDocument(html, { decodeEntities: true });
  const meta = readMeta(dom.children);
  const root = pickRoot(dom.children);
  const lines: string[] = [];
  const h1 = DomUtils.findOne((e) => e.name === 'h1', dom.children, true);
  const headline = h1 ? clean(DomUtils.textContent(h1)) : '';
  const inRoot = (el: Element) => !!root && DomUtils.findOne((e) => e === el, [root], true) !== null;
  if (headline && h1 && !inRoot(h1)) lines.push(headline);
  // the lead paragraph many sites keep outside the article body ("sapo", "description")
  const lead = DomUtils.findOne((e) => LEAD_TAGS.has(e.name) && LEAD_CLASS.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`), dom.children, true);
  if (lead && !inRoot(lead)) flushInto(lead, lines);
  if (root) flushInto(root, lines);
  const text = lines.map((l) => l.trim()).filter((l) => l.length > 0).join('\n');
  if (!meta.title && headline) meta.title = headline;
  return { text, meta };
}

// class/id words of the lead paragraph (Vietnamese CMS: "sapo"; others: description, lead, standfirst …)
const LEAD_CLASS = /sapo|(^|[-_\s])(description|lead|standfirst|chapeau|summary)([-_\s]|$)/i;
const LEAD_TAGS = new Set(['p', 'div', 'h2', 'section']);

/** The text of one element as lines (what serialize keeps of it), its last line included. */
function flushInto(el: Element, lines: string[]): void {
  const state = { current: '' };
  serialize(el, lines, state);
  flush(lines, state);
}

function readMeta(nodes: AnyNode[]): DocMeta {
  const meta: DocMeta = {};
  const metaContent = (pred: (e: Element) => boolean): string | undefined => {
    const el = DomUtils.findOne((e) => e.name === 'meta' && pred(e), nodes, true);
    const v = el?.attribs.content?.trim();
    return v ? v : undefined;
  };
  const prop = (p: string) => (e: Element) => (e.attribs.property ?? e.attribs.name ?? '').toLowerCase() === p;
  const ld = readJsonLd(nodes);
  const titleEl = DomUtils.findOne((e) => e.name === 'title', nodes, true);
  const title = metaContent(prop('og:title')) ?? ld.headline ?? (titleEl ? clean(DomUtils.textContent(titleEl)) : undefined);
  const date =
    metaContent(prop('article:published_time')) ?? ld.datePublished ?? metaContent(prop('pubdate')) ?? metaContent(prop('publishdate')) ??
    metaContent(prop('date')) ?? metaContent(prop('dc.date')) ?? DomUtils.findOne((e) => e.name === 'time' && !!e.attribs.datetime, nodes, true)?.attribs.datetime;
  const canonical = DomUtils.findOne((e) => e.name === 'link' && (e.attribs.rel ?? '').toLowerCase() === 'canonical', nodes, true)?.attribs.href;
  const url = canonical ?? metaContent(prop('og:url')) ?? ld.url;
  const author = metaContent(prop('author')) ?? ld.author;
  const source = metaContent(prop('og:site_name')) ?? ld.publisher;
  if (title) meta.title = title;
  if (date) meta.date = date;
  if (url && /^https?:\/\//i.test(url)) meta.url = url;
  if (author) meta.author = author;
  if (source) meta.source = source;
  return meta;
}

interface LdFields { headline?: string; datePublished?: string; url?: string; author?: string; publisher?: string }

function readJsonLd(nodes: AnyNode[]): LdFields {
  const out: LdFields = {};
  const scripts = DomUtils.findAll((e) => e.name === 'script' && (e.attribs.type ?? '').toLowerCase() === 'application/ld+json', nodes);
  for (const s of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(DomUtils.textContent(s));
    } catch {
      continue;
    }
    const items: unknown[] = Array.isArray(data) ? data : [data];
    for (const item of items.flatMap((i) => (i && typeof i === 'object' && Array.isArray((i as { '@graph'?: unknown[] })['@graph']) ? (i as { '@graph': unknown[] })['@graph'] : [i]))) {
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      if (!/Article|NewsArticle|BlogPosting|Report/i.test(String(o['@type'] ?? ''))) continue;
      const name = (v: unknown): string | undefined => {
        const first = Array.isArray(v) ? v[0] : v;
        if (typeof first === 'string') return first;
        if (first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string') return (first as { name: string }).name;
        return undefined;
      };
      out.headline ??= typeof o.headline === 'string' ? o.headline : undefined;
      out.datePublished ??= typeof o.datePublished === 'string' ? o.datePublished : undefined;
      out.url ??= typeof o.url === 'string' ? o.url : undefined;
      out.author ??= name(o.author);
      out.publisher ??= name(o.publisher);
    }
  }
  return out;
}

/** The element that holds the article: articleBody, the largest <article>, <main>, or <body>. */
function pickRoot(nodes: AnyNode[]): Element | null {
  const byProp = DomUtils.findOne((e) => (e.attribs.itemprop ?? '').toLowerCase() === 'articlebody', nodes, true);
  if (byProp) return byProp;
  const articles = DomUtils.findAll((e) => e.name === 'article', nodes);
  if (articles.length) return articles.reduce((a, b) => (contentLength(b) > contentLength(a) ? b : a));
  return (
    DomUtils.findOne((e) => e.name === 'main' || (e.attribs.role ?? '') === 'main', nodes, true) ??
    DomUtils.findOne((e) => e.name === 'body', nodes, true) ??
    // a fragment ("<p>…</p><p>…</p>", as JSONL corpora hold articles): all of it
    (nodes.length ? new Element('div', {}, nodes as ChildNode[]) : null)
  );
}

function contentLength(el: Element): number {
  return DomUtils.textContent(el).replace(/\s+/g, ' ').length;
}

function isDropped(el: Element): boolean {
  if (DROP_TAGS.has(el.name)) return true;
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  if (DROP_ROLES.has((a.role ?? '').toLowerCase())) return true;
  if (BOILERPLATE_CLASS.test(`${a.class ?? ''} ${a.id ?? ''}`)) return true;
  if (/display\s*:\s*none/i.test(a.style ?? '')) return true;
  return isLinkList(el);
}

/** A list or box whose text is mostly links (related articles, tag clouds, menus). */
function isLinkList(el: Element): boolean {
  if (!['ul', 'ol', 'div', 'section', 'table'].includes(el.name)) return false;
  const links = DomUtils.findAll((e) => e.name === 'a', el.children);
  // a list of two linked headlines is already a "related articles" box; a box of text needs more
  if (links.length < (el.name === 'ul' || el.name === 'ol' ? 2 : 3)) return false;
  const total = contentLength(el);
  const linked = links.reduce((n, a) => n + DomUtils.textContent(a).replace(/\s+/g, ' ').length, 0);
  return total > 0 && linked / total > 0.6;
}

function serialize(node: AnyNode, lines: string[], state: { current: string }): void {
  if (node.type === 'text') {
    state.current += (node as unknown as { data: string }).data;
    return;
  }
  if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return;
  const el = node as Element;
  if (isDropped(el)) return;
  const block = BLOCK_TAGS.has(el.name);
  if (block) flush(lines, state);
  const first = lines.length;
  for (const child of el.children) serialize(child, lines, state);
  if (block) flush(lines, state);
  // "Supporters celebrated in Velgrad. Getty Images": a caption's closing credit
  if (el.name === 'figcaption') for (let k = first; k < lines.length; k++) lines[k] = lines[k]!.replace(CAPTION_CREDIT, '');
}

// a caption's last sentence of only capitalised words (an agency or a photographer: "Getty Images", "AFP via Getty Images")
const CAPTION_CREDIT = /(?<=[.!?])\s+\p{Lu}[\p{L}\p{M}.&'’\/-]*(?:\s+(?:via\s+)?\p{Lu}[\p{L}\p{M}.&'’\/-]*){0,4}\s*$/u;

function flush(lines: string[], state: { current: string }): void {
  const line = clean(state.current);
  if (line) lines.push(line);
  state.current = '';
}

function clean(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
