import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findingsOf } from '../checks/findings-of.ts';
import { runChecks } from '../checks/run-checks.ts';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { openTableStream } from '../export/table-stream.ts';
import { draftReport } from '../extract/draft-report.ts';
import { messages } from '../messages/index.ts';
import { corpusIndexHtml, type CorpusReportRow } from '../publish/corpus-index-html.ts';
import { storyHtml } from '../publish/story-html.ts';
import { documentLayout } from '../report/document-layout.ts';
import { isReviewed } from '../report/is-reviewed.ts';
import { loadReport } from '../report/load-report.ts';
import { readTextFile } from '../report/read-text-file.ts';
import { sentenceAt } from '../report/sentence-at.ts';
import type { Report } from '../report/types.ts';
import { CORPUS_CLAIM_COLUMNS, CORPUS_FINDING_COLUMNS, CORPUS_REPORT_COLUMNS } from './corpus-columns.ts';
import { findReports, type CorpusEntry } from './find-reports.ts';

/** Options of `checkCorpus`. */
export interface CorpusOptions {
  /** The output folder: tables, index.html and reports/. Required. */
  out: string;
  /** Called after each report with how many are done, of how many, and the report's name. Default none. */
  onProgress?: (done: number, total: number, name: string) => void;
}

/** What a corpus run wrote. */
export interface CorpusSummary {
  /** One row per report, failed ones with their error. */
  reports: CorpusReportRow[];
  /** Rows written to the claims and findings tables. */
  claims: number;
  findings: number;
  /** The files written, the tables first. */
  files: string[];
}

/** A report's name as a file name: letters, digits, CJK and .-_ kept, anything else as _, at most 60 characters (a file name has at most 255 bytes). */
const fileName = (name: string): string => [...name.replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^\.+/, '_')].slice(0, 60).join('') || '_';

/** Reads a corpus entry as a report: a folder with claims is loaded; a text (or a folder without claims) is drafted. */
function readEntry(entry: CorpusEntry): Report {
  if (entry.shape === 'folder' && entry.claims) return loadReport(entry.path);
  const file = entry.shape === 'folder' ? join(entry.path, 'report.txt') : entry.path;
  return draftReport(readTextFile(file, 'report text'), { dir: resolve(entry.path), dataset: entry.name }).report;
}

/**
 * Checks every report of a corpus folder (see `findReports`: text files, or report folders with or
 * without their claims) and writes, into `out`:
 * - `claims.arrow` / `claims.parquet`: every claim of every report, with the report it came from,
 *   its place and title, its sentence, and whether a person reviewed it;
 * - `findings.arrow` / `findings.parquet`: every check result, with its report and place;
 * - `reports.arrow` / `reports.parquet`: one row per report, with its counts or its error;
 * - `reports/<name>.html`: a findings page per report (the story page in words, without charts);
 * - `index.html`: every report, most doubts first, and the ones that failed with their errors.
 * Reports are read, checked and written one at a time, so memory is bounded by the largest report,
 * not the corpus; one report failing never stops the rest. The tables are written to a staging
 * folder and moved into `out` when complete.
 *
 * @param dir - The corpus folder.
 * @param options - See `CorpusOptions`.
 * @returns What was written (a promise: the Parquet writer is loaded on first use).
 * @throws {ReportLoadError} When `dir` is not a folder or holds no report.
 * @example
 * const out = mkdtempSync(join(tmpdir(), 'corpus-'));
 * (await checkCorpus(BUNDLED_REPORT_DIR + '/..', { out })).reports.map((row) => [row.report, row.contradictions, row.error])
 * // => [['wulong-2024', 1, null]]
 */
