import { nearest } from './nearest.ts';
import { messages } from '../messages/index.ts';
import { FactcheckError } from './factcheck-error.ts';

/**
 * Thrown when an argument is not one of the values allowed (a topic, a format, an extension).
 *
 * @example
 * new UnknownValueError('topic', 'tourisme', ['tourism', 'macro']).suggestion
 * // => 'tourism'
 */
export class UnknownValueError extends FactcheckError {
  readonly what: string;
  readonly value: string;
  readonly suggestion: string | undefined;

  constructor(what: string, value: string, allowed: readonly string[]) {
    const suggestion = nearest(value, allowed, 1)[0];
    super('UNKNOWN_VALUE', messages.unknownValue(what, value, allowed, suggestion));
    this.name = 'UnknownValueError';
    this.what = what;
    this.value = value;
    this.suggestion = suggestion;
  }
}
