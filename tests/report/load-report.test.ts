import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_REPORT_DIR } from '../../src/report/bundled-report.ts';
import { loadReport } from '../../src/report/load-report.ts';
import { ClaimsDataError } from '../../src/errors/claims-data-error.ts';
import { ReportLoadError } from '../../src/errors/report-load-error.ts';

const folders: string[] = [];
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wulong-report-'));
  folders.push(dir);
  cpSync(BUNDLED_REPORT_DIR, dir, { recursive: true });
  return dir;
}
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('loadReport', () => {
  it('loads a copy of the bundled folder with its sections and manifest', () => {
    const report = loadReport(copy());
    expect(report.rows.length).toBe(380);
    expect(report.claims.numRows()).toBe(380);
    expect(report.sections.map((section) => section.section).slice(0, 4)).toEqual(['0', '1', '1.1', '1.2']);
    expect(report.manifest.source.speaker).toContain('左军');
    expect(report.byId.get('gdp_2023')?.surface).toBe('273.46亿元');
  });

  it('names the missing file and what a report folder needs', () => {
    const dir = copy();
    rmSync(join(dir, 'claims.csv'));
    expect(() => loadReport(dir)).toThrow(ReportLoadError);
    expect(() => loadReport(dir)).toThrow(/no claims\.csv.*report\.txt and claims\.csv/);
  });

  it('reports every claim that no longer matches an edited text, not just the first', () => {
    const dir = copy();
    const text = readFileSync(join(dir, 'report.txt'), 'utf8');
    writeFileSync(join(dir, 'report.txt'), text.replace('273.46亿元', '273.47亿元').replace('4494万人次', '4495万人次'));
    try {
      loadReport(dir);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ClaimsDataError);
      const ids = (error as ClaimsDataError).problems.map((problem) => problem.message.match(/"(\w+)"/)?.[1]);
      expect(ids).toEqual(['tourist_arrivals_2023', 'gdp_2023']);
    }
  });

  it('loads without checking when asked to (validate: false)', () => {
    const dir = copy();
    const text = readFileSync(join(dir, 'report.txt'), 'utf8');
    writeFileSync(join(dir, 'report.txt'), text.replace('273.46亿元', '273.47亿元'));
    expect(loadReport(dir, { validate: false }).rows.length).toBe(380);
  });

  it('rejects a manifest that is not JSON', () => {
    const dir = copy();
    writeFileSync(join(dir, 'manifest.json'), '{ not json');
    expect(() => loadReport(dir)).toThrow(/manifest\.json.*not valid JSON/);
  });
});
