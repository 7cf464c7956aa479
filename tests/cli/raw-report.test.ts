import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/load-report.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (args: readonly string[]) => spawnSync(process.execPath, [join(root, 'bin', 'wulong-factcheck.mjs'), ...args], { cwd: root, encoding: 'utf8' });

/** A folder with only the fixture's report.txt in it, as a newcomer brings it, checked by the command into out/. */
function checkRaw(name: string, ...extra: string[]) {
  const dir = mkdtempSync(join(tmpdir(), `raw-${name}-`));
  cpSync(join(root, 'tests', 'fixtures', 'reports', name, 'report.txt'), join(dir, 'report.txt'));
  const out = join(dir, 'out');
  const run = bin(['check', '--report', dir, '--out', out, ...extra]);
  return { dir, out, run, read: (file: string) => readFileSync(join(out, file), 'utf8') };
}

describe('check --report on a folder with only report.txt', () => {
  it('a work report: drafts the claims, checks them, and writes findings, charts and a story page that say the claims are unreviewed', () => {
    const { dir, out, run, read } = checkRaw('work-report');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Read as a government work report of 青岚县: results of 2024, targets for 2025 \(from its headings\)\.\n.* has no claims\.csv: 50 claims were drafted from its text and are unreviewed/);
    // The figures the text ties together are checked: a 2025 target below the 2024 result.
    expect(run.stdout).toContain('The 2025 target for 高标准农田, 20,000 mu, is below the 2024 figure of 26,000');
    expect(run.stdout).not.toMatch(/矛盾 Contradiction/);
    for (const file of ['claims.csv', 'manifest.json', 'findings.json', 'findings.md', 'story.html', 'story.md']) expect(existsSync(join(out, file)), file).toBe(true);
    expect(readdirSync(join(out, 'charts')).filter((file) => file.endsWith('.svg')).length).toBeGreaterThanOrEqual(2);
    const page = read('story.html');
    expect(page).toContain('青岚县政府工作报告');
    expect(page).toContain('rest on claims a program extracted');
    expect(page).not.toMatch(/Source: ,|Source: ;|given ,/);
    // The draft written beside the outputs loads as it is, once put beside the text.
    cpSync(join(out, 'claims.csv'), join(dir, 'claims.csv'));
    const report = loadReport(dir);
    expect(report.rows).toHaveLength(50);
    expect(report.years).toEqual({ review: 2024, plan: 2025, from: 'headings' });
    expect(report.manifest.source.title).toBe('青岚县政府工作报告');
  });

  it('a statistical bulletin (no targets): results dated its own year, no chart of targets, and a line saying why', () => {
    const { out, run, read } = checkRaw('bulletin');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Read as a statistical bulletin of 云溪市: results of 2024, no targets \(from its title\)\./);
    expect(run.stdout).toContain('Chart "target-vs-actual" left out: The report sets no targets (a statistical bulletin sets none), so there is nothing to draw against its results.');
    expect(run.stdout).not.toMatch(/topic filter/);
    const claims = JSON.parse(read('findings.json')) as { family: string; verdict: string; statement_en: string }[];
    // 其中 ties the three sectors to GDP, and exports and imports to trade: the parts are checked against their wholes.
    expect(claims.filter((result) => result.family === 'parts_vs_total').map((result) => result.verdict)).toEqual(['holds', 'holds', 'holds']);
    const draft = read('claims.csv');
    expect(draft).not.toMatch(/,图|,2020,|,1,1,number,count/);
    expect(draft).toMatch(/,2860\.35 亿元,2860\.35,100000000,yuan,level,2024,estimate,/);
    // (the surface guarded for spreadsheets, as every formula-like cell is; it loads back as written)
    expect(draft).toMatch(/,'-1\.8‰,-1\.8,1,permille,rate,2024,actual,/);
    expect(draft).toMatch(/,7\.5∶38\.5∶54\.0,7\.5∶38\.5∶54\.0,1,code,code,2024,estimate,.*written as a parts of a whole, kept as text/);
    expect(draft).toMatch(/table cell \(row 全体居民人均可支配收入, column 绝对数（元）\)/);
    expect(readFileSync(join(out, 'story.html'), 'utf8')).toContain('云溪市2024年国民经济和社会发展统计公报');
  });

  it('a report on the execution of the plan, with the source given by flags where the text is silent', () => {
    const { run, read } = checkRaw('plan-execution', '--published', '2025-01-20', '--url', 'https://example.org/nanping');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Read as a report on the execution of the plan of 南屏区: results of 2024, targets for 2025/);
    expect(JSON.parse(read('manifest.json')).source).toMatchObject({ date_given: '2025-01-10', date_published: '2025-01-20', url: 'https://example.org/nanping' });
    // 完成年度计划的103% is a percentage of the plan, not a rate that cannot pass 100%.
    expect(run.stdout).not.toMatch(/outside what is possible/);
    expect(read('story.md')).toContain('published 2025-01-20');
  });

  it('drafts with the folder\'s own manifest (its years and source), never offering a draft manifest to copy over it; options go over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'own-manifest-'));
    cpSync(join(root, 'tests', 'fixtures', 'reports', 'bulletin', 'report.txt'), join(dir, 'report.txt'));
    const manifest = { dataset: 'yunxi', description: 'mine', source: { title: '云溪公报', publisher: '云溪市统计局', url: '', date_given: '2025-03-20', date_published: '', speaker: '' }, years: { review: 2023 }, files: [] };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const out = join(dir, 'out');
    const run = bin(['check', '--report', dir, '--out', out, '--published', '2025-03-22']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/The draft is in .*claims\.csv: review it, put it beside report\.txt/);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    // the manifest's year dates the figures, and the published date given is on the page
    expect(readFileSync(join(out, 'claims.csv'), 'utf8')).toMatch(/,2860\.35 亿元,2860\.35,100000000,yuan,level,2023,estimate,/);
    expect(readFileSync(join(out, 'story.md'), 'utf8')).toContain('published 2025-03-22');
  });

  it('says what to type when a year or date option is wrong', () => {
    const wrong = bin(['check', '--report', 'x', '--plan-year', '25']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/--plan-year takes a year of four digits/);
  });
});
