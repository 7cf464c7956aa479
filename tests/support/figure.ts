import { parse } from '../../src/quantity/parse.ts';
import type { Figure } from '../../src/report/types.ts';

/**
 * A figure made from a surface, for tests of edge cases the bundled report does not have
 * (a zero base, a rate above 100%). Everything not given is neutral: a 2023 actual level.
 */
export function figure(surface: string, overrides: Partial<Figure> = {}): Figure {
  const quantity = parse(surface);
  return {
    id: overrides.id ?? `test_${surface}`,
    surface,
    number: quantity.number,
    scale: quantity.scale,
    unit: quantity.unit,
    amount: quantity.amount,
    interval: quantity.interval,
    qualifier: quantity.qualifier,
    kind: 'level',
    year: 2023,
    status: 'actual',
    direction: null,
    indicator: ['测试指标'],
    indicator_en: ['test indicator'],
    basis: [],
    topic: 'macro',
    quote: `测试${surface}。`,
    start: 2,
    end: 2 + surface.length,
    section: '1',
    scope: null,
    note: null,
    reviewed: true,
    ...overrides,
  };
}

/** A growth figure: kind growth, direction up unless given. */
export const growth = (surface: string, overrides: Partial<Figure> = {}): Figure =>
  figure(surface, { kind: 'growth', direction: 'up', basis: ['nominal'], ...overrides });
