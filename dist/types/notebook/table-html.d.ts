/** Options of `tableHtml` and `displayTable`. */
export interface TableHtmlOptions {
    /** Show at most this many rows. Default 20. */
    rows?: number;
}
/** The table shape `tableHtml` reads: an Arquero table. */
export interface TableLike {
    numRows(): number;
    columnNames(): string[];
    objects(options?: {
        limit?: number;
    }): object[];
}
/**
 * An Arquero table as an HTML table for a notebook: the first rows (20 by default) and a caption
 * with the number shown and the total, every cell escaped, so that text from a report cannot
 * inject markup.
 *
 * @param table - An Arquero table.
 * @param options - See `TableHtmlOptions`.
 * @returns The HTML.
 * @example
 * tableHtml(aq.table({ surface: ['<b>1</b>', '2'] }), { rows: 1 })
 * // => '<table class="wulong-table"><caption>1 of 2 rows</caption><thead><tr><th>surface</th></tr></thead><tbody><tr><td>&lt;b&gt;1&lt;/b&gt;</td></tr></tbody></table>'
 */
export declare function tableHtml(table: TableLike, options?: TableHtmlOptions): string;
