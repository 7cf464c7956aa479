import { FactcheckError } from './factcheck-error.ts';
/**
 * Thrown when a report folder lacks a file it needs or holds one that cannot be read.
 *
 * @example
 * new ReportLoadError('data/x/claims.csv', 'no claims.csv').path
 * // => 'data/x/claims.csv'
 */
export declare class ReportLoadError extends FactcheckError {
    readonly path: string;
    constructor(path: string, message: string);
}
