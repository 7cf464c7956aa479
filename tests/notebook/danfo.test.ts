import * as aq from 'arquero';
import * as dfd from 'danfojs';
import { describe, expect, it } from 'vitest';
import { fromDanfo } from '../../src/notebook/from-danfo.ts';
import { toDanfo } from '../../src/notebook/to-danfo.ts';
import { FactcheckError } from '../../src/errors/factcheck-error.ts';
import { actuals } from '../../src/views/actuals.ts';

describe('danfo interop (with the real danfojs)', () => {
  it('converts a claims view to a DataFrame and back, keeping columns, order and values', () => {
    const view = actuals().select('id', 'surface', 'amount', 'low', 'high');
    const frame = toDanfo(view, dfd);
    expect(frame.shape).toEqual([view.numRows(), 5]);
    expect(frame.columns).toEqual(['id', 'surface', 'amount', 'low', 'high']);
    const back = fromDanfo(frame as never);
    expect(back.columnNames()).toEqual(view.columnNames());
    expect(back.objects()).toEqual(view.objects());
  });

  it('brings missing values back as null, not NaN', () => {
    const frame = toDanfo(aq.table({ a: [1, null, 3] }), dfd);
    expect(fromDanfo(frame as never).array('a')).toEqual([1, null, 3]);
  });

  it('refuses what is not a DataFrame', () => {
    expect(() => fromDanfo({} as never)).toThrow(FactcheckError);
    expect(() => fromDanfo(null as never)).toThrow(/fromDanfo\(df\)/);
  });
});
