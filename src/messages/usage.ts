/**
 * The command's own lines: usage mistakes and what it wrote (src/cli).
 */
export const usage = {
  chartsWritten: (count: number, dir: string): string => `${count} charts in ${dir} (.vl.json and .svg)`,
  findingsWritten: (files: readonly string[]): string => `Wrote ${files.join(', ')}.`,
  unknownOption: (option: string): string =>
    `Unknown option "${option}". Use: wulong-factcheck [check] [--report DIR] [--json] [--out DIR], or wulong-factcheck extract <report.txt> [--out FILE] [--year N] (with npm: npm start -- <options>).`,
  optionNeedsValue: (option: string): string => `The option ${option} needs a value after it, e.g. ${option === '--year' ? '--year 2024' : option === '--report' ? '--report data/my-report' : `${option} out`}.`,
  extractNeedsFile: (count: number): string =>
    `wulong-factcheck extract takes one report text file, but got ${count}. Use: wulong-factcheck extract report.txt [--out claims.csv] [--year 2024].`,
  draftWritten: (rows: number, file: string): string => `Wrote ${rows} draft claims to ${file}. Review the guessed columns (see each row's note), then load the folder with loadReport.`,
};
