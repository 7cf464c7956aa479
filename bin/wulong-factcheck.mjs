#!/usr/bin/env node
// The package's command: `npx wulong-factcheck [check|extract|help] …` (sources: src/cli/main.ts).
// It runs the built JavaScript in dist/ (`npm run build`; `npm ci` and `npm pack` build it too).
await import('../dist/cli.js');
