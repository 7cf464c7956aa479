import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.ts';
import { storyHtml } from '../../src/publish/story-html.ts';
import { factCheckCharts } from '../../src/publish/fact-check-charts.ts';
import { renderSvg } from '../../src/render/render-svg.ts';
import type { Report } from '../../src/report/types.ts';
import { CHROMIUM, CHROMIUM_ARGS, skipWithoutChromium } from '../support/chromium.ts';
import { hostileReport } from '../support/hostile-report.ts';

interface Visit { charts: { rendered: string | null; drawn: number }[]; console: string[]; requests: string[]; pwned: unknown; violations: string[] }

describe.skipIf(skipWithoutChromium())('the story page in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }); }, 60_000);
  afterAll(async () => { await browser?.close(); });

  async function visit(report?: Report): Promise<Visit> {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    const file = join(dir, 'story.html');
    writeFileSync(file, storyHtml(runChecks(report), report ? { report } : {}));
    const page = await browser.newPage();
    const seen: Visit = { charts: [], console: [], requests: [], pwned: undefined, violations: [] };
    page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') seen.console.push(`${message.type()}: ${message.text()}`); });
    page.on('pageerror', (error) => seen.console.push(`pageerror: ${error.message}`));
    page.on('request', (request) => { if (request.url() !== pathToFileURL(file).href) seen.requests.push(request.url()); });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        ((window as unknown as { __violations: string[] }).__violations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-chart]')].every((holder) => holder.getAttribute('data-rendered') !== null), null, { timeout: 30_000 });
    seen.charts = await page.evaluate(() => [...document.querySelectorAll('[data-chart]')].map((holder) => ({
      rendered: holder.getAttribute('data-rendered'), drawn: holder.querySelectorAll('svg, canvas').length,
    })));
    seen.pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    seen.violations = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
    await page.close();
    return seen;
  }

  it('draws every chart, with no console error or warning, no request and no policy violation', async () => {
    const seen = await visit();
    expect(seen.charts.length).toBeGreaterThan(5);
    expect(seen.charts.every((chart) => chart.rendered === 'true' && chart.drawn >= 1)).toBe(true);
    expect(seen.console).toEqual([]);
    expect(seen.requests).toEqual([]);
    expect(seen.violations).toEqual([]);
  }, 60_000);

  it('shows a static SVG of every chart to a reader without JavaScript, and replaces it with the interactive one where scripts run', async () => {
    const results = runChecks();
    const svgs = new Map<string, string>();
    for (const { name, spec } of factCheckCharts(results).charts) svgs.set(name, await renderSvg(spec));
    const dir = mkdtempSync(join(tmpdir(), 'story-static-'));
    const file = join(dir, 'story.html');
    writeFileSync(file, storyHtml(results, { svgs }));
    const still = await browser.newContext({ javaScriptEnabled: false });
    const page = await still.newPage();
    await page.goto(pathToFileURL(file).href);
    const holders = await page.evaluate(() => [...document.querySelectorAll('[data-chart]')].map((holder) => ({
      svg: holder.querySelectorAll('svg').length, text: holder.textContent ?? '', width: holder.getBoundingClientRect().width,
    })));
    expect(holders.length).toBeGreaterThan(5);
    for (const holder of holders) {
      expect(holder.svg).toBe(1);
      expect(holder.width).toBeGreaterThan(100);
    }
    await still.close();
    // With scripts, each static picture gives way to one drawn chart, not two.
    const live = await browser.newPage();
    await live.goto(pathToFileURL(file).href);
    await live.waitForFunction(() => [...document.querySelectorAll('[data-chart]')].every((holder) => holder.getAttribute('data-rendered') !== null), null, { timeout: 30_000 });
    const drawn = await live.evaluate(() => [...document.querySelectorAll('[data-chart]')].map((holder) => [holder.getAttribute('data-rendered'), holder.querySelectorAll('svg.marks').length]));
    expect(drawn.every(([rendered, count]) => rendered === 'true' && count === 1)).toBe(true);
    await live.close();
  }, 120_000);

  it('runs none of the markup a hostile report carries', async () => {
    const seen = await visit(hostileReport());
    expect(seen.pwned).toBeUndefined();
    expect(seen.charts.every((chart) => chart.rendered === 'true')).toBe(true);
    expect(seen.console).toEqual([]);
    expect(seen.requests).toEqual([]);
  }, 60_000);
});
