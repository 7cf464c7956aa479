#!/usr/bin/env node
// The package's command: `npx wulong-factcheck [check|extract] …` (see src/cli/main.ts).
// The library ships as TypeScript; tsx's loader lets Node run it as it is.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
