// Cold start in Deno, baseline: import Arquero alone (from the project's node_modules) and make one table.
// @ts-nocheck Deno resolves this file, not the project's tsc.
const aq = await import('arquero');
aq.table({ a: [1] });
