import { describe, expect, it } from 'vitest';
import { LIST_JOIN_ONLY, LISTED_AFTER } from '../../src/extract/list-join.ts';

describe('LIST_JOIN_ONLY', () => {
  it('reads what joins two figures of one list and nothing else', () => {
    expect(['、', '和', ' 及 ', '与'].every((between) => LIST_JOIN_ONLY.test(between))).toBe(true);
    expect(['，', '、普通国省道', '和其他'].some((between) => LIST_JOIN_ONLY.test(between))).toBe(false);
  });
});

describe('LISTED_AFTER', () => {
  it('reads 、 and the name of the figure listed after, and not a new clause or a figure between', () => {
    expect(['、普通国省道', '、参训', '、'].every((between) => LISTED_AFTER.test(between))).toBe(true);
    expect(['，参训', '、其中3个', '；参训'].some((between) => LISTED_AFTER.test(between))).toBe(false);
  });
});
