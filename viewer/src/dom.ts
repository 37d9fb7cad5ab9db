// Building DOM from article data without ever parsing it as HTML: every string
// from a graph file goes in as a text node.

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; text?: string; title?: string; attrs?: Record<string, string> } = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.class) e.className = props.class;
  if (props.text !== undefined) e.textContent = props.text;
  if (props.title) e.title = props.title;
  for (const [k, v] of Object.entries(props.attrs ?? {})) e.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/** A link only for http(s) URLs; anything else becomes plain text. */
export function safeLink(url: string | undefined, text: string): Node {
  if (url && /^https?:\/\//i.test(url)) {
    const a = el('a', { text, attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } });
    return a;
  }
  return document.createTextNode(text);
}

/** Text with every occurrence of the given names wrapped in <mark>, as text nodes. */
export function highlighted(text: string, names: readonly string[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const wanted = [...new Set(names.filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  if (!wanted.length) {
    frag.append(text);
    return frag;
  }
  const re = new RegExp(wanted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index! > last) frag.append(text.slice(last, m.index));
    frag.append(el('mark', { text: m[0] }));
    last = m.index! + m[0].length;
  }
  if (last < text.length) frag.append(text.slice(last));
  return frag;
}
