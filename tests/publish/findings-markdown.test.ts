import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.ts';
import { findingsMarkdown } from '../../src/publish/findings-markdown.ts';
import type { CheckResult } from '../../src/checks/types.ts';

describe('findingsMarkdown', () => {
  const results = runChecks();
  const text = findingsMarkdown(results);
  it('counts verdicts and lists the findings with quotes and their places', () => {
    const counts = ['contradiction', 'tension', 'question', 'not_comparable', 'holds_within_rounding', 'holds'].map((verdict) => results.filter((result) => result.verdict === verdict).length);
    expect(text).toContain(`| ${counts.join(' | ')} |`);
    expect(text).toContain('## 1. Tension: Comprehensive tourism revenue: 21.7 billion yuan, against about 45.1 billion yuan for tourist arrivals (person-visits) × tourism spending per visitor');
    expect(text).toContain('*Check tourism\\_revenue\\_growth\\_2024 (total_vs_components), severity 2, news value 9.6, from the catalogue.*');
    // a sentence quoted once per story, each figure in it with its claim id and place
    expect(text).toMatch(/> — `tourism_revenue_2023` 217亿元, characters \d+–\d+, section 1$/m);
    const story = text.slice(text.indexOf('## 1.'), text.indexOf('## 2.'));
    const quoted = story.split('\n').filter((line) => line.startsWith('> ') && !line.startsWith('> —'));
    expect(new Set(quoted).size).toBe(quoted.length);
  });
  it('escapes markup in text from the data', () => {
    const hostile = { ...results[0], check: 'x', explanation_en: '<img src=x onerror=alert(1)> **bold**', quotes: [] } as CheckResult;
    const out = findingsMarkdown([hostile]);
    expect(out).toContain('\\<img src=x onerror=alert(1)\\> \\*\\*bold\\*\\*');
    expect(out).not.toMatch(/(?<!\\)<img/);
  });
});

describe('findingsMarkdown with markup in a claims field', () => {
  it('escapes the section of every quote place: no raw HTML, no link, no heading from the data', async () => {
    const { cpSync, mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { BUNDLED_REPORT_DIR } = await import('../../src/report/bundled-report.ts');
    const { loadReport } = await import('../../src/report/load-report.ts');
    const dir = mkdtempSync(join(tmpdir(), 'markdown-section-'));
    cpSync(BUNDLED_REPORT_DIR, dir, { recursive: true });
    const hostile = '"2.7 <img src=x onerror=alert(1)> [x](javascript:alert(1))\n# pwned"';
    writeFileSync(join(dir, 'claims.csv'), readFileSync(join(dir, 'claims.csv'), 'utf8').replaceAll(',trade_opening,2.7,', `,trade_opening,${hostile},`));
    const report = loadReport(dir);
    const out = findingsMarkdown(runChecks(report), { report });
    expect(out).toContain('section 2.7 \\<img src=x onerror=alert(1)\\> \\[x\\](javascript:alert(1))');
    expect(out).not.toMatch(/(?<!\\)<img|(?<!\\)\[x\]\(javascript:/);
    expect(out).not.toMatch(/^# pwned/m);
  });
});
