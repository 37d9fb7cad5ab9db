// graphology's layout and metric packages are CommonJS whose type declarations
// say `export default`; under NodeNext that typing does not match what Node's
// ESM loader hands over. Loading them with require gives the function itself.
import { createRequire } from 'node:module';

export const requireCjs = createRequire(import.meta.url);
