import { type Figure, type Report } from './types.ts';
/**
 * One claim as a typed figure: its number, scale, unit, amount in plain units and the interval the
 * written digits and qualifier stand for, with its quote.
 *
 * @param id - A claim id.
 * @param report - The report; the bundled report by default.
 * @returns The figure.
 * @throws {UnknownClaimError} When no row has this id (the error suggests the nearest ids).
 * @throws {NotAQuantityError} When the claim is a date, a code or a name.
 * @example
 * fig('tourist_arrivals_2023').interval
 * // => { low: 44935000, high: 44945000 }
 * fig('tourism_arrivals_revenue_growth_2023').interval.high
 * // => Infinity
 * fig('code_manufacturing_2332')
 * // => throws NotAQuantityError
 */
export declare function fig(id: string, report?: Report): Figure;
/** Every quantity claim of a report as a figure, in text order (what the package ships, so that a fresh process parses no surface). */
export declare function allFigures(report: Report): Figure[];
/** Gives a report the figures made for it beforehand (see `allFigures`); `fig` then returns copies of them. */
export declare function seedFigures(report: Report, figures: readonly Figure[]): void;
