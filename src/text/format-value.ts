import type { UnitCode } from '../quantity/types.ts';
import { UNITS } from '../quantity/units.ts';

export type Language = 'zh' | 'en';

const unitZh = (unit: UnitCode): string => UNITS.find((row) => row.code === unit)?.zh ?? '';
const unitEn = (unit: UnitCode): string => {
  const label = UNITS.find((row) => row.code === unit)?.en ?? '';
  return label.replace(/ \(.*\)$/, '');
};

let intl: Intl.NumberFormat | undefined;

/**
 * A number with English digit grouping (1,003.5), as `toLocaleString('en-US')` writes it. Plain
 * decimal text is grouped by hand: loading a locale's number format takes about 20 ms on first use,
 * more than the rest of a check run; exponent forms (1e+21, 1e-7) go to that format, made once.
 */
export function groupThousands(value: number): string {
  const text = String(value);
  if (/e/i.test(text) || !Number.isFinite(value) || Object.is(value, -0)) {
    intl ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });
    return intl.format(value);
  }
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

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
  return `${groupThousands(Number(value.toPrecision(digits)))}${text}`;
}
