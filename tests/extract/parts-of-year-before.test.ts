import { describe, expect, it } from 'vitest';
import { PARTS_OF_YEAR_BEFORE } from '../../src/extract/parts-of-year-before.ts';

describe('PARTS_OF_YEAR_BEFORE', () => {
  it('reads the part of a year a change is since, and not the year before or a whole year', () => {
    const since = new RegExp(`^(?:比|较)(?:${PARTS_OF_YEAR_BEFORE})$`);
    expect(['比上半年', '较上月', '比1—8月', '比1-8月', '比前三季度'].every((words) => since.test(words))).toBe(true);
    expect(['比上年', '较去年', '比2024年'].some((words) => since.test(words))).toBe(false);
  });
});
