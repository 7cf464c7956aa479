import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/load-report.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (args: readonly string[]) => spawnSync(process.execPath, [join(root, 'bin', 'wulong-factcheck.mjs'), ...args], { cwd: root, encoding: 'utf8' });

describe('the package command', () => {
  it('extract prints a draft claims CSV of a report to stdout', () => {
    const run = bin(['extract', 'data/wulong-2024/report.txt']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('id,start,end,surface,value,scale,unit,kind,year,status,qualifier,cumulative,direction,basis,indicator,indicator_en,topic,section,of,base,whole,part_of,counterpart,scope,note');
    expect(lines).toHaveLength(381);
    expect(lines.some((line) => line.includes(',4494万人次,4494,10000,person_time,count,2023,actual,exact,'))).toBe(true);
  });

  it('extract --out writes the draft, which loads with loadReport next to the text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    cpSync(join(root, 'data', 'wulong-2024', 'report.txt'), join(dir, 'report.txt'));
    const run = bin(['extract', join(dir, 'report.txt'), '--out', join(dir, 'claims.csv'), '--plan-year', '2024']);
    expect(run.stdout).toMatch(/^Wrote 380 draft claims to .*claims\.csv\. Review the guessed columns/);
    expect(run.stdout).toMatch(/\nRead as a government work report of 重庆市武隆区: results of 2023, targets for 2024 \(as given\)\.\n$/);
    const report = loadReport(dir);
    expect(report.rows).toHaveLength(380);
    expect(readFileSync(join(dir, 'claims.csv'), 'utf8').split('\n')[0]).toMatch(/^id,start,end,surface/);
  });

  it('check runs the fact-check on a report folder the user brings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'own-report-'));
    const text = '一、2023年工作回顾\n进出口总额8477万元。\n二、2024年工作安排\n实现进出口总额9200万元、增长10%以上。';
    writeFileSync(join(dir, 'report.txt'), text);
    execFileSync(process.execPath, [join(root, 'bin', 'wulong-factcheck.mjs'), 'extract', join(dir, 'report.txt'), '--out', join(dir, 'claims.csv')]);
    // The draft guesses the links the text ties: the target to the 2023 figure (counterpart), the growth rate to the target (of) and to that figure (base).
    const csv = readFileSync(join(dir, 'claims.csv'), 'utf8').split('\n');
    expect(csv.find((line) => line.includes(',9200万元,'))).toMatch(/,claim_0002,,"guessed: .*links guessed \(counterpart: /);
    expect(csv.find((line) => line.includes(',10%以上,'))).toMatch(/,claim_0004,claim_0002,,,,,guessed: .*links guessed \(of: .*; base: /);
    // Linked but not yet reviewed (the "guessed:" notes are still there): a doubt, never a contradiction.
    const draft = JSON.parse(bin(['--report', dir, '--json']).stdout) as { check: string; verdict: string; reviewed: boolean }[];
    expect(draft.find((finding) => finding.check.startsWith('target_vs_growth:'))).toMatchObject({ verdict: 'tension', reviewed: false });
    // The reviewer has checked every row and removed the notes: now the arithmetic speaks.
    writeFileSync(join(dir, 'claims.csv'), csv.map((line) => line.replace(/,"?guessed:[^\n]*$/, ',')).join('\n'));
    const run = bin(['--report', dir, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const findings = JSON.parse(run.stdout) as { check: string; verdict: string }[];
    expect(findings.find((finding) => finding.check.startsWith('target_vs_growth:'))?.verdict).toBe('contradiction');
    // The whole job too: a report with no growth rate of the year before has no growth chart, and says so.
    const out = join(dir, 'out');
    const full = bin(['--report', dir, '--out', out]);
    expect(full.status, full.stderr).toBe(0);
    expect(full.stdout).toMatch(/^Chart "growth-comparison" left out: The report.s one growth target is not linked to a growth rate of the year before \(the counterpart column of claims.csv\), so there is nothing to draw\./m);
    expect(readFileSync(join(out, 'story.html'), 'utf8')).toContain('<!DOCTYPE html>');
    expect(readFileSync(join(out, 'charts', 'target-vs-actual.vl.json'), 'utf8')).toContain('"$schema"');
  });

  it('says what to type when the arguments are wrong, with exit status 2', () => {
    expect(bin(['extract']).status).toBe(2);
    expect(bin(['extract']).stderr).toMatch(/takes one report text file, but got 0/);
    expect(bin(['extract', 'a.txt', '--plan-year']).stderr).toMatch(/--plan-year needs a value after it, e.g. --plan-year 2024/);
    expect(bin(['--report']).stderr).toMatch(/--report needs a value/);
  });
});
