import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDenoKernel } from '../../scripts/deno-kernel.ts';
import { skipWithoutJupyter } from '../support/jupyter.ts';
import { teachingExercises, teachingExerciseSpecs } from '../../src/exercises/teaching-exercises.ts';

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
  it('are the six notebooks, each on the Deno kernel, opening with the question, the source and its date', () => {
    expect(NOTEBOOKS).toEqual(['api-tour.ipynb', 'corpus-duckdb.ipynb', 'targets-audit-2024.ipynb', 'teaching-public-finance-data-solutions.ipynb', 'teaching-public-finance-data.ipynb', 'tourism-fact-check.ipynb']);
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

  it('give no worked answer away in the student notebook: not in its text, its code or its stored outputs', () => {
    const student = readFileSync(join(root, 'notebooks', 'teaching-public-finance-data.ipynb'), 'utf8');
    for (const spec of teachingExerciseSpecs()) {
      const worked = spec.answer.toFixed(spec.decimals ?? 1).replace('.', '\\.');
      expect(student, spec.id).not.toMatch(new RegExp(`(?<![\\d.])${worked}(?![\\d])`));
    }
    expect(student).not.toContain('teaching-public-finance-data-solutions');
  });

  it('carry their outputs, so they read well on a code host: every chart cell has a static SVG', () => {
    for (const name of NOTEBOOKS) {
      for (const cell of codeCells(read(join(root, 'notebooks', name))).filter(isChartCell)) {
        expect(cell.outputs?.some((output) => text(output.data?.['image/svg+xml'] as string | string[]).startsWith('<svg')), `${name}: ${text(cell.source)}`).toBe(true);
      }
    }
  });
});

/** The student notebook with every answer slot filled with the first likely mistake of its exercise, importing the library by absolute path. */
function withMistakes(): string {
  const specs = new Map(teachingExerciseSpecs().map((spec) => [spec.id, spec]));
  const notebook = read(join(root, 'notebooks', 'teaching-public-finance-data.ipynb'));
  for (const cell of notebook.cells) {
    const source = text(cell.source)
      .replace("'../src/index.ts'", JSON.stringify(pathToFileURL(join(root, 'src', 'index.ts')).href))
      .replace(/const answer(\w+) = undefined;/g, (_, id: string) => `const answer${id} = ${specs.get(id)?.mistakes?.[0]?.value};`);
    cell.source = source;
    cell.outputs = cell.cell_type === 'code' ? [] : cell.outputs;
  }
  // Inside the project (in node_modules/.cache, ignored by git), so that Deno finds the project's dependencies.
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, 'node_modules', '.cache', 'mistakes-'));
  const file = join(dir, 'teaching-mistakes.ipynb');
  writeFileSync(file, JSON.stringify(notebook));
  return file;
}

describe.skipIf(skipWithoutJupyter())('notebooks/ executed by Jupyter with the Deno kernel', () => {
  const out = mkdtempSync(join(tmpdir(), 'notebooks-'));
  beforeAll(() => {
    ensureDenoKernel();
    execFileSync('jupyter', [
      'nbconvert', '--config', join(root, 'notebooks', 'nbconvert_config.py'), '--to', 'notebook', '--execute',
      '--ExecutePreprocessor.timeout=300', '--output-dir', out, ...NOTEBOOKS.map((name) => join(root, 'notebooks', name)), withMistakes(),
    ], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  }, 900_000);

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

  /** What the exercise cells of an executed notebook say, by exercise id. */
  const said = (file: string): Map<string, string> => new Map(codeCells(read(file)).flatMap((cell) => (cell.outputs ?? []).map((output) => text(output.data?.['text/plain'] as string | string[])))
    .flatMap((shown) => [...shown.matchAll(/^练习(\w+):(.*)$/gm)].map((match) => [match[1] ?? '', shown] as [string, string])));
  const ids = Object.keys(teachingExercises());

  it('the student notebook runs with empty answers: every exercise says "not answered yet", none fails', () => {
    const shown = said(join(out, 'teaching-public-finance-data.ipynb'));
    expect([...shown.keys()].sort()).toEqual([...ids].sort());
    for (const [id, message] of shown) expect(message, id).toBe(`练习${id}:尚未作答。\nExercise ${id}: not answered yet.`);
  });

  it('re-run, leave no diff: every cell\'s outputs and metadata are those committed', () => {
    for (const name of NOTEBOOKS) {
      const committed = read(join(root, 'notebooks', name));
      const rerun = read(join(out, name));
      expect(rerun.cells.map((cell) => JSON.stringify(cell)), name).toEqual(committed.cells.map((cell) => JSON.stringify(cell)));
    }
  });

  it('exports to HTML with every chart of the teaching notebook shown (as PNG: the export cleans inline SVG away)', () => {
    const file = join(out, 'teaching-public-finance-data.ipynb');
    execFileSync('jupyter', ['nbconvert', '--to', 'html', '--config', join(root, 'notebooks', 'html_export_config.py'), '--output-dir', out, file], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const html = readFileSync(join(out, 'teaching-public-finance-data.html'), 'utf8');
    const charts = codeCells(read(file)).filter(isChartCell).length;
    expect(charts).toBe(2);
    expect([...html.matchAll(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]{1000,}/g)].length).toBe(charts);
  });

  it('the solutions notebook answers every exercise correctly', () => {
    const shown = said(join(out, 'teaching-public-finance-data-solutions.ipynb'));
    expect([...shown.keys()].sort()).toEqual([...ids].sort());
    for (const [id, message] of shown) expect(message, id).toBe(`练习${id}:正确。\nExercise ${id}: correct.`);
  });

  it('a notebook answered with the likely mistakes gets each mistake\'s hint, and no answer given away', () => {
    const specs = new Map(teachingExerciseSpecs().map((spec) => [spec.id, spec]));
    const shown = said(join(out, 'teaching-mistakes.ipynb'));
    expect([...shown.keys()].sort()).toEqual([...ids].sort());
    for (const [id, message] of shown) {
      const mistake = specs.get(id)?.mistakes?.[0];
      expect(message, id).toContain(`Exercise ${id}: not yet. Hint: ${mistake?.hint.en}.`);
    }
  });
});
