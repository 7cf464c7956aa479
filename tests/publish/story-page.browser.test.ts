import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.ts';
import { storyHtml } from '../../src/publish/story-html.ts';
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

  it('runs none of the markup a hostile report carries', async () => {
    const seen = await visit(hostileReport());
    expect(seen.pwned).toBeUndefined();
    expect(seen.charts.every((chart) => chart.rendered === 'true')).toBe(true);
    expect(seen.console).toEqual([]);
    expect(seen.requests).toEqual([]);
  }, 60_000);
});
