import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromArrow } from 'arquero';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { openTableStream, type StreamColumn } from '../../src/export/table-stream.ts';

const COLUMNS: StreamColumn[] = [
  { name: 'report', type: 'text' }, { name: 'amount', type: 'number' }, { name: 'year', type: 'integer' }, { name: 'reviewed', type: 'boolean' },
];
const path = () => join(mkdtempSync(join(tmpdir(), 'stream-')), 'table');
const parquetRows = async (file: string) => parquetReadObjects({ file: await asyncBufferFromFile(file) });

describe('openTableStream', () => {
  it('writes parts as one Arrow stream and one Parquet file holding the same rows, nulls included', async () => {
    const base = path();
    const stream = await openTableStream(base, COLUMNS);
    stream.append({ report: ['武隆', '武隆'], amount: [273.46, null], year: [2023, 2024], reviewed: [true, null] });
    stream.append({ report: [], amount: [], year: [], reviewed: [] });
    stream.append({ report: ['云溪'], amount: [2860.35], year: [null], reviewed: [false] });
    expect(stream.close()).toEqual({ rows: 3 });
    const expected = [
      { report: '武隆', amount: 273.46, year: 2023, reviewed: true },
      { report: '武隆', amount: null, year: 2024, reviewed: null },
      { report: '云溪', amount: 2860.35, year: null, reviewed: false },
    ];
    expect(fromArrow(readFileSync(`${base}.arrow`)).objects()).toEqual(expected);
    expect(await parquetRows(`${base}.parquet`)).toEqual(expected.map((row) => ({ ...row, year: row.year })));
  });

  it('joins small parts into batches of batchRows rows, and keeps every row across batches', async () => {
    const base = path();
    const stream = await openTableStream(base, [{ name: 'n', type: 'integer' }], { batchRows: 2 });
    for (let i = 0; i < 5; i += 1) stream.append({ n: [i] });
    expect(stream.close()).toEqual({ rows: 5 });
    expect(Array.from(fromArrow(readFileSync(`${base}.arrow`)).array('n') as ArrayLike<number>)).toEqual([0, 1, 2, 3, 4]);
    expect((await parquetRows(`${base}.parquet`)).map((row) => row.n)).toEqual([0, 1, 2, 3, 4]);
    await expect(openTableStream(path(), [{ name: 'n', type: 'integer' }], { batchRows: 0 })).rejects.toThrow(/batchRows/);
  });

  it('writes an empty table with its columns', async () => {
    const base = path();
    (await openTableStream(base, COLUMNS)).close();
    expect(fromArrow(readFileSync(`${base}.arrow`)).columnNames()).toEqual(['report', 'amount', 'year', 'reviewed']);
    expect(await parquetRows(`${base}.parquet`)).toEqual([]);
  });

  it('refuses what a table cannot hold, naming the column and row, and writes nothing of that part', async () => {
    const stream = await openTableStream(path(), COLUMNS);
    expect(() => stream.append({ report: ['a'], amount: [Number.NaN], year: [1], reviewed: [true] })).toThrow(/Row 0 of the column "amount" \(number\) holds NaN \(number\)\. Give a finite number, or null/);
    expect(() => stream.append({ report: ['a'], amount: [1], year: [1.5], reviewed: [true] })).toThrow(/"year" \(integer\) holds 1\.5.*a whole number/);
    expect(() => stream.append({ report: [1], amount: [1], year: [1], reviewed: [true] } as never)).toThrow(/"report" \(text\) holds 1 \(number\)\. Give text/);
    expect(() => stream.append({ report: ['a'], amount: [1], year: [1] })).toThrow(/lack the column "reviewed" \(given: report, amount, year\)/);
    expect(() => stream.append({ report: ['a', 'b'], amount: [1], year: [1, 2], reviewed: [true, false] })).toThrow(/"amount" has 1 values but the first column 2/);
    expect(stream.close()).toEqual({ rows: 0 });
    expect(() => stream.append({ report: [], amount: [], year: [], reviewed: [] })).toThrow(/is closed/);
    await expect(openTableStream(path(), [])).rejects.toThrow(/needs at least one column/);
  });
});
