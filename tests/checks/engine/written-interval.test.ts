import { describe, expect, it } from 'vitest';
import { writtenInterval } from '../../../src/checks/engine/written-interval.ts';
import type { Figure } from '../../../src/report/types.ts';

/** A figure with only what writtenInterval reads: its surface and its direction. */
const figure = (surface: string, direction: Figure['direction'] = null) => ({ surface, direction }) as Figure;

describe('writtenInterval', () => {
  it('gives the interval of the written digits, without the qualifier, and counts of whole things as exact', () => {
    expect(writtenInterval(figure('4.5亿元以上'))).toEqual({ low: 445000000, high: 455000000 });
    expect(writtenInterval(figure('25个'))).toEqual({ low: 25, high: 25 });
    expect(writtenInterval(figure('3.2%', 'down'))).toEqual({ low: -3.25, high: -3.15 });
  });

  it('rounds tenths (三成) as tenths, in percent', () => {
    expect(writtenInterval(figure('三成以上'))).toEqual({ low: 25, high: 35 });
    expect(writtenInterval(figure('3.5成'))).toEqual({ low: 34.5, high: 35.5 });
  });
});
