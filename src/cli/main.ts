import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkResults } from '../checks/check-results.ts';
import { messages } from '../messages.ts';
import { bundledReport } from '../report/bundled-report.ts';
import { storyHtml } from '../story/story-html.ts';
import { storyMarkdown } from '../story/story-markdown.ts';
import { renderSvg } from '../render/render-svg.ts';
import { factCheckCharts } from './fact-check-charts.ts';
import { datasetSummary } from './dataset-summary.ts';
import { findingsJson } from './findings-json.ts';
import { findingsMarkdown } from './findings-markdown.ts';
import { findingsTerminal } from './findings-terminal.ts';

/**
 * `npm start`: the full fact-check of the bundled report. Prints the dataset summary and the ranked
 * findings, and writes `out/findings.json` and `out/findings.md`. `--json` prints the findings
 * JSON to stdout instead; `--out <dir>` writes elsewhere than `out/`.
 */
async function main(args: readonly string[]): Promise<void> {
  let json = false;
  let outDir = 'out';
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--json') json = true;
    else if (args[i] === '--out' && args[i + 1] !== undefined) outDir = args[(i += 1)] as string;
    else {
      process.stderr.write(`${messages.unknownOption(String(args[i]))}\n`);
      process.exitCode = 2;
      return;
    }
  }
  const report = bundledReport();
  const results = checkResults(report);
  if (json) {
    process.stdout.write(`${findingsJson(results)}\n`);
    return;
  }
  const color = process.env.FORCE_COLOR !== undefined ? process.env.FORCE_COLOR !== '0' : process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
  mkdirSync(outDir, { recursive: true });
  const files = [join(outDir, 'findings.json'), join(outDir, 'findings.md')];
  writeFileSync(files[0] as string, `${findingsJson(results)}\n`);
  writeFileSync(files[1] as string, findingsMarkdown(results, report));
  const chartDir = join(outDir, 'charts');
  mkdirSync(chartDir, { recursive: true });
  const charts = factCheckCharts(results, report);
  for (const { name, spec } of charts) {
    writeFileSync(join(chartDir, `${name}.vl.json`), `${JSON.stringify(spec, null, 2)}\n`);
    writeFileSync(join(chartDir, `${name}.svg`), await renderSvg(spec));
  }
  files.push(messages.chartsWritten(charts.length, chartDir));
  writeFileSync(join(outDir, 'story.html'), storyHtml(results, { report }));
  writeFileSync(join(outDir, 'story.md'), storyMarkdown(results, { report }));
  files.push(join(outDir, 'story.html'), join(outDir, 'story.md'));
  process.stdout.write(`${datasetSummary(report)}\n\n${findingsTerminal(results, { color, width: process.stdout.columns ?? 100 })}\n${messages.findingsWritten(files)}\n`);
}

await main(process.argv.slice(2));
