#!/usr/bin/env node
// The package's command: `npx wulong-factcheck [check|extract|help] …` (sources: src/cli/main.ts).
// It runs the JavaScript built into dist/: an installed package ships it; in a clone of the
// repository, `npm run build` makes it (`npm start`, `npm pack` and the tests build it first).
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/cli.js', import.meta.url))) {
  process.stderr.write('wulong-factcheck has not been built in this folder: run "npm run build" (or use "npm start"), then try again.\n');
  process.exit(1);
}
await import('../dist/cli.js');
