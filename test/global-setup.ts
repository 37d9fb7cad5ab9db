// One temporary folder per test run: every test's mkdtemp (and every CLI the
// tests start) lands in it through TMPDIR, and it is removed when the run ends,
// so repeated runs do not fill the disk with corpora, caches and graphs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'entigraph-test-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
