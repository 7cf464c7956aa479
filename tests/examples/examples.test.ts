import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (name: string, ...args: string[]): string =>
  execFileSync(process.execPath, ['--import', 'tsx', join('examples', name), ...args], { cwd: root, encoding: 'utf8' });

describe('examples/', () => {
  it('has a test below for every example (examples/installed/ runs from an installed package: tests/package)', () => {
    expect(readdirSync(join(root, 'examples')).sort()).toEqual([
      'corpus-duckdb.ts', 'export-tourism-csv.ts', 'imports-exports-target.ts', 'installed', 'targets-below-2023.ts', 'tourism-arithmetic.ts', 'tourism-chart.ts',
    ]);
  });

  it('corpus-duckdb: the GDP growth targets of four reports, each with its place and whether a person reviewed it', () => {
    const lines = run('corpus-duckdb.ts').trim().split('\n');
    expect(lines[0]).toBe('4 reports, 510 claims, 189 check results');
    expect(lines.slice(1, 4)).toEqual([
      expect.stringMatching(/^2024 重庆市武隆区: 6\.5% — 预期目标是:地区生产总值增长6\.5%/),
      expect.stringMatching(/^2025 南屏区: 5\.5%左右 \(drafted, not reviewed\) — /),
      expect.stringMatching(/^2025 青岚县: 6%左右 \(drafted, not reviewed\) — /),
    ]);
    expect(lines[4]).toMatch(/^wulong-2024: (contradiction|tension): /);
  });

  it('imports-exports-target: a contradiction of 1.47 points (10% against 9200 / 8477 − 1 = 8.53%)', () => {
    const out = run('imports-exports-target.ts');
    expect(out).toMatch(/^contradiction \(gap 1\.47\d* percentage points\)/);
    expect(out).toContain('进出口总额目标9200万元比基数8477万元增长8.53%');
  });

  it('targets-below-2023: seventeen targets, the lowest first (11 projects after 36, a changed wording: 30.6%; 100 km of roads after 230: 43.5%)', () => {
    const lines = run('targets-below-2023.ts').trim().split('\n');
    expect(lines[0]).toBe('17 targets are below their 2023 result:');
    expect(lines[1]).toBe(`  industrial_projects_accelerated_2024: ${((11 / 36) * 100).toFixed(1)}% of the 2023 result (the wording changed)`);
    expect(lines[2]).toBe(`  rural_roads_2024_target: ${((100 / 230) * 100).toFixed(1)}% of the 2023 result`);
    expect(lines).toHaveLength(18);
  });

  it('tourism-arithmetic: 450.4亿 to 451.1亿 against 216.5亿 to 217.5亿', () => {
    expect(run('tourism-arithmetic.ts').split('\n')).toEqual([
      // [4493.5万 × 1002.5, 4494.5万 × 1003.5] = [450.473亿, 451.023亿], written outward at 4 digits
      'arrivals × spending: 450.4亿元至451.1亿元',
      'reported revenue:    216.5亿元至217.5亿元',
      `contradiction: the reported revenue is ${((217e8 / (44940000 * 1003)) * 100).toFixed(1)}% of the product`,
      '',
    ]);
  });

  it('export-tourism-csv: writes every tourism figure with its interval', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'example-')), 'sub', 'tourism.csv');
    const out = run('export-tourism-csv.ts', file);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('id,indicator,surface,amount,low,high,year,status');
    expect(out).toBe(`Wrote ${lines.length - 1} tourism figures to ${file}\n`);
    expect(lines.some((line) => line.startsWith('tourism_revenue_2023,旅游综合收入,217亿元,21700000000,21650000000,21750000000,2023,actual'))).toBe(true);
  });

  it('tourism-chart: writes the SVG of the 2024 tourism growth check', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'example-')), 'growth.svg');
    // a tension: the catalogue names the reading under which the figures contradict each other
    expect(run('tourism-chart.ts', file)).toBe(`Wrote ${file}: tension, gap -19.2556 percentage points\n`);
    // at least 1.095 × 1099.5 / 1003.5 − 1 = 19.97%, written outward at three figures: 19.9%以上
    expect(readFileSync(file, 'utf8')).toMatch(/^<svg[\s\S]*19\.9%以上/);
  });
});
