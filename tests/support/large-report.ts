import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_REPORT_DIR } from '../../src/report/bundled-report.ts';

const LINK = ['of', 'base', 'whole', 'part_of', 'counterpart'];

/**
 * A report folder with `copies` copies of the bundled report (its text repeated, a blank line
 * between copies; its claims copied with their spans shifted and their ids and links suffixed
 * `_k`), and its number of claims: 380 a copy. Used by the large-table tests and benchmark.
 */
export function largeReport(copies: number): { dir: string; claims: number } {
  const dir = mkdtempSync(join(tmpdir(), 'large-report-'));
  const text = readFileSync(join(BUNDLED_REPORT_DIR, 'report.txt'), 'utf8');
  const [header = '', ...lines] = readFileSync(join(BUNDLED_REPORT_DIR, 'claims.csv'), 'utf8').trimEnd().split('\n');
  const columns = header.split(',');
  const at = (name: string) => columns.indexOf(name);
  const step = text.length + 2;
  const texts: string[] = [];
  const rows: string[] = [header];
  // Claims rows are split on commas outside quotes; the bundled file quotes cells with commas.
  const cells = (line: string) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((cell) => cell.replace(/,$/, '')) ?? [];
  const parsed = lines.map(cells);
  for (let copy = 0; copy < copies; copy += 1) {
    texts.push(text);
    for (const row of parsed) {
      const out = [...row];
      out[at('id')] = `${row[at('id')]}_${copy}`;
      out[at('start')] = String(Number(row[at('start')]) + copy * step);
      out[at('end')] = String(Number(row[at('end')]) + copy * step);
      for (const link of LINK) {
        const value = row[at(link)] ?? '';
        if (value !== '') out[at(link)] = value.split(';').map((id) => `${id}_${copy}`).join(';');
      }
      rows.push(out.slice(0, columns.length).join(','));
    }
  }
  writeFileSync(join(dir, 'report.txt'), texts.join('\n\n'));
  writeFileSync(join(dir, 'claims.csv'), `${rows.join('\n')}\n`);
  cpSync(join(BUNDLED_REPORT_DIR, 'manifest.json'), join(dir, 'manifest.json'));
  return { dir, claims: rows.length - 1 };
}

