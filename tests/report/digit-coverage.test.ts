import { describe, expect, it } from 'vitest';
import { digitCoverage } from '../../src/report/digit-coverage.ts';

describe('digitCoverage', () => {
  it('counts the claims around every digit run, including full-width digits', () => {
    const text = '增长5.5%,共１２个,2332';
    const runs = digitCoverage(text, [{ id: 'growth', start: 2, end: 6 }, { id: 'count', start: 8, end: 11 }, { id: 'twice', start: 9, end: 11 }]);
    expect(runs.map((run) => [run.digits, run.claims])).toEqual([
      ['5', ['growth']], ['5', ['growth']], ['１２', ['count']], ['2332', []],
    ]);
  });
  it('returns nothing for a text without digits', () => {
    expect(digitCoverage('没有数字', [])).toEqual([]);
  });
});
