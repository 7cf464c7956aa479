import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';

/** The value, when it is a finite number; otherwise a `NOT_A_NUMBER` error naming it and saying what to pass. */
export function finiteNumber(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new FactcheckError('NOT_A_NUMBER', messages.notFiniteNumber(name, value));
  return value;
}

/** A computed result, when it is a finite number; otherwise a `NOT_A_NUMBER` error saying it overflowed (never an Infinity returned). */
export function finiteResult(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new FactcheckError('NOT_A_NUMBER', messages.resultOutOfRange(what));
  return value;
}
