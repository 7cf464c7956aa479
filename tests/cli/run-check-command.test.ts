import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasCheckChart } from '../../src/charts/has-check-chart.ts';
import { findingsOf } from '../../src/checks/findings-of.ts';
import { runChecks } from '../../src/checks/run-checks.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The command as users run it: the bin, running the JavaScript built from these sources (the global setup builds it). */
const start = (args: string[], env: Record<string, string> = {}) =>
  execFileSync(process.execPath, ['bin/wulong-factcheck.mjs', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm start', () => {
  it('prints the findings and writes out/findings.json and out/findings.md', () => {
    const out = mkdtempSync(join(tmpdir(), 'findings-'));
    const text = start(['--out', out], { NO_COLOR: '1' });
    // the findings in words come first; the dataset summary only when asked for
    expect(text.split('\n')[0]).toMatch(/^发现 Findings: \d+ checks run/);
    expect(text).not.toContain('numeric expressions');
    expect(start(['--out', out, '--summary'], { NO_COLOR: '1' })).toContain('重庆市武隆区人民政府工作报告 — 380 numeric expressions');
    expect(text).not.toContain('\u001b[');
    const json = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as { check: string }[];
    expect(json.map((row) => row.check)).toEqual(runChecks().map((result) => result.check));
    expect(readFileSync(join(out, 'findings.md'), 'utf8')).toMatch(/^# Fact-check: /);
    const charts = readdirSync(join(out, 'charts'));
    // the overview charts, and one per featured story that has a finding with intervals to draw
    const drawn = findingsOf(runChecks()).featured.filter((story) => [story.lead, ...story.supporting].some(hasCheckChart));
    expect(drawn.length).toBeGreaterThan(3);
    expect(charts.filter((file) => file.endsWith('.vl.json'))).toHaveLength(3 + drawn.length);
    expect(charts.filter((file) => file.endsWith('.svg'))).toHaveLength(3 + drawn.length);
    expect(charts).toContain('check-tourism_revenue_identity_2023.svg');
    const spec = JSON.parse(readFileSync(join(out, 'charts', 'target-vs-actual.vl.json'), 'utf8')) as { $schema: string };
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
    expect(readFileSync(join(out, 'charts', 'check-tourism_revenue_identity_2023.svg'), 'utf8')).toMatch(/^<svg[\s\S]*>217亿元</);
    expect(text).toContain(`${3 + drawn.length} charts in`);
  });
  it('prints the findings JSON alone with --json', () => {
    const json = JSON.parse(start(['--json'])) as { check: string; verdict: string }[];
    expect(json[0]).toMatchObject({ check: 'tourism_revenue_identity_2023', verdict: 'tension', cluster: 1 });
  });
  it('rejects an unknown option with a clear message', () => {
    expect(() => execFileSync(process.execPath, ['bin/wulong-factcheck.mjs', '--jsno'], { cwd: root, encoding: 'utf8', stdio: 'pipe' }))
      .toThrow(/Unknown option "--jsno"/);
  });
});
