import type { Interval, UnitCode } from '../quantity/types.ts';
import { type Language } from './format-value.ts';
/**
 * Writes an interval for a published sentence: `450.4亿元至451.1亿元`, `9.95%以上`; `from 8.51% to 8.55%`,
 * `at least 9.95%`. The ends are rounded outward (low down, high up), so the written range always
 * holds the computed one, with enough digits to tell the ends apart: `4493.5万人次至4494.5万人次`.
 */
export declare function formatRange(interval: Interval, unit: UnitCode | null, language: Language): string;
/**
 * Writes an interval in mathematical notation, in the scale it was written in: `[4493.5万, 4494.5万]`,
 * `[9.5, ∞)`. For tables, error messages and the dataset summary, where the reader wants the exact ends.
 */
export declare function formatBrackets(interval: Interval, scale: number): string;
/** A computed value and its interval, written for a sentence in both languages. */
export interface PointAndRange {
    pointZh: string;
    pointEn: string;
    rangeZh: string;
    rangeEn: string;
}
/** Writes a computed point value and its interval in Chinese and English. */
export declare function pointAndRange(point: number, interval: Interval, unit: UnitCode | null): PointAndRange;
