import type { Interval, UnitCode } from '../quantity/types.ts';
import { formatRange, formatValue } from './format-value.ts';

/** A computed value and its interval, written for a sentence in both languages. */
export interface PointAndRange {
  pointZh: string;
  pointEn: string;
  rangeZh: string;
  rangeEn: string;
}

/** Writes a computed point value and its interval in Chinese and English. */
export function pointAndRange(point: number, interval: Interval, unit: UnitCode | null): PointAndRange {
  return {
    pointZh: formatValue(point, unit, 'zh'), pointEn: formatValue(point, unit, 'en'),
    rangeZh: formatRange(interval, unit, 'zh'), rangeEn: formatRange(interval, unit, 'en'),
  };
}
