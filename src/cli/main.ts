#!/usr/bin/env node
// entigraph's command line. The only place that exits the process.
import { Command, CommanderError } from 'commander';
import { EntigraphError } from '../errors.js';
import { removePendingFiles } from '../export/atomic.js';
import { VERSION } from '../version.js';
import { buildCommand } from './commands/build.js';
import { extractCommand } from './commands/extract.js';
import { mergeCommand } from './commands/merge.js';
import { htmlCommand, viewCommand } from './commands/view.js';

export function makeProgram(): Command {
  return new Command('entigraph')
    .description('Turn a folder of news articles into a knowledge graph of the people, organizations and countries in them.')
    .version(VERSION)
    .addCommand(buildCommand)
    .addCommand(extractCommand)
    .addCommand(mergeCommand)
    .addCommand(viewCommand)
    .addCommand(htmlCommand)
    .showHelpAfterError('(run with --help for usage)');
}

async function main(argv: string[]): Promise<number> {
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      removePendingFiles();
      process.stderr.write(`\nentigraph: interrupted; no output file was left half-written\n`);
      process.exit(130);
    });
  }
  const program = makeProgram().exitOverride();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode; // commander printed the message
    if (err instanceof EntigraphError) {
      process.stderr.write(`entigraph: ${err.message}\n`);
      return err.code === 'E_USAGE' ? 2 : 1;
    }
    process.stderr.write(`entigraph: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
