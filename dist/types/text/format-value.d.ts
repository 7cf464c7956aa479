import type { UnitCode } from '../quantity/types.ts';
export type Language = 'zh' | 'en';
/**
 * A number with English digit grouping (1,003.5), as `toLocaleString('en-US')` writes it. Plain
 * decimal text is grouped by hand: loading a locale's number format takes about 20 ms on first use,
 * more than the rest of a check run; exponent forms (1e+21, 1e-7) go to that format, made once.
 */
export declare function groupThousands(value: number): string;
/**
 * Writes a value in its unit for a published sentence: 万 and 亿 in Chinese (`450.7亿元`),
 * million and billion in English (`45.07 billion yuan`), percentages with two decimals at most;
 * `digits` significant digits (4 by default, for computed values; 15 writes a stated figure in full).
 */
export declare function formatValue(value: number, unit: UnitCode | null, language: Language, digits?: number): string;
