import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.ts';
import { storyHtml } from '../../src/publish/story-html.ts';
import { findingsOf } from '../../src/checks/findings-of.ts';
import { HOSTILE, hostileReport } from '../support/hostile-report.ts';

describe('storyHtml', () => {
  const html = storyHtml(runChecks());

  it('is one standalone page: the libraries inlined, nothing loaded from elsewhere', () => {
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html).not.toMatch(/https?:\/\/[^"'\s<>]*\.(js|css)\b/);
    expect(html).toContain('vegaEmbed');
  });

  it('declares a strict Content-Security-Policy: scripts by hash, no eval, no network, and no inline event handlers', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/connect-src 'none'/);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline[^;]*script|script-src[^;]*unsafe/);
    const scripts = [...html.matchAll(/<script>/g)].length;
    expect([...policy.matchAll(/'sha256-/g)].length).toBe(scripts);
    expect(html).not.toMatch(/\son[a-z]+="/);
    expect(html).toContain('ast: true, expr: vega.expressionInterpreter');
  });

  it('presents the findings with their sentences, quotes and places', () => {
    expect(html).toContain('data-check="tourism_revenue_growth_2024"');
    expect(html).toContain('characters 8843–8848, section 2.3');
    expect([...html.matchAll(/data-chart="spec-\d+"/g)].length).toBe([...html.matchAll(/<script type="application\/json" id="spec-\d+">/g)].length);
  });

  /** What a reader sees: the page without its scripts, styles, data blocks, tags and attributes. */
  const visible = (page: string): string => page
    .replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ').replace(/https?:\/\/\S+/g, ' ');

  it('shows no identifier to a reader, in the text or in a chart title', () => {
    expect(visible(html)).not.toMatch(/\b[a-z]+_[a-z0-9]+(_[a-z0-9]+)*\b/);
    const titles = [...html.matchAll(/<script type="application\/json" id="spec-\d+">([\s\S]*?)<\/script>/g)]
      .map((block) => JSON.stringify((JSON.parse(block[1] ?? '{}') as { title?: unknown }).title));
    expect(titles.length).toBeGreaterThan(3);
    for (const title of titles) expect(title).not.toMatch(/\b[a-z]+_[a-z0-9]+(_[a-z0-9]+)*\b/);
  });

  it('has an element with data-check for every contradiction, tension and question, and drops none', () => {
    const results = runChecks();
    const flagged = results.filter((result) => ['contradiction', 'tension', 'question'].includes(result.verdict));
    expect(flagged.length).toBeGreaterThan(20);
    const marked = new Set([...html.matchAll(/data-check="([^"]+)"/g)].map((match) => match[1]));
    for (const result of flagged) expect(marked.has(result.check), result.check).toBe(true);
  });

  it('opens with a headline and lede from the top story, and asks the government its questions', () => {
    const sorted = findingsOf(runChecks());
    const top = sorted.stories[0];
    expect(html).toMatch(new RegExp(`<h1 lang="zh-Hans">${top?.headline.zh}<br>`));
    expect(html).toContain(`We checked the figures of the Government Work Report of the People&#39;s Government of Wulong District, Chongqing against each other in ${sorted.total} checks and found 1 contradiction, ${sorted.counts.tension} tensions and ${sorted.counts.question} questions, grouped into ${sorted.stories.length} issues.`);
    expect(sorted.counts.contradiction).toBe(1);
    expect(html).toContain('向政府提出的问题 Questions for the government');
    const questions = html.slice(html.indexOf('id="questions"'));
    expect(questions).toContain('Why is the growth of general public budget revenue to slow from 33.7% to 10%?');
    // the methods box dates the report by when it was given and when it was published
    const methods = html.slice(html.indexOf('class="methods"'));
    expect(methods).toContain('given 2024-01-31, published 2024-02-23');
    expect(methods).toContain('What was not: the figures were not compared with sources outside the report');
  });

  it('quotes each sentence once in a story', () => {
    const first = html.slice(html.indexOf('id="story-1"'), html.indexOf('id="story-2"'));
    const quotes = [...first.matchAll(/<blockquote lang="zh-Hans">([^<]*)</g)].map((match) => match[1]);
    // The tourism story uses nine figures from two sentences: each sentence is quoted once, with every figure it gives under it.
    expect(quotes).toHaveLength(2);
    expect(new Set(quotes).size).toBe(quotes.length);
    for (const surface of ['4494万人次', '1003元', '217亿元', '220亿元', '1100元以上', '7%以上']) expect(first).toContain(`<span class="meta">${surface} · characters`);
  });

  it('carries a static SVG of each chart when given, and leaves the pairs the checks call not comparable off the targets chart', () => {
    const svgs = new Map([['findings', '<svg class="static-findings"></svg>'], ['target-vs-actual', '<svg class="static-targets"></svg>']]);
    const page = storyHtml(runChecks(), { svgs });
    expect(page).toContain('<div data-chart="spec-0"><svg class="static-findings"></svg></div>');
    expect(page).toContain('<svg class="static-targets"></svg>');
    const targets = [...page.matchAll(/<script type="application\/json" id="spec-\d+">([\s\S]*?)<\/script>/g)]
      .map((block) => JSON.parse(block[1] ?? '{}') as { data?: { values?: { indicator?: string }[] } })
      .find((spec) => spec.data?.values?.some((row) => row.indicator === '旅游综合收入'));
    const indicators = targets?.data?.values?.map((row) => row.indicator) ?? [];
    // 新增公共停车位 (public parking, wording changed) and 境外游客 (persons against person-visits) are not drawn
    expect(indicators).not.toContain('新增公共停车位');
    expect(indicators.some((name) => name?.includes('境外游客'))).toBe(false);
  });

  it('escapes every piece of text from a hostile report', () => {
    const report = hostileReport();
    const hostile = storyHtml(runChecks(report), { report });
    expect(hostile).not.toContain(HOSTILE.title);
    expect(hostile).not.toContain('<img src=x');
    expect(hostile).not.toContain('<svg onload');
    expect(hostile).not.toContain('javascript:');
    expect(hostile).toContain('&lt;script&gt;window.__pwned = &quot;title&quot;&lt;/script&gt;');
    // inside the JSON data blocks, "<" is written \u003c, so "</script>" cannot end a block
    for (const block of hostile.matchAll(/<script type="application\/json" id="spec-\d+">([\s\S]*?)<\/script>/g)) {
      expect(block[1]).not.toContain('<');
      expect(() => JSON.parse(block[1] ?? '')).not.toThrow();
    }
  });
});
