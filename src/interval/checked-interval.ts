import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';
import type { Interval } from '../quantity/types.ts';

/**
 * The interval, when it is one: two numbers, neither NaN, low ≤ high (±Infinity for open ends);
 * otherwise a `NOT_AN_INTERVAL` error naming it. Interval arithmetic checks its operands here, so a
 * NaN never travels silently into a result.
 */
export function checkedInterval(value: unknown, name: string): Interval {
  const candidate = value as Partial<Interval> | null;
  const ok = candidate !== null && typeof candidate === 'object'
    && typeof candidate.low === 'number' && typeof candidate.high === 'number'
    && !Number.isNaN(candidate.low) && !Number.isNaN(candidate.high) && candidate.low <= candidate.high
    && candidate.low !== Infinity && candidate.high !== -Infinity;
  if (!ok) throw new FactcheckError('NOT_AN_INTERVAL', messages.notAnInterval(name, value));
  return candidate as Interval;
}
