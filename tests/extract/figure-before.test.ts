import { describe, expect, it } from 'vitest';
import { draftColumns } from '../../src/extract/draft-columns.ts';
import { figureBefore } from '../../src/extract/figure-before.ts';
import type { Kind } from '../../src/report/types.ts';

/** Columns of rows of these kinds and units, the first `sentence` rows in one sentence and the rest in the next. */
function rows(kinds: Kind[], units: string[], sentence: number) {
  const columns = draftColumns(kinds.length);
  kinds.forEach((kind, i) => {
    columns.kind[i] = kind;
    columns.unit[i] = units[i] as string;
    columns.sentenceFrom[i] = i < sentence ? 0 : 100;
  });
  return columns;
}

describe('figureBefore', () => {
  it('finds the nearest figure before in its sentence, past dates, codes and thresholds, of the kinds and unit asked for', () => {
    const columns = rows(['level', 'count', 'date', 'growth', 'threshold', 'share', 'level'], ['yuan', 'item', 'date', 'percent', 'yuan', 'percent', 'yuan'], 6);
    expect(figureBefore(columns, 5)).toBe(3);
    expect(figureBefore(columns, 5, new Set<Kind>(['level', 'count']))).toBe(1);
    expect(figureBefore(columns, 5, new Set<Kind>(['level', 'count']), true)).toBe(-1);
    expect(figureBefore(columns, 3, undefined, true)).toBe(-1);
    // The first row of a sentence has none before it.
    expect(figureBefore(columns, 6)).toBe(-1);
  });
});
