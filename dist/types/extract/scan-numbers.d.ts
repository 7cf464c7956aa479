/** What a run of text with digits looks like, before any guess at its meaning. */
export type NumberShape = 'date' | 'year' | 'code' | 'name' | 'ratio' | 'quantity';
/** A numeric expression found in normalised text: its span and shape. */
export interface NumberMatch {
    start: number;
    end: number;
    shape: NumberShape;
}
/** Every numeric expression of a normalised text, left to right, without overlaps. */
export declare function scanNumbers(normalized: string): NumberMatch[];
