import { messages } from '../messages/index.ts';
import type { Interval, UnitCode } from '../quantity/types.ts';
import { UNITS } from '../quantity/units.ts';

export type Language = 'zh' | 'en';

const unitZh = (unit: UnitCode): string => UNITS.find((row) => row.code === unit)?.zh ?? '';
const unitEn = (unit: UnitCode): string => {
  const label = UNITS.find((row) => row.code === unit)?.en ?? '';
  return label.replace(/ \(.*\)$/, '');
};

/** Up to `digits` significant digits, without trailing zeros. */
const significant = (value: number, digits: number): string => String(Number(value.toPrecision(digits)));

/** Two decimals at most, for percentages and points. */
const percentDigits = (value: number): string => String(Number(value.toFixed(2)));

/**
 * Writes a value in its unit for a published sentence: 万 and 亿 in Chinese (`450.7亿元`),
 * million and billion in English (`45.07 billion yuan`), percentages with two decimals at most;
 * `digits` significant digits (4 by default, for computed values; 15 writes a stated figure in full).
 */
export function formatValue(value: number, unit: UnitCode | null, language: Language, digits = 4): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  if (unit === 'percent') return `${percentDigits(value)}%`;
  if (unit === 'pp') return language === 'zh' ? `${percentDigits(value)}个百分点` : `${percentDigits(value)} percentage points`;
  if (unit === 'ratio') return significant(value, 4);
  const magnitude = Math.abs(value);
  if (language === 'zh') {
    const text = unit === null ? '' : unitZh(unit);
    if (magnitude >= 1e8) return `${significant(value / 1e8, digits)}亿${text}`;
    if (magnitude >= 1e4) return `${significant(value / 1e4, digits)}万${text}`;
    return `${significant(value, digits)}${text}`;
  }
  const text = unit === null || unit === 'number' ? '' : ` ${unitEn(unit)}`;
  if (magnitude >= 1e9) return `${significant(value / 1e9, digits)} billion${text}`;
  if (magnitude >= 1e6) return `${significant(value / 1e6, digits)} million${text}`;
  return `${Number(value.toPrecision(digits)).toLocaleString('en-US', { maximumFractionDigits: 20 })}${text}`;
}

/** Rounds a value down (`floor`) or up (`ceil`) at `digits` significant digits, or at two decimals for percentages and points. */
function roundOutward(value: number, unit: UnitCode | null, digits: number, direction: 'floor' | 'ceil'): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const step = unit === 'percent' || unit === 'pp' ? 0.01 : 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  // A value already on the grid (up to float noise) stays where it is.
  const units = value / step;
  const nearest = Math.round(units);
  const snapped = Math.abs(units - nearest) < 1e-9 ? nearest : Math[direction](units);
  return Number((snapped * step).toPrecision(15));
}

/**
 * Writes an interval for a published sentence: `450.4亿元至451.1亿元`, `9.95%以上`; `from 8.51% to 8.55%`,
 * `at least 9.95%`. The ends are rounded outward (low down, high up), so the written range always
 * holds the computed one, with enough digits to tell the ends apart: `4493.5万人次至4494.5万人次`.
 */
export function formatRange(interval: Interval, unit: UnitCode | null, language: Language): string {
  const width = interval.high - interval.low;
  const largest = Math.max(Math.abs(interval.low), Math.abs(interval.high));
  const digits = Number.isFinite(width) && width > 0 && largest > 0
    ? Math.min(15, Math.max(4, Math.ceil(Math.log10(largest / width)) + 1)) : 4;
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
