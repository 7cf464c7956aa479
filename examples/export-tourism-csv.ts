// Export the tourism figures to CSV, with their intervals, for a spreadsheet.
// Run: npx tsx examples/export-tourism-csv.ts [out/tourism.csv]
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { byTopic, writeTable } from '../src/index.ts';

const file = process.argv[2] ?? 'out/tourism.csv';
const tourism = byTopic('tourism').select('id', 'indicator', 'surface', 'amount', 'low', 'high', 'year', 'status');
mkdirSync(dirname(file), { recursive: true });
writeTable(tourism, file);
console.log(`Wrote ${tourism.numRows()} tourism figures to ${file}`);
