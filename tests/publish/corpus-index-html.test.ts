import { describe, expect, it } from 'vitest';
import { corpusIndexHtml, type CorpusReportRow } from '../../src/publish/corpus-index-html.ts';

const row = (report: string, counts: [number, number, number], extra: Partial<CorpusReportRow> = {}): CorpusReportRow => ({
  report, place: '某县', title: 'T', type: 'work_report', review_year: 2024, plan_year: 2025, claims: 10, reviewed: false, checks: 5,
  contradictions: counts[0], tensions: counts[1], questions: counts[2], headline: `H ${report}`, page: `reports/${report}.html`, error: null, ...extra,
});

describe('corpusIndexHtml', () => {
  it('lists the reports most doubts first, escaped, and the failures apart with their errors', () => {
    const html = corpusIndexHtml([
      row('quiet', [0, 0, 1]), row('<b>loud</b>', [1, 0, 0], { reviewed: true }), row('x', [0, 0, 0], { error: 'bad "text"', page: null }),
    ]);
    expect(html.indexOf('&lt;b&gt;loud&lt;/b&gt;')).toBeLessThan(html.indexOf('>quiet<'));
    expect(html).not.toContain('<b>loud</b>');
    expect(html).toContain('2 checked, 1 failed (listed below). 1 rest on claims drafted from their text and not reviewed');
    expect(html).toMatch(/<h2 class="failed">1 report could not be checked<\/h2><ul>\n<li><strong>x<\/strong>: bad &quot;text&quot;<\/li>/);
    expect(html).not.toContain('<script');
  });
});
