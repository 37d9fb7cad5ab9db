// `entigraph extract [inputs...]`: the entities of each document as JSON Lines,
// with exact offsets and the node each one resolves to. This is how extraction
// accuracy is measured on annotated corpora.
import { Command } from 'commander';
import { CorpusAggregate } from '../../graph/aggregate.js';
import { analyzeDocument, forEachDocument } from '../../pipeline.js';
import { resolveGlobal } from '../../resolve/global.js';
import type { EntityType } from '../../types.js';
import { makeReporter } from '../output.js';

interface DocMentions {
  id: string;
  mentions: { start: number; end: number; text: string; key: string }[];
}

export const extractCommand = new Command('extract')
  .description('Print the entities of each document as JSON Lines: {"id", "entities":[{start, end, text, type, entity}]}')
  .argument('[inputs...]', 'files or folders (.txt .md .html .htm .jsonl), or - for stdin', ['seeds'])
  .option('--strict', 'stop at the first bad input instead of skipping it')
  .addHelpText(
    'after',
    `
Offsets are JavaScript string offsets (UTF-16 code units) into each document's
text as read (for .html/.md files: the text extracted from the page).

Examples:
  $ entigraph extract seeds/
  $ entigraph extract annotated.jsonl > predictions.jsonl`,
  )
  .action(async (inputs: string[], opts: { strict?: boolean }) => {
    const rep = makeReporter();
    const agg = new CorpusAggregate({ evidence: 1, documents: 1 });
    const docs: DocMentions[] = [];
    await forEachDocument(inputs, { strict: opts.strict ?? false, onWarning: (e) => rep.warn(e) }, (doc, i) => {
      const a = analyzeDocument(doc, { mentions: true });
      agg.add(a, i);
      docs.push({
        id: a.id,
        mentions: a.mentions!.filter((m) => m.entity >= 0).map((m) => ({ start: m.start, end: m.end, text: m.text, key: a.entities[m.entity]!.key })),
      });
    });
    const res = resolveGlobal(agg.entities.values(), agg.mainLang());
    const typeOf = new Map<string, EntityType>(res.entities.map((e) => [e.key, e.type]));
    let out = '';
    for (const d of docs) {
      const entities = [];
      for (const m of d.mentions) {
        const node = res.nodeOf.get(m.key);
        if (!node) continue;
        entities.push({ start: m.start, end: m.end, text: m.text, type: typeOf.get(node)!, entity: node });
      }
      out += JSON.stringify({ id: d.id, entities }) + '\n';
      if (out.length > 65536) {
        process.stdout.write(out);
        out = '';
      }
    }
    process.stdout.write(out);
  });
