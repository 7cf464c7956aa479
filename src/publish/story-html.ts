import { createHash } from 'node:crypto';
import type { TopLevelSpec } from 'vega-lite';
import { checkChart } from '../charts/check-chart.ts';
import { hasCheckChart } from '../charts/has-check-chart.ts';
import { findingsChart } from '../charts/findings-chart.ts';
import { targetVsActualChart } from '../charts/target-vs-actual-chart.ts';
import type { Findings, FindingsOptions } from '../checks/findings-of.ts';
import { VERDICTS, type CheckResult } from '../checks/types.ts';
import { escapeHtml } from '../text/escape-html.ts';
import { safeUrl } from '../text/safe-url.ts';
import { messages } from '../messages/index.ts';
import type { Report } from '../report/types.ts';
import { asFindings } from './as-findings.ts';
import { optionalChart } from './optional-chart.ts';
import { reportOf } from './report-of.ts';
import { quotePlaces } from './quote-places.ts';
import { storyAssets } from './story-assets.ts';

/** Options of `storyHtml`. */
export interface StoryHtmlOptions extends FindingsOptions {
  /** The report the results are about. Default: the bundled report. */
  report?: Report;
}

/** JSON for a `<script type="application/json">` block: `<`, U+2028 and U+2029 escaped, so no text can end the block. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Draws every chart of the page with vega-embed: SVG renderer, no actions, expressions interpreted (no eval). */
const BOOT = `
(function () {
  var charts = document.querySelectorAll('[data-chart]');
  charts.forEach(function (holder) {
    var source = document.getElementById(holder.getAttribute('data-chart'));
    var spec = JSON.parse(source.textContent);
    vegaEmbed(holder, spec, { renderer: 'svg', actions: false, ast: true, expr: vega.expressionInterpreter, defaultStyle: false })
      .then(function () { holder.setAttribute('data-rendered', 'true'); })
      .catch(function (error) { holder.setAttribute('data-rendered', 'error'); holder.textContent = String(error); console.error(error); });
  });
})();
`;

const STYLE = `
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; max-width: 46rem; margin: 0 auto; padding: 1rem; line-height: 1.6; color: #222; }
h1 { font-size: 1.5rem; line-height: 1.3; } h2 { font-size: 1.15rem; margin-top: 2rem; border-top: 1px solid #ddd; padding-top: 1rem; }
.en { color: #444; } .meta { font-size: 0.85rem; color: #555; }
blockquote { margin: 0.5rem 0; padding: 0.25rem 0.75rem; border-left: 3px solid #0072B2; background: #f6f8fa; }
.chart { margin: 0.75rem 0; overflow-x: auto; } table { border-collapse: collapse; } td, th { padding: 0.2rem 0.6rem; border-bottom: 1px solid #ddd; text-align: right; }
.verdict-contradiction { color: #B24A00; } .verdict-tension { color: #8a5a00; }
`;

/**
 * The fact-check story page: one standalone HTML file with the ranked findings, each with its
 * sentences in Chinese and English, its chart (interactive, drawn by vega-embed) and the quotes
 * with their places in the report. Vega, Vega-Lite and vega-embed are inlined, so the page needs
 * no network; every piece of text from the data is escaped; and the page carries a strict
 * Content-Security-Policy: scripts only by hash, no inline event handlers, no eval (Vega
 * expressions run in vega-interpreter), no network at all.
 *
 * @param results - The ranked check results (`runChecks(report)`).
 * @param options - See `StoryHtmlOptions`.
 * @returns The HTML document.
 * @example
 * const html = storyHtml(runChecks());
 * [html.startsWith('<!DOCTYPE html>'), html.includes("script-src 'sha256-"), html.includes('tourism_revenue_growth_2024')]
 * // => [true, true, true]
 */
