import { describe, expect, it } from 'vitest';
import { CHANGE_END, CHANGE_IN_CLAUSE } from '../../src/extract/change-end.ts';

describe('CHANGE_END and CHANGE_IN_CLAUSE', () => {
  it('find the words of change that end a growth\'s name, and every one in a clause', () => {
    expect(CHANGE_END.exec('地区生产总值增长')?.[1]).toBe('增长');
    expect(CHANGE_END.test('人民币平均汇率贬值')).toBe(true);
    expect(CHANGE_END.test('地区生产总值')).toBe(false);
    expect('比上年下降，增速回落'.match(CHANGE_IN_CLAUSE)).toEqual(['下降', '增速', '回落']);
  });
});
