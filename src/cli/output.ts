// What the commands print: warnings and progress on stderr, results on stdout.
import { SKIPPABLE, type EntigraphError } from '../errors.js';

export interface Reporter {
  warn(err: EntigraphError): void;
  /** Documents done and characters read; total characters when known (for the ETA). */
  progress(done: number, chars: number, totalChars?: number): void;
  /** A phase after reading ("building the graph"). */
  phase(text: string): void;
  done(): void;
}

/** Progress on stderr, only when stderr is a terminal and the run takes more than a moment. */
export function makeReporter(opts: { quiet?: boolean } = {}): Reporter {
  const tty = process.stderr.isTTY === true && !opts.quiet;
  const started = Date.now();
  let shown = false;
  let last = 0;
  return {
    warn(err) {
      if (shown) process.stderr.write('\r\x1b[K');
      process.stderr.write(`warning: ${err.message}${SKIPPABLE.has(err.code) ? ' (skipped)' : ''}\n`);
    },
    progress(done, chars, totalChars) {
      if (!tty) return;
      const now = Date.now();
      if (now - started < 1500 || now - last < 250) return;
      last = now;
      shown = true;
      const secs = (now - started) / 1000;
      const mbps = chars / 1e6 / secs;
      const eta = totalChars && chars > 0 ? ` · ETA ${formatSecs(((totalChars - chars) / chars) * secs)}` : '';
      process.stderr.write(`\r\x1b[K  ${done.toLocaleString('en')} documents · ${Math.round(done / secs).toLocaleString('en')} docs/s · ${mbps.toFixed(1)} MB/s${eta}`);
    },
    phase(text) {
      if (!tty) return;
      shown = true;
      process.stderr.write(`\r\x1b[K  ${text}…`);
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

function formatSecs(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  return s < 90 ? `${Math.round(s)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}