export function storyHtml(results: readonly CheckResult[] | Findings, options: StoryHtmlOptions = {}): string {
  const sorted = asFindings(results, options);
  const report = reportOf(sorted, options.report);
  const { source } = report.manifest;
  const specs: TopLevelSpec[] = [];
  const chartHolder = (spec: TopLevelSpec, label: string): string => {
    specs.push(spec);
    return `<div class="chart" role="img" aria-label="${escapeHtml(label)}" data-chart="spec-${specs.length - 1}"></div>`;
  };
  const body: string[] = [];
  const url = safeUrl(source.url);
  body.push(
    `<h1>${escapeHtml(messages.storyTitleZh(source.title))}<br><span class="en">${escapeHtml(messages.storyTitleEn(source.title_en ?? source.title))}</span></h1>`,
    `<p class="meta">${escapeHtml(messages.storySource(source.publisher, source.date_given))}${url ? ` <a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : ''}</p>`,
    `<table><thead><tr>${VERDICTS.map((verdict) => `<th>${escapeHtml(messages.verdictName(verdict).zh)}<br>${escapeHtml(messages.verdictName(verdict).en)}</th>`).join('')}</tr></thead>`,
    `<tbody><tr>${VERDICTS.map((verdict) => `<td>${sorted.counts[verdict]}</td>`).join('')}</tr></tbody></table>`,
  );
  const overview = optionalChart(() => findingsChart(sorted.ranked, { report }));
  if (overview.spec) body.push(chartHolder(overview.spec, messages.storyOverviewLabel(sorted.total)));
  sorted.featured.forEach((result, index) => {
    const name = messages.verdictName(result.verdict);
    body.push(`<section id="finding-${index + 1}"><h2><span class="verdict-${escapeHtml(result.verdict)}">${index + 1}. ${escapeHtml(name.zh)} ${escapeHtml(name.en)}</span> · ${escapeHtml(result.check)}</h2>`);
    body.push(`<p lang="zh-Hans">${escapeHtml(result.explanation_zh)}</p>`, `<p lang="en" class="en">${escapeHtml(result.explanation_en)}</p>`);
    if (hasCheckChart(result)) body.push(chartHolder(checkChart(result, { report }), result.explanation_en));
    for (const quote of quotePlaces(result, report)) {
      body.push(`<blockquote lang="zh-Hans">${escapeHtml(quote.quote)}<br><span class="meta">${escapeHtml(quote.id)} · ${escapeHtml(quote.surface)} · ${escapeHtml(quote.place)}</span></blockquote>`);
    }
    body.push(`<p class="meta">${escapeHtml(result.why)}</p></section>`);
  });
  if (sorted.more.length > 0) {
    body.push(`<h2>${escapeHtml(messages.moreFindingsHeading(sorted.more.length))}</h2><ul>`);
    for (const result of sorted.more) {
      const name = messages.verdictName(result.verdict);
      body.push(`<li><span class="verdict-${escapeHtml(result.verdict)}">${escapeHtml(name.zh)} ${escapeHtml(name.en)}</span> · <code>${escapeHtml(result.check)}</code>: ${escapeHtml(result.explanation_en)}</li>`);
    }
    body.push('</ul>');
  }
  const targets = optionalChart(() => targetVsActualChart({ report, limit: 24 })).spec;
  if (targets) body.push(`<h2>${escapeHtml(messages.storyTargetsHeading(report.years.review, report.years.plan))}</h2>`, chartHolder(targets, messages.storyTargetsHeading(report.years.review, report.years.plan)));
  body.push(`<h2>${escapeHtml(messages.notComparableHeading(sorted.notComparable.length))}</h2><ul>`);
  for (const result of sorted.notComparable) body.push(`<li><code>${escapeHtml(result.check)}</code>: ${escapeHtml(result.explanation_en)}</li>`);
  body.push('</ul>', `<p class="meta">${escapeHtml(messages.storyHoldsLine(sorted.holding.length))}</p>`);

  const data = specs.map((spec, index) => `<script type="application/json" id="spec-${index}">${scriptJson(spec)}</script>`);
  const scripts = [...storyAssets(), BOOT];
  const policy = [
    "default-src 'none'", `script-src ${scripts.map(sha256).join(' ')}`, "style-src 'unsafe-inline'",
    "img-src data:", "font-src data:", "connect-src 'none'", "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-Hans"><head><meta charset="utf-8">',
    // The policy is ours (directives and base64 hashes): no double quote can occur in it.
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(messages.storyTitleZh(source.title))}</title>`,
    `<style>${STYLE}</style></head><body>`,
    ...body,
    ...data,
    ...scripts.map((script) => `<script>${script}</script>`),
    '</body></html>',
    '',
  ].join('\n');
}
