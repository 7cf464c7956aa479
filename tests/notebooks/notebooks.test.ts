import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDenoKernel } from '../../scripts/deno-kernel.ts';
import { skipWithoutJupyter } from '../support/jupyter.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const NOTEBOOKS = readdirSync(join(root, 'notebooks')).filter((name) => name.endsWith('.ipynb')).sort();

interface Output { output_type: string; data?: Record<string, unknown>; ename?: string; evalue?: string; text?: string | string[] }
interface Cell { cell_type: string; source: string | string[]; outputs?: Output[] }
interface Notebook { cells: Cell[]; metadata: { kernelspec?: { name: string } } }

const text = (value: string | string[] | undefined): string => (Array.isArray(value) ? value.join('') : value ?? '');
const read = (file: string): Notebook => JSON.parse(readFileSync(file, 'utf8')) as Notebook;
const codeCells = (notebook: Notebook) => notebook.cells.filter((cell) => cell.cell_type === 'code');
const isChartCell = (cell: Cell) => /^await chart\(/m.test(text(cell.source));
const isSetupCell = (cell: Cell) => /^import /.test(text(cell.source));

describe('notebooks/ as committed', () => {
  it('are the four notebooks, each on the Deno kernel, opening with the question, the source and its date', () => {
    expect(NOTEBOOKS).toEqual(['api-tour.ipynb', 'targets-audit-2024.ipynb', 'teaching-public-finance-data.ipynb', 'tourism-fact-check.ipynb']);
    for (const name of NOTEBOOKS) {
      const notebook = read(join(root, 'notebooks', name));
      expect(notebook.metadata.kernelspec?.name, name).toBe('deno');
      const opening = text(notebook.cells[0]?.source);
      expect(opening, name).toMatch(/\*\*问题 Question:\*\*/);
      expect(opening, name).toContain('2024年1月31日');
      expect(opening, name).toContain('http://www.cqwulong.cn/');
      // sections are headed by questions
      const headings = notebook.cells.filter((cell) => cell.cell_type === 'markdown').map((cell) => text(cell.source)).filter((source) => source.startsWith('## '));
      expect(headings.filter((heading) => /[??]/.test(heading.split('\n')[0] ?? '')).length, name).toBeGreaterThan(headings.length / 2);
    }
  });

  it('carry their outputs, so they read well on a code host: every chart cell has a static SVG', () => {
    for (const name of NOTEBOOKS) {
      for (const cell of codeCells(read(join(root, 'notebooks', name))).filter(isChartCell)) {
        expect(cell.outputs?.some((output) => text(output.data?.['image/svg+xml'] as string | string[]).startsWith('<svg')), `${name}: ${text(cell.source)}`).toBe(true);
      }
    }
  });
});

describe.skipIf(skipWithoutJupyter())('notebooks/ executed by Jupyter with the Deno kernel', () => {
  const out = mkdtempSync(join(tmpdir(), 'notebooks-'));
  beforeAll(() => {
    ensureDenoKernel();
    execFileSync('jupyter', [
      'nbconvert', '--config', join(root, 'notebooks', 'nbconvert_config.py'), '--to', 'notebook', '--execute',
      '--ExecutePreprocessor.timeout=300', '--output-dir', out, ...NOTEBOOKS.map((name) => join(root, 'notebooks', name)),
    ], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  }, 600_000);

  for (const name of NOTEBOOKS) {
    it(`${name} runs top to bottom: no cell error, an output for every cell but the setup, a Vega-Lite chart for every chart cell`, () => {
      const notebook = read(join(out, name));
      const cells = codeCells(notebook);
      const errors = cells.flatMap((cell) => (cell.outputs ?? []).filter((output) => output.output_type === 'error').map((output) => `${output.ename}: ${output.evalue}`));
      expect(errors).toEqual([]);
      for (const cell of cells.filter((each) => !isSetupCell(each))) expect(cell.outputs?.length, text(cell.source)).toBeGreaterThan(0);
      for (const cell of cells.filter(isChartCell)) {
        const data = cell.outputs?.find((output) => output.data?.['application/vnd.vegalite.v5+json'])?.data;
        expect(data, text(cell.source)).toBeDefined();
        expect(text(data?.['image/svg+xml'] as string | string[])).toMatch(/^<svg/);
        expect((data?.['application/vnd.vegalite.v5+json'] as { $schema: string }).$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
      }
    });
  }

  it('checks every exercise answer of the teaching notebook, and they all match', () => {
    const notebook = read(join(out, 'teaching-public-finance-data.ipynb'));
    const exercises = notebook.cells.filter((cell) => cell.cell_type === 'markdown' && /^\*\*练习\d+ Exercise \d+\.\*\*/.test(text(cell.source))).length;
    const passed = new Set(codeCells(notebook).flatMap((cell) => (cell.outputs ?? []).flatMap((output) => text(output.data?.['text/plain'] as string | string[]).match(/✓ 练习\d+/g) ?? [])));
    expect(exercises).toBe(6);
    expect(passed.size).toBe(exercises);
  });
});
