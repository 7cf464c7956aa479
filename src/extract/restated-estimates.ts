import { noteLink, type DraftColumns } from './draft-columns.ts';

/** The column a table cell's name ends with (地区生产总值(绝对数)). */
const COLUMN = /\([^()]*\)$/;
/** The word of change a growth's name ends with (地区生产总值增长): the row that restates it names the level. */
const CHANGE_WORD = /(?:增长|下降)$/;

/**
 * Makes a table cell that restates a preliminary figure of the text an estimate too: a bulletin's 初步核算 GDP of 4826.37亿元
 * in prose, and the same 4826.37 in its table of the accounts. A cell is a restatement where a row outside the tables
 * is an estimate with the same value, scale, unit and year, and a name that starts with the cell's row name; its note says so.
 * The other way too: a figure of the text (规模以上工业增加值增长8.1%) that a table gives as an estimate (its 预计完成 column: 8.1),
 * of the same kind and measure (the names equal once a word of change is set aside), is an estimate.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param cells - The rows that are table cells, in order.
 */
export function restatedEstimates(columns: DraftColumns, cells: readonly number[]): void {
  const { status, value, scale, unit, year, indicator, kind } = columns;
  if (cells.length === 0) return;
  const inTable = new Set(cells);
  const estimates = new Map<string, string[]>();
  for (let i = 0; i < status.length; i += 1) {
    if (status[i] !== 'estimate' || inTable.has(i) || indicator[i] === '') continue;
    const key = `${value[i]}|${scale[i]}|${unit[i]}|${year[i]}`;
    const names = estimates.get(key);
    if (names) names.push(indicator[i] as string);
    else estimates.set(key, [indicator[i] as string]);
  }
  /** The cells made estimates here, not by their column: they make no figure of the text one. */
  const restated = new Set<number>();
  for (const i of cells) {
    if (status[i] !== 'actual') continue;
    const names = estimates.get(`${value[i]}|${scale[i]}|${unit[i]}|${year[i]}`);
    const row = (indicator[i] as string).replace(COLUMN, '');
    if (!names || row === '' || !names.some((name) => sameFigure(name, row))) continue;
    status[i] = 'estimate';
    restated.add(i);
    noteLink(columns, i, 'status: the text gives the same figure as preliminary');
  }
  // The other way: a figure of the text that a table's column of estimates (预计完成) gives too is an estimate.
  const estimatedCells = new Map<string, string[]>();
  for (const i of cells) {
    if (status[i] !== 'estimate' || restated.has(i) || indicator[i] === '') continue;
    const key = `${value[i]}|${scale[i]}|${unit[i]}|${year[i]}|${kind[i]}`;
    const rows = estimatedCells.get(key);
    const row = (indicator[i] as string).replace(COLUMN, '');
    if (rows) rows.push(row);
    else estimatedCells.set(key, [row]);
  }
  if (estimatedCells.size === 0) return;
  for (let i = 0; i < status.length; i += 1) {
    if (status[i] !== 'actual' || inTable.has(i) || indicator[i] === '') continue;
    const rows = estimatedCells.get(`${value[i]}|${scale[i]}|${unit[i]}|${year[i]}|${kind[i]}`);
    // The same measure: the names equal once a word of change ends neither (规模以上工业增加值增长, 居民消费价格上涨 and 涨幅).
    if (!rows || !rows.some((row) => measureOf(row) === measureOf(indicator[i] as string))) continue;
    status[i] = 'estimate';
    noteLink(columns, i, 'status: a table gives the same figure as an estimate');
  }
}

/** A measure's name without the word of change or rise it ends with. */
const measureOf = (name: string): string => name.replace(CHANGE_OR_RISE, '');
const CHANGE_OR_RISE = /(?:增长|下降|上涨|涨幅|增速|增幅)$/;

/** Whether a name of the text and a table's row name the same figure: one starts with the other (a growth's row without its word of change). */
function sameFigure(name: string, row: string): boolean {
  return name.startsWith(row) || row.startsWith(name.replace(CHANGE_WORD, ''));
}
