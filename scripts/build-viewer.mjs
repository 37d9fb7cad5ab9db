#!/usr/bin/env node
// Bundles the viewer (viewer/src → dist/viewer/viewer.js) with esbuild and copies
// its page and stylesheet. The CLI serves these files and inlines them into
// graph.html.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = new URL('../dist/viewer/', import.meta.url);
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [new URL('../viewer/src/main.ts', import.meta.url).pathname],
  outfile: new URL('viewer.js', out).pathname,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: process.env.VIEWER_MINIFY !== '0',
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync(new URL('../viewer/index.html', import.meta.url), new URL('index.html', out));
copyFileSync(new URL('../viewer/style.css', import.meta.url), new URL('viewer.css', out));
