import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf } from '../checks/findings-of.ts';
import { terminalSafe } from '../text/terminal-safe.ts';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { runChecks } from '../checks/run-checks.ts';
import { messages } from '../messages/index.ts';
import { bundledReport } from '../report/bundled-report.ts';
import { loadReport } from '../report/load-report.ts';
import { renderSvg } from '../render/render-svg.ts';
import { storyHtml } from '../publish/story-html.ts';
import { storyMarkdown } from '../publish/story-markdown.ts';
import { datasetSummary } from '../publish/dataset-summary.ts';
import { factCheckCharts } from '../publish/fact-check-charts.ts';
import { findingsJson } from '../publish/findings-json.ts';
import { findingsMarkdown } from '../publish/findings-markdown.ts';
import { findingsTerminal } from '../publish/findings-terminal.ts';

/** Options of the `check` command. */
export interface CheckCommandOptions {
  /** A report folder (report.txt, claims.csv); default the bundled report. */
  report?: string;
  /** Print the findings JSON to stdout and write nothing. */
  json?: boolean;
  /** Where to write the outputs. Default `out`. */
  out?: string;
}

/**
 * The full fact-check of a report, as `npm start` runs it: the dataset summary and the ranked
 * findings on stdout (colour where the terminal supports it), and `findings.json`, `findings.md`,
 * every chart (`charts/*.vl.json`, `charts/*.svg`), `story.html` and `story.md` in the output folder.
 *
 * @param options - See `CheckCommandOptions`.
 * @returns The text printed.
 * @example
 * (await runCheckCommand({ json: true })).startsWith('[')
 * // => true
 */
export async function runCheckCommand(options: CheckCommandOptions = {}): Promise<string> {
  const report = options.report ? loadReport(options.report) : bundledReport();
  const results = runChecks(report);
  if (options.json) return `${findingsJson(results)}\n`;
  // One list of findings for every output: terminal, Markdown, charts, story page and its twin.
  const findings = findingsOf(results);
  const outDir = options.out ?? 'out';
  const chartDir = join(outDir, 'charts');
  const color = process.env.FORCE_COLOR !== undefined ? process.env.FORCE_COLOR !== '0' : process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
  attempt(outDir, () => mkdirSync(chartDir, { recursive: true }));
  const write = (path: string, text: string) => attempt(path, () => writeFileSync(path, text));
  const files = [join(outDir, 'findings.json'), join(outDir, 'findings.md')];
  write(files[0] as string, `${findingsJson(results)}\n`);
  write(files[1] as string, findingsMarkdown(findings, { report }));
  const { charts, skipped } = factCheckCharts(findings, { report });
  for (const { name, spec } of charts) {
    write(join(chartDir, `${name}.vl.json`), `${JSON.stringify(spec, null, 2)}\n`);
    write(join(chartDir, `${name}.svg`), await renderSvg(spec));
  }
  files.push(messages.chartsWritten(charts.length, chartDir));
  write(join(outDir, 'story.html'), storyHtml(findings, { report }));
  write(join(outDir, 'story.md'), storyMarkdown(findings, { report }));
  files.push(join(outDir, 'story.html'), join(outDir, 'story.md'));
  const left = skipped.map(({ name, reason }) => `${terminalSafe(messages.chartSkipped(name, reason))}\n`).join('');
  return `${datasetSummary(report)}\n\n${findingsTerminal(findings, { color, width: process.stdout.columns ?? 100 })}\n${left}${terminalSafe(messages.findingsWritten(files))}\n`;
}

/** Runs a write, turning a file-system failure into an error that names the path and says what to do. */
function attempt(path: string, work: () => unknown): void {
  try {
    work();
  } catch (error) {
    throw new FactcheckError('CANNOT_WRITE', messages.cannotWrite(path, (error as Error).message));
  }
}
