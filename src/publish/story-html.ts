import { createHash } from 'node:crypto';
import type { TopLevelSpec } from 'vega-lite';
import { checkChart } from '../charts/check-chart.ts';
import { findingsChart } from '../charts/findings-chart.ts';
import { targetVsActualChart } from '../charts/target-vs-actual-chart.ts';
import { growthComparisonChart } from '../charts/growth-comparison-chart.ts';
import type { Findings, FindingsOptions } from '../checks/findings-of.ts';
import { VERDICTS, type CheckResult } from '../checks/types.ts';
import { escapeHtml } from '../text/escape-html.ts';
import { safeUrl } from '../text/safe-url.ts';
import { messages } from '../messages/index.ts';
import type { Report } from '../report/types.ts';
import { asFindings } from './as-findings.ts';
import { optionalChart } from './optional-chart.ts';
import { reportOf } from './report-of.ts';
import { quotePlaces, type QuotePlace } from './quote-places.ts';
import { chartedResult } from './charted-result.ts';
import { chartFileName } from './chart-file-name.ts';
import { storyParts } from './story-parts.ts';
import { storyAssets } from './story-assets.ts';

/** Options of `storyHtml`. */
export interface StoryHtmlOptions extends FindingsOptions {
  /** The report the results are about. Default: the bundled report. */
  report?: Report;
  /**
   * Static SVGs of the page's charts, by chart name (as `factCheckCharts` names them, rendered
   * with `renderSvg`): shown to readers without JavaScript and in print, and replaced by the
   * interactive chart where scripts run. Default none (the charts need JavaScript).
   */
  svgs?: ReadonlyMap<string, string>;
  /**
   * Draw charts. `false` writes the page in words only, without charts or scripts (a few dozen
   * KB instead of the 800 KB the inlined Vega libraries weigh), as the corpus writes a page per
   * report. Default `true`.
   */
  charts?: boolean;
  /** A link to show at the top of the page (e.g. back to a corpus index), as `{ href, text }`. Default none. */
  home?: { href: string; text: string };
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
    holder.textContent = '';
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
.verdict-contradiction { color: #B24A00; } .verdict-tension { color: #8a5a00; } .verdict-question { color: #7a3e6e; }
.kicker { font-size: 0.85rem; color: #555; margin-bottom: 0; } .lede { font-size: 1.05rem; }
.ask { border-left: 3px solid #7a3e6e; padding-left: 0.75rem; } .note { font-size: 0.85rem; color: #555; }
.methods { background: #f6f8fa; padding: 0.5rem 1rem; margin-top: 2rem; font-size: 0.9rem; }
.related li, .brief li { margin-bottom: 0.5rem; } figure.chart { margin: 0.75rem 0; } figure.chart svg { max-width: 100%; height: auto; }
`;

/**
 * The fact-check story page, ready for a desk to start from: a headline and lede written from the
 * top story; each featured story (see `findingsOf`) with its verdict, its sentences in Chinese and
 * English, the question to put to the government, its chart, the sentences it quotes (each once,
 * with the place in the report and the claims note) and the other findings of the story; the
 * stories after the cut-off in a short list (every finding is on the page); the questions for the
 * government; targets against results (pairs the checks call not comparable left out); what is
 * not comparable and why; and a methods box (what was checked and what was not, the verdict scale,
 * rounding, the source with the date given and the date published). No identifier is visible:
 * each result's element carries its check id in a `data-check` attribute. Charts are drawn by
 * vega-embed over a static SVG when `svgs` gives one. Vega, Vega-Lite and vega-embed are inlined,
 * so the page needs no network; every piece of text from the data is escaped; and the page carries
 * a strict Content-Security-Policy: scripts only by hash, no inline event handlers, no eval (Vega
 * expressions run in vega-interpreter), no network at all.
 *
 * @param results - The ranked check results (`runChecks(report)`), or their findings.
 * @param options - See `StoryHtmlOptions`.
 * @returns The HTML document.
 * @example
 * const html = storyHtml(runChecks());
 * [html.startsWith('<!DOCTYPE html>'), html.includes("script-src 'sha256-"), html.includes('data-check="tourism_revenue_growth_2024"')]
 * // => [true, true, true]
 */
export function storyHtml(results: readonly CheckResult[] | Findings, options: StoryHtmlOptions = {}): string {
  const sorted = asFindings(results, options);
  const report = reportOf(sorted, options.report);
  const { source } = report.manifest;
  const parts = storyParts(sorted, report);
  const specs: TopLevelSpec[] = [];
  const drawn = options.charts !== false;
  const chartHolder = (name: string, spec: TopLevelSpec, label: string): string => {
    if (!drawn) return '';
    specs.push(spec);
    const fallback = options.svgs?.get(name) ?? '';
    return `<figure class="chart" role="img" aria-label="${escapeHtml(label)}"><div data-chart="spec-${specs.length - 1}">${fallback}</div></figure>`;
  };
  const both = (text: { zh: string; en: string }, tag = 'p', className = ''): string =>
    `<${tag} lang="zh-Hans"${className ? ` class="${className}"` : ''}>${escapeHtml(text.zh)}</${tag}><${tag} lang="en" class="en${className ? ` ${className}` : ''}">${escapeHtml(text.en)}</${tag}>`;
  const verdictTag = (result: CheckResult): string => {
    const name = messages.verdictName(result.verdict);
    return `<span class="verdict-${escapeHtml(result.verdict)}">${escapeHtml(name.zh)} ${escapeHtml(name.en)}</span>`;
  };
  const body: string[] = [];
  const url = safeUrl(source.url);
  // The count of each verdict the run gave (a verdict nobody got is no news).
  const shown = VERDICTS.filter((verdict) => sorted.counts[verdict] > 0);
  // A relative path (../index.html) is kept as it is; anything with a scheme must be a web address.
  const home = options.home ? (/^[\w./-]+$/.test(options.home.href) ? options.home.href : safeUrl(options.home.href)) : '';
  body.push(
    ...(options.home && home ? [`<nav class="meta"><a href="${escapeHtml(home)}">${escapeHtml(options.home.text)}</a></nav>`] : []),
    '<header>',
    `<p class="kicker">${escapeHtml(messages.storyKicker(source.title))}</p>`,
    `<h1 lang="zh-Hans">${escapeHtml(parts.headline.zh)}<br><span class="en" lang="en">${escapeHtml(parts.headline.en)}</span></h1>`,
    both(parts.lede, 'p', 'lede'),
    ...(parts.unreviewed ? [both(parts.unreviewed, 'p', 'ask')] : []),
    `<p class="meta">${escapeHtml(parts.source)}${url ? ` <a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : ''}</p>`,
    '</header>',
    `<table><thead><tr>${shown.map((verdict) => `<th>${escapeHtml(messages.verdictName(verdict).zh)}<br>${escapeHtml(messages.verdictName(verdict).en)}</th>`).join('')}</tr></thead>`,
    `<tbody><tr>${shown.map((verdict) => `<td>${sorted.counts[verdict]}</td>`).join('')}</tr></tbody></table>`,
  );
  const overview: { spec?: TopLevelSpec } = drawn ? optionalChart(() => findingsChart(sorted.ranked, { report })) : {};
  if (overview.spec) body.push(chartHolder('findings', overview.spec, messages.storyOverviewLabel(sorted.total)));
  sorted.featured.forEach((story, index) => {
    const { lead } = story;
    body.push(`<section id="story-${index + 1}" data-check="${escapeHtml(lead.check)}">`);
    body.push(`<h2>${index + 1}. ${verdictTag(lead)}<br><span lang="zh-Hans">${escapeHtml(story.headline.zh)}</span><br><span class="en" lang="en">${escapeHtml(story.headline.en)}</span></h2>`);
    body.push(both({ zh: lead.explanation_zh, en: lead.explanation_en }));
    if (lead.question_zh && lead.question_en) body.push(both({ zh: `${messages.askLabel().zh}:${lead.question_zh}`, en: `${messages.askLabel().en}: ${lead.question_en}` }, 'p', 'ask'));
    const charted = chartedResult(story);
    if (charted && drawn) body.push(chartHolder(chartFileName(charted.check), checkChart(charted, { report }), charted.headline_en));
    if (story.supporting.length > 0) {
      body.push(`<h3>${escapeHtml(messages.relatedHeading())}</h3><ul class="related">`);
      for (const result of story.supporting) {
        body.push(`<li data-check="${escapeHtml(result.check)}">${verdictTag(result)} · ${both({ zh: result.explanation_zh, en: result.explanation_en }, 'span')}</li>`);
      }
      body.push('</ul>');
    }
    // The sentences the story rests on, each once, with every figure of the story it gives.
    for (const place of quotePlaces([lead, ...story.supporting], report)) body.push(quoteBlock(place));
    body.push('</section>');
  });
  if (sorted.more.length > 0) {
    body.push(`<h2>${escapeHtml(messages.moreFindingsHeading(sorted.more.length))}</h2><ul class="brief">`);
    for (const story of sorted.more) {
      body.push(`<li data-check="${escapeHtml(story.lead.check)}">${verdictTag(story.lead)} · <strong>${escapeHtml(story.headline.en)}</strong>: ${escapeHtml(story.lead.explanation_en)}`);
      if (story.supporting.length > 0) {
        body.push('<ul>');
        for (const result of story.supporting) body.push(`<li data-check="${escapeHtml(result.check)}">${verdictTag(result)} · ${escapeHtml(result.explanation_en)}</li>`);
        body.push('</ul>');
      }
      body.push('</li>');
    }
    body.push('</ul>');
  }
  if (parts.questions.length > 0) {
    body.push(`<h2 id="questions">${escapeHtml(messages.questionsHeading())}</h2><ol>`);
    for (const question of parts.questions) body.push(`<li>${both(question, 'span')}</li>`);
    body.push('</ol>');
  }
  const targets = drawn ? optionalChart(() => targetVsActualChart({ report })).spec : undefined;
  if (targets) body.push(`<h2>${escapeHtml(messages.storyTargetsHeading(report.years.review, report.years.plan))}</h2>`, chartHolder('target-vs-actual', targets, messages.storyTargetsHeading(report.years.review, report.years.plan)));
  const rates = drawn ? optionalChart(() => growthComparisonChart({ report })).spec : undefined;
  if (rates) body.push(chartHolder('growth-comparison', rates, messages.growthComparisonTitle(report.years.review, report.years.plan).en));
  if (parts.notComparable.length > 0) {
    body.push(`<h2>${escapeHtml(messages.notComparableHeading(parts.notComparable.length))}</h2><ul class="brief">`);
    for (const result of parts.notComparable) body.push(`<li data-check="${escapeHtml(result.check)}">${both({ zh: result.explanation_zh, en: result.explanation_en }, 'span')}</li>`);
    body.push('</ul>');
  }
  body.push(`<p class="meta">${escapeHtml(messages.storyHoldsLine(sorted.holding.length))}</p>`);
  body.push(`<section class="methods"><h2>${escapeHtml(messages.methodsHeading())}</h2>`, ...parts.methods.map((text) => both(text)), `<p class="meta">${escapeHtml(parts.source)}</p></section>`);

  const data = specs.map((spec, index) => `<script type="application/json" id="spec-${index}">${scriptJson(spec)}</script>`);
  const scripts = drawn ? [...storyAssets(), BOOT] : [];
  const policy = [
    "default-src 'none'", `script-src ${scripts.length > 0 ? scripts.map(sha256).join(' ') : "'none'"}`, "style-src 'unsafe-inline'",
    "img-src data:", "font-src data:", "connect-src 'none'", "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-Hans"><head><meta charset="utf-8">',
    // The policy is ours (directives and base64 hashes): no double quote can occur in it.
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${parts.headline.zh} · ${messages.storyTitleZh(source.title)}`)}</title>`,
    `<style>${STYLE}</style></head><body><article>`,
    ...body,
    '</article>',
    ...data,
    ...scripts.map((script) => `<script>${script}</script>`),
    '</body></html>',
    '',
  ].join('\n');
}

/** A quoted sentence, once, with each figure in it: its place in the report and its claims note. */
function quoteBlock(place: QuotePlace): string {
  const figures = place.figures.map((figure) =>
    `<span class="meta">${escapeHtml(figure.surface)}${figure.place ? ` · ${escapeHtml(figure.place)}` : ''}</span>${figure.note ? `<br><span class="note">${escapeHtml(messages.noteLabel())}: ${escapeHtml(figure.note)}</span>` : ''}`);
  return `<blockquote lang="zh-Hans">${escapeHtml(place.quote)}<br>${figures.join('<br>')}</blockquote>`;
}
