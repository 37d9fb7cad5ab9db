// Shared test helpers (not a test file: vitest only picks up *.test.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDoc } from '../src/corpus/prepare.js';
import { extractDocument } from '../src/extract/index.js';
import { analyzeDocument } from '../src/pipeline.js';
import type { DocAnalysis, DocExtraction, PreparedDoc } from '../src/types.js';
import { PACKAGE_ROOT } from '../src/util/paths.js';

export function prepare(text: string, id = 'doc.txt'): PreparedDoc {
  return prepareDoc({ id, text, meta: {}, origin: id });
}

export function extract(text: string): { doc: PreparedDoc; x: DocExtraction } {
  const doc = prepare(text);
  return { doc, x: extractDocument(doc) };
}

/** "Name/type" strings of the typed names found in a text, in order. */
export function names(text: string): string[] {
  return extract(text).x.mentions.filter((m) => m.type !== null).map((m) => `${m.text}/${m.type}`);
}

export function analyze(text: string, id = 'doc.txt'): DocAnalysis {
  return analyzeDocument({ id, text, meta: {}, origin: id });
}

/** Relations of a document as "source > target" (or "a -- b") strings with their labels. */
export function relations(text: string, relation: 'co-mention' | 'statement' | 'role'): string[] {
  const a = analyze(text);
  return a.relations
    .filter((r) => r.relation === relation)
    .map((r) => `${a.entities[r.source]!.label} ${relation === 'co-mention' ? '--' : '>'} ${a.entities[r.target]!.label}`)
    .sort();
}

/** A path in ../shared (the workspace's tools) or, failing that, its vendored copy in test/vendor. */
export function sharedTool(rel: 'eval/score-seeds.mjs' | 'tools/check-gexf/check-gexf'): string {
  const shared = join(PACKAGE_ROOT, '..', 'shared', rel);
  if (existsSync(shared)) return shared;
  return join(PACKAGE_ROOT, 'test', 'vendor', rel.replace(/^tools\//, ''));
}
