import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.ts';
import { storyHtml } from '../../src/publish/story-html.ts';
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
    expect(html).toContain('tourism_revenue_growth_2024');
    expect(html).toContain('characters 8843–8848, section 2.3');
    expect([...html.matchAll(/data-chart="spec-\d+"/g)].length).toBe([...html.matchAll(/<script type="application\/json" id="spec-\d+">/g)].length);
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
