import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (args: readonly string[]) => spawnSync(process.execPath, [join(root, 'bin', 'wulong-factcheck.mjs'), ...args], { cwd: root, encoding: 'utf8' });

describe('wulong-factcheck corpus', () => {
  it('checks a folder of reports into its tables and pages, listing a failure without stopping', () => {
    const corpus = mkdtempSync(join(tmpdir(), 'corpus-cmd-'));
    cpSync(join(root, 'tests', 'fixtures', 'reports', 'bulletin', 'report.txt'), join(corpus, 'yunxi.txt'));
    writeFileSync(join(corpus, 'latin1.txt'), Buffer.from([0x41, 0xe9, 0x41]));
    const out = join(corpus, 'out');
    const run = bin(['corpus', corpus, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Checked 2 reports: 1 checked, 1 failed; 52 claims and \d+ check results\.\n  failed: latin1: .*is not UTF-8.*\nWrote .*claims\.parquet, findings\.parquet and reports\.parquet \(and \.arrow\), index\.html and a page per report in .*, in \d+\.\d s\.\n$/);
    // no progress bar when stderr is not a terminal
    expect(run.stderr).toBe('');
    for (const file of ['claims.parquet', 'claims.arrow', 'findings.parquet', 'reports.parquet', 'index.html', 'reports/yunxi.html']) expect(existsSync(join(out, file)), file).toBe(true);
  });

  it('has its help, and says what to type when the folder is missing', () => {
    expect(bin(['help', 'corpus']).stdout).toMatch(/^wulong-factcheck corpus <DIR> \[--out DIR\]\n/);
    expect(bin(['corpus', '--help']).stdout).toBe(bin(['help', 'corpus']).stdout);
    expect(bin(['--help']).stdout).toContain('wulong-factcheck corpus <DIR>');
    const none = bin(['corpus']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/takes one folder of reports, but got 0/);
    const missing = bin(['corpus', '/nonexistent/corpus']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/There is no corpus folder at "\/nonexistent\/corpus"/);
  });
});
