import { FactcheckError } from './factcheck-error.ts';

/**
 * Thrown when a report folder lacks a file it needs or holds one that cannot be read.
 *
 * @example
 * new ReportLoadError('data/x/claims.csv', 'no claims.csv').path
 * // => 'data/x/claims.csv'
 */
export class ReportLoadError extends FactcheckError {
  readonly path: string;

  constructor(path: string, message: string) {
    super('REPORT_LOAD', message);
    this.name = 'ReportLoadError';
    this.path = path;
  }
}
