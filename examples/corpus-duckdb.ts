// Every GDP growth target in a folder of reports, with its place and the sentence it is set in,
// asked of the corpus tables with DuckDB.
// Run: npx tsx examples/corpus-duckdb.ts [corpus-folder]   (default: the bundled report and the three sample texts of the tests)
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { BUNDLED_REPORT_DIR, checkCorpus } from '../src/index.ts';

// A corpus: one folder per report (with its claims, or only its text) or one text file per report.
let corpus = process.argv[2];
if (corpus === undefined) {
  corpus = mkdtempSync(join(tmpdir(), 'corpus-'));
  cpSync(BUNDLED_REPORT_DIR, join(corpus, 'wulong-2024'), { recursive: true });
  const samples = join(import.meta.dirname, '..', 'tests', 'fixtures', 'reports');
  for (const name of readdirSync(samples).filter((entry) => !entry.includes('.'))) cpSync(join(samples, name, 'report.txt'), join(corpus, `${name}.txt`));
}
const out = mkdtempSync(join(tmpdir(), 'corpus-out-'));
const summary = await checkCorpus(corpus, { out });
console.log(`${summary.reports.length} reports, ${summary.claims} claims, ${summary.findings} check results`);

const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const claims = `read_parquet('${join(out, 'claims.parquet')}')`;
const targets = await connection.runAndReadAll(`
  SELECT place, year, surface, reviewed, sentence
  FROM ${claims}
  WHERE kind = 'growth' AND status = 'target' AND indicator LIKE '%地区生产总值%'
  ORDER BY year, place`);
for (const row of targets.getRowObjects()) {
  console.log(`${row.year} ${row.place}: ${row.surface}${row.reviewed ? '' : ' (drafted, not reviewed)'} — ${String(row.sentence).slice(0, 60)}`);
}
// And the findings a reader would look at first, across the corpus.
const top = await connection.runAndReadAll(`
  SELECT report, verdict, headline_en FROM read_parquet('${join(out, 'findings.parquet')}')
  WHERE verdict IN ('contradiction', 'tension') ORDER BY newsworthiness DESC LIMIT 3`);
for (const row of top.getRowObjects()) console.log(`${row.report}: ${row.verdict}: ${row.headline_en}`);
