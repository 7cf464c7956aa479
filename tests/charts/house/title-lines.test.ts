import { describe, expect, it } from 'vitest';
import { titleLines } from '../../../src/charts/house/title-lines.ts';
import { displayWidth } from '../../../src/text/display-width.ts';

describe('titleLines', () => {
  it('keeps a short title as one string', () => {
    expect(titleLines('Tourism revenue', 40)).toBe('Tourism revenue');
  });

  it('breaks a long title at spaces, and Chinese between characters, within the width', () => {
    const en = titleLines('Contradiction: Comprehensive tourism revenue: growth out of line with its components', 40);
    expect(Array.isArray(en)).toBe(true);
    expect((en as string[]).join(' ')).toBe('Contradiction: Comprehensive tourism revenue: growth out of line with its components');
    for (const line of en as string[]) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    const zh = titleLines('矛盾:旅游综合收入:增速与其组成部分不符,需要解释其中的原因', 20) as string[];
    expect(zh.join('')).toBe('矛盾:旅游综合收入:增速与其组成部分不符,需要解释其中的原因');
    for (const line of zh) expect(displayWidth(line)).toBeLessThanOrEqual(20);
  });
});
