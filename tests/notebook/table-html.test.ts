import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { tableHtml } from '../../src/notebook/table-html.ts';
import { actuals } from '../../src/views/actuals.ts';

describe('tableHtml', () => {
  it('shows a bounded number of rows with the total count', () => {
    const view = actuals();
    const html = tableHtml(view, { rows: 5 });
    expect(html.match(/<tr>/g)).toHaveLength(6);
    expect(html).toContain(`<caption>5 of ${view.numRows()} rows</caption>`);
    expect(tableHtml(aq.table({ a: [1] }))).toContain('<caption>1 rows</caption>');
  });

  it('escapes every piece of text from data, in cells and in column names', () => {
    const html = tableHtml(aq.table({ '<th onclick=x>': ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'a & "b"'] }));
    expect(html).not.toMatch(/<script|<img|onclick=x>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('a &amp; &quot;b&quot;');
  });

  it('writes open ends, missing values and NaN so a reader sees them', () => {
    const html = tableHtml(aq.table({ v: [Infinity, -Infinity, null, Number.NaN, 0.1 + 0.2] }));
    expect(html).toContain('<td>∞</td><');
    expect(html).toContain('<td>-∞</td>');
    expect(html).toContain('<td></td>');
    expect(html).toContain('<td>NaN</td>');
    expect(html).toContain('<td>0.3</td>');
  });
});
