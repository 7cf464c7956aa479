import * as aq from 'arquero';
import * as danfo from 'danfojs';
import * as danfoNode from 'danfojs-node';
import { describe, expect, it } from 'vitest';
import { FactcheckError } from '../../src/errors/factcheck-error.ts';
import { enableDanfoDisplay } from '../../src/notebook/enable-danfo-display.ts';
import { fromDanfo } from '../../src/notebook/from-danfo.ts';
import { toDanfo } from '../../src/notebook/to-danfo.ts';
import { actuals } from '../../src/views/actuals.ts';

// danfojs (browser and Node) and danfojs-node (Node, TensorFlow's Node package, here backed by
// the pure-JavaScript @tensorflow/tfjs through an override: see docs/dependencies.md).
describe.each([['danfojs', danfo], ['danfojs-node', danfoNode]] as const)('danfo interop with the real %s', (_name, dfd) => {
  it('converts a claims view to a DataFrame and back, keeping columns, order and values', () => {
    const view = actuals().select('id', 'surface', 'amount', 'low', 'high');
    const frame = toDanfo(view, dfd as never) as { shape: number[]; columns: string[] };
    expect(frame.shape).toEqual([view.numRows(), 5]);
    expect(frame.columns).toEqual(['id', 'surface', 'amount', 'low', 'high']);
    const back = fromDanfo(frame as never);
    expect(back.columnNames()).toEqual(view.columnNames());
    expect(back.objects()).toEqual(view.objects());
  });

  it('brings missing values back as null, not NaN', () => {
    const frame = toDanfo(aq.table({ a: [1, null, 3] }), dfd as never);
    expect(fromDanfo(frame as never).array('a')).toEqual([1, null, 3]);
  });

  it('displays a DataFrame as an HTML table in a notebook once enabled, not as an object dump', () => {
    enableDanfoDisplay(dfd as never, { rows: 2 });
    const frame = new dfd.DataFrame({ id: ['a', 'b', 'c'], amount: [1, Number.NaN, 3] }) as unknown as Record<symbol, () => Record<string, string>>;
    const shown = frame[Symbol.for('Jupyter.display')]?.();
    expect(shown?.['text/plain']).toBe('2 of 3 rows: id, amount');
    expect(shown?.['text/html']).toMatch(/^<table[\s\S]*<td>a<\/td>[\s\S]*<\/table>/);
  });
});

describe('fromDanfo', () => {
  it('refuses what is not a DataFrame', () => {
    expect(() => fromDanfo({} as never)).toThrow(FactcheckError);
    expect(() => fromDanfo(null as never)).toThrow(/fromDanfo\(df\)/);
  });
});
