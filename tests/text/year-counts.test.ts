import { describe, expect, it } from 'vitest';
import { YEAR_COUNTS } from '../../src/text/year-counts.ts';

describe('YEAR_COUNTS', () => {
  it('reads each numeral word of a count of years as its number, 两 and 二 alike', () => {
    expect(Object.entries(YEAR_COUNTS).map(([word, count]) => `${word}${count}`).join(' ')).toBe('两2 二2 三3 四4 五5 六6 七7 八8 九9 十10');
  });
});
