// Locates the package's own folders (data/, viewer/) from the running module,
// the same way from src/ (tests) and dist/ (the built CLI): both sit one level
// below the package root.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('entigraph: cannot find the package root (package.json + data/) above ' + fileURLToPath(import.meta.url));
}

export const PACKAGE_ROOT = findRoot();
export const DATA_DIR = join(PACKAGE_ROOT, 'data');
