import { describe, expect, it } from 'vitest';
import { fromArrow, fromCSV } from 'arquero';
import { exportTable } from '../../src/export/export-table.ts';
import { targets } from '../../src/views/targets.ts';
import { UnknownValueError } from '../../src/errors/unknown-value-error.ts';

describe('exportTable', () => {
  const table = targets();
  it('writes CSV that reads back to the same surfaces and amounts', () => {
    const back = fromCSV(exportTable(table, 'csv'), { parse: { surface: String, id: String } });
    expect(back.array('surface')).toEqual(table.array('surface'));
    expect(back.array('amount')).toEqual(table.array('amount'));
  });
  it('writes JSON rows with null for open bounds', () => {
    const rows = JSON.parse(exportTable(table, 'json')) as Record<string, unknown>[];
    expect(rows.length).toBe(table.numRows());
    expect(rows.find((row) => row.id === 'new_urban_jobs_2024_target')).toMatchObject({ low: 2999.5, high: null });
  });
  it('writes Arrow IPC bytes that read back', () => {
    const bytes = exportTable(table, 'arrow');
    expect(bytes).toBeInstanceOf(Uint8Array);
    const back = fromArrow(bytes);
    expect(back.numRows()).toBe(table.numRows());
    expect(back.array('id')).toEqual(table.array('id'));
  });
  it('rejects an unknown format', () => {
    // @ts-expect-error not a format
    expect(() => exportTable(table, 'xlsx')).toThrow(UnknownValueError);
  });
});
