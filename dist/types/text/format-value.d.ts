import type { UnitCode } from '../quantity/types.ts';
export type Language = 'zh' | 'en';
/**
 * Writes a value in its unit for a published sentence: 万 and 亿 in Chinese (`450.7亿元`),
 * million and billion in English (`45.07 billion yuan`), percentages with two decimals at most;
 * `digits` significant digits (4 by default, for computed values; 15 writes a stated figure in full).
 */
export declare function formatValue(value: number, unit: UnitCode | null, language: Language, digits?: number): string;
