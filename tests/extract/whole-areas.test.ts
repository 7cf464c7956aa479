import { describe, expect, it } from 'vitest';
import { WHOLE_AREAS } from '../../src/extract/whole-areas.ts';

describe('WHOLE_AREAS', () => {
  it('opens a name with the whole of an area of any level, and not with the whole of a time', () => {
    const opening = new RegExp(`^(?:${WHOLE_AREAS})`);
    expect(['全国居民人均可支配收入', '全省', '全市地区生产总值', '全区', '全县常住人口', '全州'].every((name) => opening.test(name))).toBe(true);
    expect(['全年接待游客', '全部', '全面', '县域'].some((name) => opening.test(name))).toBe(false);
  });
});
