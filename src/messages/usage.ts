/**
 * The command's own lines: its help, usage mistakes and what it wrote (src/cli).
 */
/** A document type (`work_report`…) in words, for readers. */
export const documentTypeName = (type: string): string =>
  ({ work_report: 'government work report', plan_report: 'report on the execution of the plan', budget_report: 'budget report', bulletin: 'statistical bulletin', unknown: 'document of unknown type' })[type] ?? type;

export const usage = {
  helpMain: (version: string): string => `wulong-factcheck ${version}: fact-check a Chinese government work report, figure by figure.

Usage:
  wulong-factcheck [check] [options]        fact-check a report (the bundled Wulong 2024 report by default)
  wulong-factcheck extract <report.txt> [options]
                                            draft a claims table from a report's text, for review
  wulong-factcheck corpus <DIR> [--out DIR]  check every report of a folder into one claims table and one
                                            findings table (Parquet and Arrow), with a page per report
  wulong-factcheck help [check|extract|corpus]
                                            this help, or the help of one command
  wulong-factcheck --version                the version

Examples:
  wulong-factcheck                          the bundled report: findings on the terminal, files in out/
  wulong-factcheck --json > findings.json   every check result as JSON, nothing else on stdout
  wulong-factcheck extract my/report.txt --out my/claims.csv
  wulong-factcheck check --report my --out out/my

Run "wulong-factcheck help check", "help extract" or "help corpus" for their options.
`,
  helpCheck: (): string => `wulong-factcheck check [--report DIR] [--out DIR] [--json] [--summary] [--verbose]
                       [--title T] [--publisher P] [--given DATE] [--published DATE] [--url URL]
                       [--speaker S] [--review-year N] [--plan-year N]

Fact-checks a report: runs every check (the report's catalogue.json and the automatic pass over
the links of its claims), prints the findings, and writes findings.json, findings.md, the charts
(charts/*.vl.json and .svg), story.html and story.md. "check" may be left out.

Options:
  --report DIR   the report folder: report.txt, and optionally claims.csv, sections.csv,
                 manifest.json and catalogue.json (see docs/claims-format.md). Without
                 claims.csv the claims are drafted from the text (unreviewed: no finding on them
                 is a contradiction) and written to the output folder with the manifest read
                 from the text, for review. Default: the bundled Wulong District 2024 work report.
  --title, --publisher, --given, --published, --url, --speaker
                 the report's source, where it has no manifest.json and its text does not say
                 (dates as YYYY-MM-DD). Default: read from the text, else "not known".
  --review-year N, --plan-year N
                 the year whose results the report gives and the year whose targets it sets.
                 Default: read from the report's headings, title or date (see docs/claims-format.md).
  --out DIR      where to write the files. Default: out
  --json         print every check result as JSON on stdout and write nothing else
  --summary      after the findings, print the dataset summary (counts, headline figures)
  --verbose      show each result's check id, family, news value and gap
  -h, --help     this help

Example:
  wulong-factcheck check --report data/my-report --out out/my-report
`,
  helpExtract: (): string => `wulong-factcheck extract <report.txt> [--out FILE] [--force] [--review-year N] [--plan-year N]

Reads a report's text (UTF-8) and drafts its claims table: one row per number, with its span,
value, unit, kind, status, year, qualifier and indicator guessed. Review the guessed columns (each
row's note names them) before checking the report.

Options:
  --out FILE     write the CSV there instead of printing it; an existing FILE is left alone
                 (it may be a reviewed claims table), and the report text is never written over
  --force        with --out: replace FILE when it exists
  --review-year N
                 the year whose results the report gives (2023 for a work report given in early
                 2024; a bulletin's own year). Default: read from the report (see below).
  --plan-year N  the year whose targets it sets (2024 for that work report). Default: read from
                 the report; with only --review-year, the year after it when the report has a
                 plan part.
The years are read from the report's own layout, in this order: its numbered headings
(一、2023年工作回顾 / 二、2024年工作安排), its title (云溪市2024年…统计公报: results of 2024, no
targets; …2024年计划执行情况与2025年计划草案), the date it was given (——2025年1月15日在…: results
of 2024, targets for 2025), else the year written most often (a guess, said to be one). What was
read is printed with --out.
  -h, --help     this help

Example:
  wulong-factcheck extract my-report/report.txt --out my-report/claims.csv
`,
  unknownCommand: (command: string): string => `Unknown command "${command}". The commands are check, extract, corpus and help; run "wulong-factcheck --help".`,
  chartsWritten: (count: number, dir: string): string => `${count} charts in ${dir} (.vl.json and .svg)`,
  findingsWritten: (files: readonly string[]): string => `Wrote ${files.join(', ')}.`,
  unknownOption: (option: string): string =>
    `Unknown option "${option}". Use: wulong-factcheck [check] [--report DIR] [--json] [--out DIR] [--summary] [--verbose], or wulong-factcheck extract <report.txt> [--out FILE] [--review-year N] [--plan-year N]; "wulong-factcheck --help" explains them.`,
  optionNeedsValue: (option: string): string => `The option ${option} needs a value after it, e.g. ${/year$/.test(option) ? `${option} 2024` : /^--(given|published)$/.test(option) ? `${option} 2025-01-15` : option === '--report' ? '--report data/my-report' : `${option} out`}.`,
  extractNeedsFile: (count: number): string =>
    `wulong-factcheck extract takes one report text file, but got ${count}. Use: wulong-factcheck extract report.txt [--out claims.csv] [--plan-year 2024].`,
  layoutRead: (layout: { type: string; place: string | null; reviewYear: number | null; planYear: number | null; from: string }): string => {
    const type = `a ${documentTypeName(layout.type)}`;
    const from = { override: 'as given', headings: 'from its headings', title: 'from its title', census: 'from the census\'s standard time', date: 'from the date it was given', commonest: 'guessed from the year written most often: give --review-year or --plan-year if wrong', none: 'not found: give --review-year or --plan-year' }[layout.from] ?? layout.from;
    const years = layout.reviewYear === null && layout.planYear === null ? 'no years' : `${layout.reviewYear === null ? 'no results year' : `results of ${layout.reviewYear}`}, ${layout.planYear === null ? 'no targets' : `targets for ${layout.planYear}`}`;
    return `Read as ${type}${layout.place ? ` of ${layout.place}` : ''}: ${years} (${from}).`;
  },
  corpusChecked: (reports: number, checked: number, failed: number, claims: number, findings: number): string =>
    `Checked ${reports} ${reports === 1 ? 'report' : 'reports'}: ${checked} checked, ${failed} failed; ${claims} claims and ${findings} check results.`,
  corpusFailed: (report: string, error: string): string => `  failed: ${report}: ${error.split('\n')[0]}`,
  corpusWritten: (out: string, seconds: number): string =>
    `Wrote ${out}/claims.parquet, findings.parquet and reports.parquet (and .arrow), index.html and a page per report in ${out}/reports, in ${seconds.toFixed(1)} s.`,
  corpusNeedsFolder: (count: number): string => `wulong-factcheck corpus takes one folder of reports, but got ${count}. Use: wulong-factcheck corpus reports/ [--out out/corpus].`,
  helpCorpus: (): string => `wulong-factcheck corpus <DIR> [--out DIR]

Checks every report of a folder: each .txt file in it is one report, and each folder in it with a
report.txt is a report folder (its claims.csv is loaded where there is one; otherwise the claims
are drafted from the text, unreviewed). Reports are checked one at a time, so memory is bounded
by the largest report; one that fails is listed with its error and the rest go on. Writes:

  claims.parquet, claims.arrow       every claim of every report, with its report, place, title,
                                     sentence and whether a person reviewed it
  findings.parquet, findings.arrow   every check result, with its report and place
  reports.parquet, reports.arrow     one row per report: type, years, counts, or its error
  index.html, reports/*.html         an index of the reports and a findings page for each

Query the tables with DuckDB (see examples/corpus-duckdb.ts), Arquero or any Parquet reader.

Options:
  --out DIR      where to write. Default: out/corpus
  -h, --help     this help

Example:
  wulong-factcheck corpus reports/ --out out/corpus
`,
  draftedClaims: (rows: number, dir: string, out: string, ownManifest: boolean): string =>
    `${dir} has no claims.csv: ${rows} claims were drafted from its text and are unreviewed, so no finding on them is a contradiction. ${ownManifest ? `The draft is in ${out}/claims.csv` : `The draft and the manifest read from the text are in ${out} (claims.csv, manifest.json)`}: review ${ownManifest ? 'it, put it' : 'them, put them'} beside report.txt, and check again.`,
  draftWritten: (rows: number, file: string): string => `Wrote ${rows} draft claims to ${file}. Review the guessed columns (see each row's note), then load the folder with loadReport.`,
  chartSkipped: (name: string, reason: string): string => `Chart "${name}" left out: ${reason}`,
  dateNotADate: (text: string, option: string): string => `${option} takes a date as YYYY-MM-DD, such as ${option} 2025-01-15, but got "${text}".`,
  yearNotAYear: (text: string, option = '--year'): string => `${option} takes a year of four digits, such as ${option} 2024, but got "${text}".`,
};
