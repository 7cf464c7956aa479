import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromArrow } from 'arquero';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCorpus, type CorpusSummary } from '../../src/corpus/check-corpus.ts';
import { runChecks } from '../../src/checks/run-checks.ts';
import { BUNDLED_REPORT_DIR, bundledReport } from '../../src/report/bundled-report.ts';

const fixtures = fileURLToPath(new URL('../fixtures/reports/', import.meta.url));
const rowsOf = async (file: string) => parquetReadObjects({ file: await asyncBufferFromFile(file) }) as Promise<Record<string, unknown>[]>;

describe('checkCorpus on a folder of reports (a reviewed folder, drafted texts, and one that fails)', () => {
  const corpus = mkdtempSync(join(tmpdir(), 'corpus-'));
  const out = mkdtempSync(join(tmpdir(), 'corpus-out-'));
  let summary: CorpusSummary;
  const progress: string[] = [];
  beforeAll(async () => {
    cpSync(BUNDLED_REPORT_DIR, join(corpus, 'wulong-2024'), { recursive: true });
    for (const name of ['work-report', 'bulletin', 'plan-execution']) cpSync(join(fixtures, name, 'report.txt'), join(corpus, `${name}.txt`));
    writeFileSync(join(corpus, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x41]));
    summary = await checkCorpus(corpus, { out, onProgress: (done, total, name) => progress.push(`${done}/${total} ${name}`) });
  });

  it('checks every report, lists the one that fails with its error, and reports progress after each', () => {
    expect(summary.reports.map((row) => [row.report, row.error === null])).toEqual([
      ['broken', false], ['bulletin', true], ['plan-execution', true], ['work-report', true], ['wulong-2024', true],
    ]);
    expect(summary.reports[0]?.error).toMatch(/is not UTF-8 text/);
    expect(progress).toEqual(['1/5 broken', '2/5 bulletin', '3/5 plan-execution', '4/5 work-report', '5/5 wulong-2024']);
  });

  it('writes one claims table with every claim of every report, in Parquet and Arrow alike', async () => {
    const claims = await rowsOf(join(out, 'claims.parquet'));
    expect(claims).toHaveLength(summary.claims);
    expect(summary.claims).toBe(380 + 50 + 52 + 28);
    expect(fromArrow(readFileSync(join(out, 'claims.arrow'))).numRows()).toBe(summary.claims);
    const gdp = claims.find((row) => row.report === 'wulong-2024' && row.id === 'gdp_2023');
    expect(gdp).toMatchObject({ place: '重庆市武隆区', surface: '273.46亿元', amount: 27346000000, low: 27345500000, high: 27346500000, reviewed: true, year: 2023 });
    expect(String(gdp?.sentence)).toContain('实现地区生产总值273.46亿元');
    const drafted = claims.filter((row) => row.report === 'bulletin');
    expect(drafted.every((row) => row.reviewed === false)).toBe(true);
    expect(drafted.find((row) => row.surface === '2860.35 亿元')).toMatchObject({ year: 2024, place: '云溪市', amount: 286035000000 });
  });

  it('writes one findings table: the bundled report\'s results as runChecks gives them, the drafts\' never contradictions', async () => {
    const findings = await rowsOf(join(out, 'findings.parquet'));
    expect(findings).toHaveLength(summary.findings);
    const wulong = findings.filter((row) => row.report === 'wulong-2024');
    expect(wulong.map((row) => [row.check, row.verdict])).toEqual(runChecks(bundledReport()).map((result) => [result.check, result.verdict]));
    expect(findings.filter((row) => row.report !== 'wulong-2024' && row.verdict === 'contradiction')).toEqual([]);
    expect(findings.find((row) => row.report === 'work-report' && row.family === 'target_below_actual' && row.verdict === 'question')?.story).toBeGreaterThanOrEqual(1);
  });

  it('writes a page per report, without scripts, and an index that links them and lists the failure', async () => {
    const reports = await rowsOf(join(out, 'reports.parquet'));
    expect(reports.map((row) => [row.report, row.type, row.review_year, row.plan_year])).toEqual([
      ['broken', null, null, null], ['bulletin', 'bulletin', 2024, null], ['plan-execution', 'plan_report', 2024, 2025], ['work-report', 'work_report', 2024, 2025], ['wulong-2024', 'work_report', 2023, 2024],
    ]);
    const page = readFileSync(join(out, 'reports', 'wulong-2024.html'), 'utf8');
    expect(page).toContain('<a href="../index.html">');
    expect(page).not.toContain('<script>');
    expect(page.length).toBeLessThan(200_000);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<a href="reports/bulletin.html">bulletin</a>');
    expect(index).toMatch(/1 report could not be checked.*<strong>broken<\/strong>: .*is not UTF-8 text/s);
    // Most doubts first: the bundled report (1 contradiction) heads the list.
    expect(index.indexOf('reports/wulong-2024.html')).toBeLessThan(index.indexOf('reports/bulletin.html'));
    expect(existsSync(join(out, 'reports', 'broken.html'))).toBe(false);
    expect(existsSync(join(out, `.staging-${process.pid}`))).toBe(false);
  });

  it('needs an output folder', async () => {
    await expect(checkCorpus(corpus, {} as never)).rejects.toThrow(/A corpus run needs an output folder/);
  });
});
