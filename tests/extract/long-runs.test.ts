import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

// Regressions: a run of letters, or of digits after a dot, was rescanned from each of its
// characters (300,000 letters took three minutes). With the run anchored, these take milliseconds;
// the time limit only catches a return of the quadratic scan, the growth is measured in
// bench/extract-long-runs.ts.
describe('extractClaims on runs far longer than any report', () => {
  it('reads 300,000 letters, and a dot followed by 300,000 digits, without rescanning them', () => {
    expect(extractClaims('a'.repeat(300_000)).numRows()).toBe(0);
    // 300,000 digits are no number a report writes: whatever is found lies inside the text.
    const text = `a.${'1'.repeat(300_000)}`;
    const digits = extractClaims(text);
    for (const end of digits.array('end') as number[]) expect(end).toBeLessThanOrEqual(text.length);
  }, 30_000);
});
