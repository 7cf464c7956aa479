import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { displayTable, enableTableDisplay } from '../../src/notebook/display-table.ts';
import { actuals } from '../../src/views/actuals.ts';

type Displayable = { [key: symbol]: () => Record<string, string> };
const DISPLAY = Symbol.for('Jupyter.display');

describe('displayTable and enableTableDisplay', () => {
  it('wraps one table for display', () => {
    const bundle = (displayTable(actuals(), { rows: 3 }) as unknown as Displayable)[DISPLAY]!();
    expect(bundle['text/html']).toContain(`3 of ${actuals().numRows()} rows`);
    expect(bundle['text/plain']).toMatch(/^3 of \d+ rows: id, /);
  });

  it('makes every Arquero table display itself once enabled', () => {
    enableTableDisplay({ rows: 2 });
    const bundle = (aq.table({ a: [1, 2, 3] }) as unknown as Displayable)[DISPLAY]!();
    expect(bundle['text/html']).toContain('<caption>2 of 3 rows</caption>');
  });
});
