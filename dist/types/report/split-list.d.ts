/** Splits a `;`-separated cell into its trimmed, non-empty items (an empty cell gives `[]`). */
export declare function splitList(cell: string | null | undefined): string[];
