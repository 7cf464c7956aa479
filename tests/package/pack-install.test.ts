import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDenoKernel } from '../../scripts/deno-kernel.ts';
import { skipWithoutJupyter } from '../support/jupyter.ts';
import { findingsOf } from '../../src/checks/findings-of.ts';
import { runChecks } from '../../src/checks/run-checks.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// What the scripts print, computed here from the sources the package is built from.
const sorted = findingsOf(runChecks());
const line = `${sorted.findings.length} findings; first: ${sorted.stories[0]?.lead.check}\n`;
const examples = join(root, 'examples', 'installed');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const run = (command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env } });

/**
 * The package as a user gets it: packed from this repository (`npm pack`, which builds it), then
 * installed from the tarball into a fresh project in a temporary folder outside the repository,
 * exactly as the README says, and used there from Node, TypeScript, Deno and a Jupyter notebook.
 * The install reads the npm cache first (`npm ci` filled it) and the npm registry for the rest.
 */
describe('the packed package, installed into a project of its own', () => {
  const work = mkdtempSync(join(tmpdir(), 'wulong-package-'));
  const project = join(work, 'my-project');
  const tarball = join(work, `wulong-factcheck-${version}.tgz`);

  beforeAll(() => {
    run('npm', ['pack', '--silent', '--pack-destination', work], root);
    execFileSync('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'my-project', private: true, type: 'module' }, null, 2)}\n`);
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], project);
    for (const file of readdirSync(examples)) copyFileSync(join(examples, file), join(project, file));
  }, 300_000);

  it('ships the built library, its declarations, the command and the validated report, and no sources or tests', () => {
    const files = run('tar', ['-tzf', tarball], work).split('\n').filter(Boolean);
    for (const file of ['package/dist/index.js', 'package/dist/cli.js', 'package/dist/types/index.d.ts', 'package/dist/bundled-report.json', 'package/bin/wulong-factcheck.mjs', 'package/data/wulong-2024/report.txt']) {
      expect(files).toContain(file);
    }
    expect(files.filter((file) => /^package\/(src|tests|bench|scripts)\//.test(file))).toEqual([]);
  });

  it('installs with Arquero\'s format library pinned to the version the registry can serve', () => {
    const flechette = JSON.parse(readFileSync(join(project, 'node_modules', '@uwdata', 'flechette', 'package.json'), 'utf8')) as { version: string };
    expect(flechette.version).toBe('2.6.0');
    expect(run('npm', ['ls', '@uwdata/flechette', '--all', '--parseable'], project).trim().split('\n')).toHaveLength(1);
  });

  it('runs a Node ES module script', () => {
    expect(run(process.execPath, ['node-script.mjs'], project)).toBe(`380 claims, 190 targets, ${line}`);
  });

  it('type-checks and runs a TypeScript script against the shipped declarations', () => {
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['typescript-script.ts'] }));
    run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], project);
    const out = run(process.execPath, ['--import', join(root, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs'), 'typescript-script.ts'], project);
    expect(out).toMatch(/^contradiction: The target for total imports and exports, 92 million yuan, .* string\n$/);
  });

  it('runs a Deno script importing npm:wulong-factcheck from the project\'s node_modules, with read access only and no network', () => {
    writeFileSync(join(project, 'deno.json'), `${JSON.stringify({ nodeModulesDir: 'manual' }, null, 2)}\n`);
    const deno = join(root, 'node_modules', '.bin', 'deno');
    const out = run(deno, ['run', '--no-remote', '--no-prompt', '--allow-read', 'deno-script.ts'], project, { DENO_NO_UPDATE_CHECK: '1' });
    expect(out).toBe(line);
  });

  it.skipIf(skipWithoutJupyter())('executes a notebook with the Deno kernel from the project folder', () => {
    writeFileSync(join(project, 'deno.json'), `${JSON.stringify({ nodeModulesDir: 'manual' }, null, 2)}\n`);
    ensureDenoKernel();
    run('jupyter', ['nbconvert', '--config', join(root, 'notebooks', 'nbconvert_config.py'), '--to', 'notebook', '--execute',
      '--ExecutePreprocessor.timeout=120', '--output', 'executed.ipynb', 'notebook.ipynb'], project);
    const notebook = JSON.parse(readFileSync(join(project, 'executed.ipynb'), 'utf8')) as { cells: { outputs?: { output_type: string; text?: string[]; data?: Record<string, unknown> }[] }[] };
    const outputs = notebook.cells.flatMap((cell) => cell.outputs ?? []);
    expect(outputs.filter((output) => output.output_type === 'error')).toEqual([]);
    expect(outputs.find((output) => output.output_type === 'stream')?.text?.join('')).toBe(line);
    expect(outputs.some((output) => output.data?.['application/vnd.vegalite.v5+json'] && String(output.data['image/svg+xml']).startsWith('<svg'))).toBe(true);
  });
});
