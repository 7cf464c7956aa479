import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
/** The command as users run it: the bin, running the built JavaScript. */
const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'wulong-factcheck.mjs'), ...args], { cwd: root, encoding: 'utf8' });

describe('the command: help, version, mistakes', () => {
  it('prints its version', () => {
    for (const flag of ['--version', '-v']) expect(run(flag).stdout).toBe(`${version}\n`);
  });

  it('prints real help: every command, every option, what the year options mean, an example', () => {
    const main = run('--help').stdout;
    expect(main).toBe(run('help').stdout);
    expect(main).toContain(`wulong-factcheck ${version}`);
    for (const word of ['check', 'extract', 'help', '--version', 'Examples:']) expect(main).toContain(word);
    const check = run('help', 'check').stdout;
    for (const option of ['--report DIR', '--out DIR', '--json', 'claims.csv the claims are drafted', '--published', 'Example:']) expect(check).toContain(option);
    expect(run('check', '--help').stdout).toBe(check);
    const extract = run('help', 'extract').stdout;
    for (const option of ['--out FILE', '--review-year N', '--plan-year N', 'the year whose targets it sets', 'its title (云溪市2024年…统计公报', 'Example:']) expect(extract).toContain(option);
    expect(run('extract', '-h').stdout).toBe(extract);
  });

  it('says what to type on a mistake, with exit status 2', () => {
    for (const [args, said] of [
      [['chek'], /Unknown command "chek"/],
      [['help', 'chart'], /Unknown command "chart"/],
      [['extract', 'a.txt', '--plan-year', '0x10'], /--plan-year takes a year of four digits, such as --plan-year 2024, but got "0x10"/],
      [['extract', 'a.txt', '--year', '2024'], /Unknown option "--year"/],
      [['check', '--given', '15/01/2025'], /--given takes a date as YYYY-MM-DD, such as --given 2025-01-15, but got "15\/01\/2025"/],
    ] as const) {
      const result = run(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(said);
      expect(result.stdout).toBe('');
    }
  });

  it('names the path and says what to do when a file is missing or a folder', () => {
    const missing = run('extract', '/nonexistent/report.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^There is no report text at "\/nonexistent\/report\.txt"/);
    expect(missing.stderr).not.toMatch(/ENOENT|at .*\.js:\d+/);
    const folder = run('extract', root);
    expect(folder.stderr).toMatch(/is a folder, not report text/);
    const report = run('check', '--report', '/nonexistent', '--json');
    expect(report.stderr).toMatch(/The report folder "\/nonexistent" has no report\.txt/);
  });

  it('prints clean JSON on stdout with --json', () => {
    const result = run('--json');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBeGreaterThan(100);
    expect(result.stderr).toBe('');
  });
});
