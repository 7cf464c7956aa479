/**
 * The command's own lines: its help, usage mistakes and what it wrote (src/cli).
 */
export const usage = {
  helpMain: (version: string): string => `wulong-factcheck ${version}: fact-check a Chinese government work report, figure by figure.

Usage:
  wulong-factcheck [check] [options]        fact-check a report (the bundled Wulong 2024 report by default)
  wulong-factcheck extract <report.txt> [options]
                                            draft a claims table from a report's text, for review
  wulong-factcheck help [check|extract]     this help, or the help of one command
  wulong-factcheck --version                the version

Examples:
  wulong-factcheck                          the bundled report: findings on the terminal, files in out/
  wulong-factcheck --json > findings.json   every check result as JSON, nothing else on stdout
  wulong-factcheck extract my/report.txt --out my/claims.csv
  wulong-factcheck check --report my --out out/my

Run "wulong-factcheck help check" or "wulong-factcheck help extract" for their options.
`,
  helpCheck: (): string => `wulong-factcheck check [--report DIR] [--out DIR] [--json] [--summary] [--verbose]

Fact-checks a report: runs every check (the report's catalogue.json and the automatic pass over
the links of its claims), prints the findings, and writes findings.json, findings.md, the charts
(charts/*.vl.json and .svg), story.html and story.md. "check" may be left out.

Options:
  --report DIR   the report folder: report.txt and claims.csv, optionally sections.csv,
                 manifest.json and catalogue.json (see docs/claims-format.md).
                 Default: the bundled Wulong District 2024 work report.
  --out DIR      where to write the files. Default: out
  --json         print every check result as JSON on stdout and write nothing else
  --summary      after the findings, print the dataset summary (counts, headline figures)
  --verbose      show each result's check id, family, news value and gap
  -h, --help     this help

Example:
  wulong-factcheck check --report data/my-report --out out/my-report
`,
  helpExtract: (): string => `wulong-factcheck extract <report.txt> [--out FILE] [--force] [--year N]

Reads a report's text (UTF-8) and drafts its claims table: one row per number, with its span,
value, unit, kind, status, year, qualifier and indicator guessed. Review the guessed columns (each
row's note names them) before checking the report.

Options:
  --out FILE     write the CSV there instead of printing it; an existing FILE is left alone
                 (it may be a reviewed claims table), and the report text is never written over
  --force        with --out: replace FILE when it exists
  --year N       the year the report plans for (the year of its targets, e.g. 2024 for a work
                 report given in early 2024); results are then dated the year before. Default:
                 read from the report's headings (二、2024年工作安排), else the year written most often.
  -h, --help     this help

Example:
  wulong-factcheck extract my-report/report.txt --out my-report/claims.csv
`,
  unknownCommand: (command: string): string => `Unknown command "${command}". The commands are check, extract and help; run "wulong-factcheck --help".`,
  chartsWritten: (count: number, dir: string): string => `${count} charts in ${dir} (.vl.json and .svg)`,
  findingsWritten: (files: readonly string[]): string => `Wrote ${files.join(', ')}.`,
  unknownOption: (option: string): string =>
    `Unknown option "${option}". Use: wulong-factcheck [check] [--report DIR] [--json] [--out DIR] [--summary] [--verbose], or wulong-factcheck extract <report.txt> [--out FILE] [--year N]; "wulong-factcheck --help" explains them.`,
  optionNeedsValue: (option: string): string => `The option ${option} needs a value after it, e.g. ${option === '--year' ? '--year 2024' : option === '--report' ? '--report data/my-report' : `${option} out`}.`,
  extractNeedsFile: (count: number): string =>
    `wulong-factcheck extract takes one report text file, but got ${count}. Use: wulong-factcheck extract report.txt [--out claims.csv] [--year 2024].`,
  draftWritten: (rows: number, file: string): string => `Wrote ${rows} draft claims to ${file}. Review the guessed columns (see each row's note), then load the folder with loadReport.`,
  chartSkipped: (name: string, reason: string): string => `Chart "${name}" left out: ${reason}`,
  yearNotAYear: (text: string): string => `--year takes a year of four digits, such as --year 2024, but got "${text}".`,
};
