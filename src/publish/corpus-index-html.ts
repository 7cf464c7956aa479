import { escapeHtml } from '../text/escape-html.ts';
import { messages } from '../messages/index.ts';

/** One report of a corpus run, as its index lists it. */
export interface CorpusReportRow {
  report: string;
  place: string | null;
  title: string | null;
  type: string | null;
  review_year: number | null;
  plan_year: number | null;
  claims: number | null;
  /** Whether every claim was reviewed by a person (a claims.csv without draft notes). */
  reviewed: boolean | null;
  checks: number | null;
  contradictions: number | null;
  tensions: number | null;
  questions: number | null;
  /** The top story's headline, in English, or null. */
  headline: string | null;
  /** The report's page, relative to the index. */
  page: string | null;
  /** Why the report could not be checked, or null. */
  error: string | null;
}

const STYLE = `
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; max-width: 70rem; margin: 0 auto; padding: 1rem; line-height: 1.5; color: #222; }
table { border-collapse: collapse; width: 100%; } td, th { padding: 0.25rem 0.5rem; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
td.n { text-align: right; } .meta { font-size: 0.85rem; color: #555; } .failed { color: #a00; }
`;

/**
 * The index page of a corpus run: one row per report (its place, type, years, claims, whether
 * they were reviewed, its counts of contradictions, tensions and questions, its top headline,
 * linked to its page), most doubts first, and the reports that failed with their errors. Plain
 * HTML without scripts.
 *
 * @param rows - The reports, as `checkCorpus` returns them.
 * @returns The page.
 * @example
 * corpusIndexHtml([{ report: 'a', place: '青岚县', title: 'T', type: 'work_report', review_year: 2024, plan_year: 2025, claims: 50, reviewed: false, checks: 19, contradictions: 0, tensions: 0, questions: 3, headline: 'H', page: 'reports/a.html', error: null }]).includes('<a href="reports/a.html">')
 * // => true
 */
export function corpusIndexHtml(rows: readonly CorpusReportRow[]): string {
  const checked = rows.filter((row) => row.error === null);
  const failed = rows.filter((row) => row.error !== null);
  const doubts = (row: CorpusReportRow) => [row.contradictions ?? 0, row.tensions ?? 0, row.questions ?? 0];
  const sorted = [...checked].sort((a, b) => {
    const [x, y] = [doubts(a), doubts(b)];
    return (y[0] as number) - (x[0] as number) || (y[1] as number) - (x[1] as number) || (y[2] as number) - (x[2] as number) || a.report.localeCompare(b.report);
  });
  const cell = (value: unknown, numeric = false) => `<td${numeric ? ' class="n"' : ''}>${escapeHtml(value === null || value === undefined ? '' : String(value))}</td>`;
  const heading = messages.corpusColumns();
  const lines = [
    '<!DOCTYPE html>',
    '<html lang="zh-Hans"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(messages.corpusTitle(rows.length))}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(messages.corpusTitle(rows.length))}</h1>`,
    `<p class="meta">${escapeHtml(messages.corpusSummary(checked.length, failed.length, checked.filter((row) => row.reviewed === false).length))}</p>`,
    `<table><thead><tr>${heading.map((name) => `<th>${escapeHtml(name)}</th>`).join('')}</tr></thead><tbody>`,
    ...sorted.map((row) => `<tr>${[
      `<td>${row.page ? `<a href="${escapeHtml(row.page)}">${escapeHtml(row.report)}</a>` : escapeHtml(row.report)}</td>`,
      cell(row.place), cell(row.type === null ? null : messages.documentType(row.type)), cell([row.review_year, row.plan_year].map((year) => year ?? '–').join(' / ')),
      cell(row.claims, true), cell(row.reviewed === false ? messages.corpusUnreviewed() : ''),
      cell(row.contradictions, true), cell(row.tensions, true), cell(row.questions, true), cell(row.headline),
    ].join('')}</tr>`),
    '</tbody></table>',
  ];
  if (failed.length > 0) {
    lines.push(`<h2 class="failed">${escapeHtml(messages.corpusFailedHeading(failed.length))}</h2><ul>`);
    for (const row of failed) lines.push(`<li><strong>${escapeHtml(row.report)}</strong>: ${escapeHtml(row.error ?? '')}</li>`);
    lines.push('</ul>');
  }
  lines.push('</body></html>', '');
  return lines.join('\n');
}