export async function checkCorpus(dir: string, options: CorpusOptions): Promise<CorpusSummary> {
  if (typeof options?.out !== 'string' || options.out === '') throw new FactcheckError('INVALID_ARGUMENT', messages.corpusNeedsOut());
  const entries = findReports(dir);
  const out = options.out;
  const staging = join(out, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, 'reports'), { recursive: true });
  const claims = await openTableStream(join(staging, 'claims'), CORPUS_CLAIM_COLUMNS);
  const findings = await openTableStream(join(staging, 'findings'), CORPUS_FINDING_COLUMNS);
  try {
    const rows: CorpusReportRow[] = [];
    const pages = new Set<string>();
    entries.forEach((entry, index) => {
      let base = fileName(entry.name);
      while (pages.has(base)) base = `${base}_`;
      pages.add(base);
      const page = `reports/${base}.html`;
      // Everything of a report is made before anything is written: a report that fails leaves no row behind.
      let made: ReturnType<typeof checkEntry> | null = null;
      try {
        made = checkEntry(entry, page);
      } catch (error) {
        // One report failing never stops the rest: its error is listed with it.
        rows.push(failedRow(entry.name, error instanceof Error ? error.message : String(error)));
      }
      // Writing is not the report's fault: a full disk stops the run, and the finally below cleans up.
      if (made) {
        writeFileSync(join(staging, page), made.html);
        claims.append(made.claims);
        findings.append(made.findings);
        rows.push(made.row);
      }
      options.onProgress?.(index + 1, entries.length, entry.name);
    });
    const claimRows = claims.close().rows;
    const findingRows = findings.close().rows;
    const reports = await openTableStream(join(staging, 'reports'), CORPUS_REPORT_COLUMNS);
    reports.append(Object.fromEntries(CORPUS_REPORT_COLUMNS.map((column) => [column.name, rows.map((row) => row[column.name as keyof CorpusReportRow])])));
    reports.close();
    writeFileSync(join(staging, 'index.html'), corpusIndexHtml(rows));
    // Complete: move everything into place, replacing an earlier run's files.
    const files: string[] = [];
    for (const name of ['claims.arrow', 'claims.parquet', 'findings.arrow', 'findings.parquet', 'reports.arrow', 'reports.parquet', 'index.html']) {
      renameSync(join(staging, name), join(out, name));
      files.push(join(out, name));
    }
    rmSync(join(out, 'reports'), { recursive: true, force: true });
    renameSync(join(staging, 'reports'), join(out, 'reports'));
    files.push(join(out, 'reports'));
    return { reports: rows, claims: claimRows, findings: findingRows, files };
  } finally {
    claims.close();
    findings.close();
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Reads and checks one report, and makes its table rows, its row of the reports table and its page. */
function checkEntry(entry: CorpusEntry, page: string) {
  const report = readEntry(entry);
  const results = runChecks(report);
  const found = findingsOf(results);
  const layout = documentLayout(report.text);
  const place = layout.place ?? (report.manifest.source.publisher || null);
  const title = report.manifest.source.title || null;
  const story = new Map<string, number>();
  found.stories.forEach((each, at) => { for (const result of [each.lead, ...each.supporting]) story.set(result.check, at + 1); });
  const { rows: claimRows } = report;
  const claims = {
    report: claimRows.map(() => entry.name), place: claimRows.map(() => place), title: claimRows.map(() => title),
    id: claimRows.map((row) => row.id), start: claimRows.map((row) => row.start), end: claimRows.map((row) => row.end),
    surface: claimRows.map((row) => row.surface), value: claimRows.map((row) => row.value), scale: claimRows.map((row) => row.scale),
    unit: claimRows.map((row) => row.unit), kind: claimRows.map((row) => row.kind), year: claimRows.map((row) => row.year),
    status: claimRows.map((row) => row.status), qualifier: claimRows.map((row) => row.qualifier), direction: claimRows.map((row) => row.direction),
    indicator: claimRows.map((row) => row.indicator.join(';')), topic: claimRows.map((row) => row.topic),
    // The claims table holds the rows in order, with their amounts and intervals derived.
    amount: Array.from(report.claims.array('amount') as ArrayLike<unknown>, finite),
    low: Array.from(report.claims.array('low') as ArrayLike<unknown>, finite),
    high: Array.from(report.claims.array('high') as ArrayLike<unknown>, finite),
    reviewed: claimRows.map((row) => isReviewed(row)), sentence: claimRows.map((row) => sentenceAt(report.text, row.start, row.end)),
    note: claimRows.map((row) => row.note),
  };
  const findings = {
    report: results.map(() => entry.name), place: results.map(() => place), check: results.map((result) => result.check),
    family: results.map((result) => result.family), verdict: results.map((result) => result.verdict),
    severity: results.map((result) => result.severity), newsworthiness: results.map((result) => result.newsworthiness),
    story: results.map((result) => story.get(result.check) ?? null), reviewed: results.map((result) => result.reviewed),
    topic: results.map((result) => result.topic), claims: results.map((result) => result.claims.join(';')),
    headline_zh: results.map((result) => result.headline_zh), headline_en: results.map((result) => result.headline_en),
    statement_zh: results.map((result) => result.statement_zh), statement_en: results.map((result) => result.statement_en),
    question_zh: results.map((result) => result.question_zh), question_en: results.map((result) => result.question_en),
  };
  const html = storyHtml(found, { report, charts: false, home: { href: '../index.html', text: messages.corpusHome() } });
  // The row outlives the report: its strings are copied, since a slice of the text would keep the whole text alive.
  const row: CorpusReportRow = {
    report: entry.name, place: own(place), title: own(title), type: layout.type, review_year: report.years.review, plan_year: report.years.plan,
    // A report with no figures has nothing reviewed or unreviewed.
    claims: claimRows.length, reviewed: claimRows.length === 0 ? null : claimRows.every(isReviewed), checks: results.length,
    contradictions: found.counts.contradiction, tensions: found.counts.tension, questions: found.counts.question,
    headline: own(found.stories[0]?.headline.en ?? null), page, error: null,
  };
  return { claims, findings, html, row };
}

/** A string of its own: not a slice holding on to the text it was cut from (V8 keeps the parent of a sliced string). */
const own = (text: string | null): string | null => (text === null ? null : Buffer.from(text, 'utf8').toString('utf8'));

/** The row of a report that could not be checked. */
const failedRow = (report: string, error: string): CorpusReportRow => ({
  report, place: null, title: null, type: null, review_year: null, plan_year: null, claims: null, reviewed: null,
  checks: null, contradictions: null, tensions: null, questions: null, headline: null, page: null, error: own(error) as string,
});

/** A number for a table, or null (never NaN or ±Infinity). */
const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

