import { FactcheckError } from './factcheck-error.ts';
/** One problem in a claims table: the CSV line (the header is line 1), the column, and what to do. */
export interface ClaimProblem {
    line: number;
    column: string;
    message: string;
}
/**
 * Thrown when claims data does not fit the format or does not match its text. It lists every
 * problem found, not only the first, in `problems` and in its message.
 *
 * @example
 * new ClaimsDataError([{ line: 3, column: 'unit', message: 'bad unit' }]).message
 * // => 'The claims data has 1 problem(s):\n  line 3, unit: bad unit'
 */
export declare class ClaimsDataError extends FactcheckError {
    readonly problems: readonly ClaimProblem[];
    constructor(problems: readonly ClaimProblem[]);
}
