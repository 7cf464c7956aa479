import type { UnitCode } from '../quantity/types.ts';
import { UNITS } from '../quantity/units.ts';

export type Language = 'zh' | 'en';

const unitZh = (unit: UnitCode): string => UNITS.find((row) => row.code === unit)?.zh ?? '';
/**
 * Chinese classifiers (个, 项, 户, 家, 件…) count whatever the indicator names: in English the
 * number stands alone ("6,403 new market entities", never "6,403 households" or "1 entities").
 */
const CLASSIFIERS: ReadonlySet<UnitCode> = new Set<UnitCode>([
  'item', 'household', 'entity', 'piece', 'case', 'time', 'building', 'structure', 'site', 'head', 'colony', 'group',
  'line', 'document', 'set', 'plot', 'level', 'session', 'kind', 'category', 'institution', 'machine', 'vehicle',
]);

const unitEn = (unit: UnitCode): string => {
  if (CLASSIFIERS.has(unit)) return '';
  const label = UNITS.find((row) => row.code === unit)?.en ?? '';
  return label.replace(/ \(.*\)$/, '').replace(/^persons$/, 'people').replace(/^person-times$/, 'visits');
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

/** Percentages and points: `digits` significant digits, and never more than two decimals (20.6%, 1.38%, 0.5%). */
const percentDigits = (value: number, digits: number): string => String(Number(Number(value.toPrecision(Math.min(digits, 15))).toFixed(2)));

/**
 * Writes a value in its unit for a published sentence, as a journalist writes it: 万 and 亿 in
 * Chinese (`451亿元`), million and billion in English (`45.1 billion yuan`), `digits` significant
 * digits (3 by default, for computed values in prose; 15 writes a stated figure in full);
 * percentages and points with two decimals at most. In English a classifier (个, 家, 户…) is not
 * translated: the number stands alone, and the indicator says what is counted.
 */
export function formatValue(value: number, unit: UnitCode | null, language: Language, digits = 3): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  if (unit === 'percent') return `${percentDigits(value, digits)}%`;
  if (unit === 'pp') return language === 'zh' ? `${percentDigits(value, digits)}个百分点` : `${percentDigits(value, digits)} percentage points`;
  if (unit === 'ratio') return significant(value, Math.max(digits, 4));
  const magnitude = Math.abs(value);
  if (language === 'zh') {
    const text = unit === null ? '' : unitZh(unit);
    if (magnitude >= 1e8) return `${significant(value / 1e8, digits)}亿${text}`;
    if (magnitude >= 1e4) return `${significant(value / 1e4, digits)}万${text}`;
    return `${significant(value, digits)}${text}`;
  }
  const text = unit === null || unit === 'number' || unitEn(unit) === '' ? '' : ` ${unitEn(unit)}`;
  if (magnitude >= 1e9) return `${significant(value / 1e9, digits)} billion${text}`;
  if (magnitude >= 1e6) return `${significant(value / 1e6, digits)} million${text}`;
  return `${groupThousands(Number(value.toPrecision(digits)))}${text}`;
}
