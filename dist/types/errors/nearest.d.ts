/**
 * The candidates closest to a misspelled name: those containing it or contained in it first,
 * then by edit distance; at most `limit`, never a candidate further than half its length away.
 */
export declare function nearest(name: string, candidates: Iterable<string>, limit?: number): string[];
