/** The columns a reader wants first when looking at claims, in reading order. */
export declare const VIEW_COLUMNS: readonly ['id', 'indicator', 'indicator_en', 'surface', 'number', 'unit', 'amount', 'low', 'high', 'qualifier', 'kind', 'year', 'status', 'topic', 'section'];
