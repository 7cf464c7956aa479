/** Levenshtein distance between two strings (insertions, deletions and substitutions cost 1). */
export declare function editDistance(a: string, b: string): number;
