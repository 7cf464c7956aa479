import { messages } from '../messages/index.ts';
import type { Interval, UnitCode } from '../quantity/types.ts';
import { formatValue, type Language } from './format-value.ts';

// The interval writers, one module: formatRange for prose (rounded outward, 以上/以内, "at least"),
// formatBrackets for notation ([low, high] in the written scale), pointAndRange for a computed
// value with its range in both languages.

/** Rounds a value down (`floor`) or up (`ceil`) at `digits` significant digits (percentages and points at two decimals at most). */
function roundOutward(value: number, unit: UnitCode | null, digits: number, direction: 'floor' | 'ceil'): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const significant = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  const step = unit === 'percent' || unit === 'pp' ? Math.max(significant, 0.01) : significant;
  // A value already on the grid (up to float noise) stays where it is.
  const units = value / step;
  const nearest = Math.round(units);
  const snapped = Math.abs(units - nearest) < 1e-9 ? nearest : Math[direction](units);
  return Number((snapped * step).toPrecision(15));
}

/** A written range may be at most this many times as wide as the computed one before it gets one digit more. */
const WIDENING = 1.5;

/**
 * Writes an interval for a published sentence, as a journalist writes it: three significant
 * figures, or as many more as it takes to tell the ends apart without widening the range by more
 * than half (`216.5亿元至217.5亿元`, `9.95%以上`; `from 8.51% to 8.55%`, `from 48% to 48.3%`). The ends
 * are rounded outward (low down, high up), so the written range always holds the computed one.
 * With `exact`, the ends are written in full (the rounding interval of a written figure: 1099.5元以上).
 */
export function formatRange(interval: Interval, unit: UnitCode | null, language: Language, options: { exact?: boolean } = {}): string {
  const width = interval.high - interval.low;
  const largest = Math.max(Math.abs(interval.low), Math.abs(interval.high));
  let digits = options.exact ? 12 : Number.isFinite(width) && width > 0 && largest > 0
    ? Math.min(15, Math.max(3, Math.ceil(Math.log10(largest / width)))) : 3;
  // One digit more where fewer would widen the range by more than half (217亿元 stands for 216.5亿 to 217.5亿, not 216亿 to 218亿).
  const written = (at: number) => roundOutward(interval.high, unit, at, 'ceil') - roundOutward(interval.low, unit, at, 'floor');
  if (Number.isFinite(width) && width > 0 && digits < 15 && written(digits) > width * WIDENING) digits += 1;
  const low = formatValue(roundOutward(interval.low, unit, digits, 'floor'), unit, language, 15);
  const high = formatValue(roundOutward(interval.high, unit, digits, 'ceil'), unit, language, 15);
  const lowOpen = !Number.isFinite(interval.low);
  const highOpen = !Number.isFinite(interval.high);
  if (lowOpen && highOpen) return messages.rangeAny(language);
  if (highOpen) return messages.rangeAtLeast(language, low);
  if (lowOpen) return messages.rangeAtMost(language, high);
  if (low === high) return low;
  return messages.rangeBetween(language, low, high);
}

const SCALE_WORDS: Record<number, string> = { 1: '', 10000: '万', 100000000: '亿', 1000000000000: '万亿' };

/**
 * Writes an interval in mathematical notation, in the scale it was written in: `[4493.5万, 4494.5万]`,
 * `[9.5, ∞)`. For tables, error messages and the dataset summary, where the reader wants the exact ends.
 */
export function formatBrackets(interval: Interval, scale: number): string {
  const word = SCALE_WORDS[scale] ?? '';
  const show = (value: number) => `${Number((value / scale).toPrecision(12))}${word}`;
  const low = Number.isFinite(interval.low) ? `[${show(interval.low)}` : '(-∞';
  const high = Number.isFinite(interval.high) ? `${show(interval.high)}]` : '∞)';
  return `${low}, ${high}`;
}

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
