import { checkCorpus } from '../corpus/check-corpus.ts';
import { messages } from '../messages/index.ts';
import { terminalSafe } from '../text/terminal-safe.ts';

/** Options of the `corpus` command. */
export interface CorpusCommandOptions {
  /** Where to write the tables and pages. Default `out/corpus`. */
  out?: string;
  /** Where to draw the progress bar (a terminal's stderr), or nothing. Default none. */
  progress?: NodeJS.WriteStream;
}

/** Width of the progress bar, in cells. */
const BAR = 30;

/**
 * `wulong-factcheck corpus DIR`: checks every report of a folder (see `checkCorpus`), drawing a
 * progress bar on a terminal, and returns what to print: the tables and pages written, and each
 * report that failed with its error.
 *
 * @param dir - The corpus folder.
 * @param options - See `CorpusCommandOptions`.
 * @returns What to print.
 * @example
 * (await runCorpusCommand(BUNDLED_REPORT_DIR + '/..', { out: mkdtempSync(join(tmpdir(), 'corpus-')) })).split('\n')[0]
 * // => 'Checked 1 report: 1 checked, 0 failed; 380 claims and 132 check results.'
 */
export async function runCorpusCommand(dir: string, options: CorpusCommandOptions = {}): Promise<string> {
  const out = options.out ?? 'out/corpus';
  const bar = options.progress;
  const started = Date.now();
  const summary = await checkCorpus(dir, {
    out,
    onProgress: bar ? (done, total, name) => {
      const filled = Math.round((done / total) * BAR);
      bar.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${done}/${total} ${terminalSafe(name).slice(0, 40).padEnd(40)}`);
      if (done === total) bar.write('\n');
    } : undefined,
  });
  const failed = summary.reports.filter((row) => row.error !== null);
  const lines = [
    messages.corpusChecked(summary.reports.length, summary.reports.length - failed.length, failed.length, summary.claims, summary.findings),
    ...failed.map((row) => terminalSafe(messages.corpusFailed(row.report, row.error ?? ''))),
    messages.corpusWritten(out, (Date.now() - started) / 1000),
  ];
  return `${lines.join('\n')}\n`;
}
