import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { bool, float64, int32, tableFromArrays, tableToIPC, utf8 } from '@uwdata/flechette';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';

/** Options of `openTableStream`. */
export interface TableStreamOptions {
  /**
   * Rows gathered before they are written as one Arrow record batch and one Parquet row group:
   * parts smaller than this (one report's claims) are joined, so that the files hold few large
   * batches; at most this many rows (plus one part) are held in memory. Default 16384.
   */
  batchRows?: number;
}

const DEFAULT_BATCH_ROWS = 16384;

/** The type of a column of a streamed table. */
export type StreamColumnType = 'text' | 'number' | 'integer' | 'boolean';

/** One column of a streamed table: its name and type; every column may hold nulls. */
export interface StreamColumn {
  name: string;
  type: StreamColumnType;
}

/** A table written in parts, as Arrow IPC (stream format) and Parquet side by side. */
export interface TableStream {
  /** Appends rows, given as columns of equal length (a part of any size; an empty one is skipped). */
  append(columns: Readonly<Record<string, readonly unknown[]>>): void;
  /** Finishes both files and returns how many rows they hold. */
  close(): { rows: number };
}

const ARROW_TYPES = { text: utf8, number: float64, integer: int32, boolean: bool } as const;
const PARQUET_TYPES = { text: 'STRING', number: 'DOUBLE', integer: 'INT32', boolean: 'BOOLEAN' } as const;
/** The end of an Arrow IPC stream: a continuation marker and a zero length. */
const END_OF_STREAM = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);

/** A value as its column type stores it, or null; anything else is an error naming the column. */
function cell(value: unknown, column: StreamColumn, row: number): unknown {
  if (value === null || value === undefined) return null;
  const fits = column.type === 'text' ? typeof value === 'string'
    : column.type === 'boolean' ? typeof value === 'boolean'
      : typeof value === 'number' && Number.isFinite(value) && (column.type === 'number' || Number.isInteger(value));
  if (!fits) throw new FactcheckError('INVALID_ARGUMENT', messages.streamBadCell(column.name, column.type, row, value));
  return value;
}

/**
 * Opens a table to be written in parts, to `${path}.arrow` (Arrow IPC, stream format: one schema,
 * then one record batch per part) and `${path}.parquet` (one row group per part, Snappy), so that a
 * table larger than memory is written with only one part in memory at a time. Both files hold the
 * same rows with the same column types; Arquero (`fromArrow`), DuckDB (`read_parquet`) and any
 * Arrow or Parquet reader read them. Parts are gathered into batches of `batchRows` rows, so memory
 * holds at most one batch. The files are complete only after `close()`.
 *
 * @param path - The path of both files, without extension.
 * @param columns - The columns, in order.
 * @param options - See `TableStreamOptions`.
 * @returns The stream.
 * @example
 * const path = `${tmpdir()}/claims-${process.pid}`;
 * const stream = await openTableStream(path, [{ name: 'report', type: 'text' }, { name: 'amount', type: 'number' }]);
 * stream.append({ report: ['a', 'a'], amount: [1.5, null] });
 * stream.append({ report: ['b'], amount: [2] });
 * stream.close()
 * // => { rows: 3 }
 * aq.fromArrow(readFileSync(`${path}.arrow`)).objects()
 * // => [{ report: 'a', amount: 1.5 }, { report: 'a', amount: null }, { report: 'b', amount: 2 }]
 */
export async function openTableStream(path: string, columns: readonly StreamColumn[], options: TableStreamOptions = {}): Promise<TableStream> {
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  if (!(Number.isInteger(batchRows) && batchRows > 0)) throw new FactcheckError('INVALID_ARGUMENT', messages.badCount('batchRows', batchRows));
  if (columns.length === 0) throw new FactcheckError('INVALID_ARGUMENT', messages.streamNoColumns(path));
  // The Parquet writer is loaded on first use: importing the package stays as fast as before it.
  const { ParquetWriter, schemaFromColumnData, fileWriter } = await import('hyparquet-writer');
  mkdirSync(dirname(path), { recursive: true });
  const types = Object.fromEntries(columns.map((column) => [column.name, ARROW_TYPES[column.type]()]));
  const arrow = openSync(`${path}.arrow`, 'w');
  const schema = schemaFromColumnData({
    columnData: columns.map((column) => ({ name: column.name, data: [], type: PARQUET_TYPES[column.type], nullable: true })),
  });
  const parquet = new ParquetWriter({ writer: fileWriter(`${path}.parquet`), schema, createdBy: 'wulong-factcheck' });
  let rows = 0;
  let schemaWritten = false;
  let closed = false;
  let pending: unknown[][] = columns.map(() => []);
  let pendingRows = 0;
  const flush = () => {
    if (pendingRows === 0) return;
    const data = pending;
    pending = columns.map(() => []);
    const bytes = tableToIPC(tableFromArrays(columns.map((column, i): [string, unknown[]] => [column.name, data[i] as unknown[]]), { types }), { format: 'stream' }) as Uint8Array;
    // Each batch is encoded as a whole stream: the first keeps its schema, none keeps its end marker.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const from = schemaWritten ? 8 + view.getInt32(4, true) : 0;
    writeSync(arrow, bytes.subarray(from, bytes.byteLength - END_OF_STREAM.length));
    schemaWritten = true;
    parquet.write({ columnData: columns.map((column, i) => ({ name: column.name, data: data[i] as unknown[] })), rowGroupSize: pendingRows });
    pendingRows = 0;
  };
  return {
    append(parts) {
      if (closed) throw new FactcheckError('INVALID_ARGUMENT', messages.streamClosed(path));
      const length = (parts[columns[0]?.name ?? ''] ?? []).length;
      const data = columns.map((column) => {
        const values = parts[column.name];
        if (values === undefined) throw new FactcheckError('INVALID_ARGUMENT', messages.streamMissingColumn(column.name, Object.keys(parts)));
        if (values.length !== length) throw new FactcheckError('INVALID_ARGUMENT', messages.streamUnevenColumns(column.name, values.length, length));
        return values.map((value, row) => cell(value, column, rows + row));
      });
      for (let i = 0; i < columns.length; i += 1) {
        const target = pending[i] as unknown[];
        for (const value of data[i] as unknown[]) target.push(value);
      }
      pendingRows += length;
      rows += length;
      if (pendingRows >= batchRows) flush();
    },
    close() {
      if (closed) return { rows };
      closed = true;
      try {
        flush();
        if (!schemaWritten) {
          // An empty table still has its schema, so that readers see its columns.
          const empty = tableToIPC(tableFromArrays(columns.map((column): [string, unknown[]] => [column.name, []]), { types }), { format: 'stream' }) as Uint8Array;
          writeSync(arrow, empty.subarray(0, empty.byteLength - END_OF_STREAM.length));
        }
        writeSync(arrow, END_OF_STREAM);
        parquet.finish();
      } finally {
        closeSync(arrow);
      }
      return { rows };
    },
  };
}
