import { existsSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { draftReport, type DraftedReport } from '../extract/draft-report.ts';
import { buildReport } from '../report/build-report.ts';
import { manifestFromText, type ManifestOptions } from '../report/manifest-from-text.ts';
import { readManifest } from '../report/read-manifest.ts';
import { withSource } from '../report/with-source.ts';
import { readTextFile } from '../report/read-text-file.ts';
import type { Report } from '../report/types.ts';
import { findingsOf } from '../checks/findings-of.ts';
import { terminalSafe } from '../text/terminal-safe.ts';
import { runChecks } from '../checks/run-checks.ts';
import { messages } from '../messages/index.ts';
import { outputFolder } from './output-folder.ts';
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
export interface CheckCommandOptions extends Omit<ManifestOptions, 'dataset'> {
  /** A report folder (report.txt, and claims.csv unless it is to be drafted from the text); default the bundled report. */
  report?: string;
  /** Print the findings JSON to stdout and write nothing. */
  json?: boolean;
  /** Where to write the outputs. Default `out`. */
  out?: string;
  /** Print the dataset summary (counts and headline figures) after the findings. Default `false`. */
  summary?: boolean;
  /** Show check ids, families, news values and gaps with the findings. Default `false`. */
  verbose?: boolean;
}

/** The source options given, for `manifestFromText`. */
function manifestOptions(options: CheckCommandOptions): ManifestOptions {
  const chosen: ManifestOptions = {};
  for (const key of ['title', 'publisher', 'given', 'published', 'url', 'speaker', 'reviewYear', 'planYear'] as const) {
    if (options[key] !== undefined) (chosen as Record<string, unknown>)[key] = options[key];
  }
  return chosen;
}

/**
 * The report to check: the bundled one; a folder with its claims.csv; or a folder with only its
 * text (and maybe its manifest.json), drafted from it. The source and year options are written
 * over the folder's manifest, or the one read from the text, whichever it has.
 */
function reportFor(options: CheckCommandOptions): { report: Report; draft?: DraftedReport; ownManifest: boolean } {
  if (!options.report) return { report: bundledReport(), ownManifest: true };
  const dir = options.report;
  const given = manifestOptions(options);
  const own = readManifest(dir);
  if (existsSync(join(dir, 'claims.csv')) || !existsSync(join(dir, 'report.txt'))) {
    const report = loadReport(dir);
    if (Object.keys(given).length === 0) return { report, ownManifest: own !== null };
    return { report: buildReport({ ...report, manifest: withSource(report.manifest, given) }), ownManifest: own !== null };
  }
  const text = readTextFile(join(dir, 'report.txt'), 'report.txt', { within: dir });
  // The folder's own manifest, where it has one, says the years the draft dates its figures by.
  const manifest = withSource(own ?? manifestFromText(text, { dataset: basename(resolve(dir)) }), given);
  const years = {
    ...(manifest.years?.review === undefined ? {} : { reviewYear: manifest.years.review }),
    ...(manifest.years?.plan === undefined ? {} : { planYear: manifest.years.plan }),
  };
  const draft = draftReport(text, { dir: resolve(dir), dataset: basename(resolve(dir)), ...given, ...years });
  return { report: buildReport({ ...draft.report, manifest }), draft: { ...draft, manifest }, ownManifest: own !== null };
}

/**
 * The full fact-check of a report, as `npm start` runs it: the findings in words on stdout (colour
 * where the terminal supports it; the dataset summary after them with `summary`), and `findings.json`, `findings.md`,
 * every chart (`charts/*.vl.json`, `charts/*.svg`), `story.html` and `story.md` in the output folder.
 *
 * @param options - See `CheckCommandOptions`.
 * @returns The text printed.
 * @example
 * (await runCheckCommand({ json: true })).startsWith('[')
 * // => true
 */
export async function runCheckCommand(options: CheckCommandOptions = {}): Promise<string> {
  const { report, draft, ownManifest } = reportFor(options);
  const results = runChecks(report);
  if (options.json) return `${findingsJson(results)}\n`;
  // One list of findings for every output: terminal, Markdown, charts, story page and its twin.
  const findings = findingsOf(results);
  const outDir = options.out ?? 'out';
  const chartDir = join(outDir, 'charts');
  const color = process.env.FORCE_COLOR !== undefined ? process.env.FORCE_COLOR !== '0' : process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
  const folder = outputFolder(outDir);
  let written: string[];
  let skipped: { name: string; reason: string }[];
  let chartCount: number;
  try {
    if (draft) {
      folder.stage('claims.csv', draft.claimsCsv.endsWith('\n') ? draft.claimsCsv : `${draft.claimsCsv}\n`);
      // A folder's own manifest is never offered back as a draft to copy over it.
      if (!ownManifest) folder.stage('manifest.json', `${JSON.stringify(draft.manifest, null, 2)}\n`);
    }
    folder.stage('findings.json', `${findingsJson(results)}\n`);
    folder.stage('findings.md', findingsMarkdown(findings, { report }));
    const made = factCheckCharts(findings, { report });
    const svgs = new Map<string, string>();
    for (const { name, spec } of made.charts) {
      const svg = await renderSvg(spec);
      svgs.set(name, svg);
      folder.stage(`charts/${name}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`);
      folder.stage(`charts/${name}.svg`, svg);
    }
    // The page carries each chart's SVG too, for readers without JavaScript and for print.
    folder.stage('story.html', storyHtml(findings, { report, svgs }));
    folder.stage('story.md', storyMarkdown(findings, { report }));
    written = folder.commit();
    skipped = made.skipped;
    chartCount = made.charts.length;
  } catch (error) {
    folder.discard();
    throw error;
  }
  const files = [...written.filter((path) => !path.startsWith(`${chartDir}${sep}`)), messages.chartsWritten(chartCount, chartDir)];
  const left = skipped.map(({ name, reason }) => `${terminalSafe(messages.chartSkipped(name, reason))}\n`).join('');
  const summary = options.summary ? `\n${datasetSummary(report)}\n` : '';
  const drafted = draft ? `${terminalSafe(messages.layoutRead(draft.layout))}\n${terminalSafe(messages.draftedClaims(report.rows.length, String(options.report), outDir, ownManifest))}\n` : '';
  return `${drafted}${findingsTerminal(findings, { color, width: process.stdout.columns ?? 100, verbose: options.verbose })}\n${summary}${left}${terminalSafe(messages.findingsWritten(files))}\n`;
}
