// What the commands print: warnings and progress on stderr, results on stdout.
import type { EntigraphError } from '../errors.js';

export interface Reporter {
  warn(err: EntigraphError): void;
  progress(done: number, extra?: string): void;
  done(): void;
}

/** A progress line on stderr, only when stderr is a terminal and the run takes more than a moment. */
export function makeReporter(opts: { quiet?: boolean } = {}): Reporter {
  const tty = process.stderr.isTTY === true && !opts.quiet;
  const started = Date.now();
  let shown = false;
  let last = 0;
  return {
    warn(err) {
      if (shown) process.stderr.write('\r\x1b[K');
      process.stderr.write(`warning: ${err.message} (skipped)\n`);
    },
    progress(done, extra = '') {
      if (!tty) return;
      const now = Date.now();
      if (now - started < 1500 || now - last < 200) return;
      last = now;
      shown = true;
      const secs = (now - started) / 1000;
      process.stderr.write(`\r\x1b[K  ${done.toLocaleString('en')} documents · ${Math.round(done / secs).toLocaleString('en')}/s${extra ? ' · ' + extra : ''}`);
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
