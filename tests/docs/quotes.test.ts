import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledReport } from '../../src/report/bundled-report.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The prose a reader meets: the Markdown cells of every notebook, the docs and the README. */
function prose(): { file: string; text: string }[] {
  const notebooks = readdirSync(join(root, 'notebooks')).filter((name) => name.endsWith('.ipynb')).flatMap((name) => {
    const notebook = JSON.parse(readFileSync(join(root, 'notebooks', name), 'utf8')) as { cells: { cell_type: string; source: string | string[] }[] };
    return notebook.cells.filter((cell) => cell.cell_type === 'markdown').map((cell) => ({ file: name, text: Array.isArray(cell.source) ? cell.source.join('') : cell.source }));
  });
  const docs = [...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => join('docs', name)), 'README.md']
    .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
  return [...notebooks, ...docs];
}

describe('quotations of the report in notebooks and docs', () => {
  it('are the report\'s own words: every quoted Chinese text with a figure in it is in the report', () => {
    const report = bundledReport().text;
    const quoted = prose().flatMap(({ file, text }) => [...text.matchAll(/[“"「]([^”"」\n]{2,200})[”"」]/g)]
      .map((match) => ({ file, quote: match[1] ?? '' }))
      .filter(({ quote }) => /[\u4e00-\u9fff]/.test(quote) && /\d/.test(quote)));
    expect(quoted.length).toBeGreaterThan(8);
    for (const { file, quote } of quoted) expect(report.includes(quote), `${file}: “${quote}”`).toBe(true);
  });

  it('do not call the eco-industry output share a share of value added', () => {
    const all = prose().map(({ text }) => text).join('\n');
    expect(all).not.toContain('生态产业增加值占比');
  });
});
