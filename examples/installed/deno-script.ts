// A Deno script in your own project, next to its node_modules (deno.json: { "nodeModulesDir": "manual" }).
// Run: deno run --allow-read deno-script.ts
import { bundledReport, findingsOf, runChecks } from 'npm:wulong-factcheck';

const sorted = findingsOf(runChecks(bundledReport()));
console.log(`${sorted.findings.length} findings; first: ${sorted.stories[0]?.lead.check}`);
