import { NotAQuantityError } from '../errors/not-a-quantity-error.ts';
import { kindInterval } from './kind-interval.ts';
import { parse } from '../quantity/parse.ts';
import { bundledReport } from './bundled-report.ts';
import { claim } from './claim.ts';
import { sentenceAt } from './sentence-at.ts';
import { QUANTITY_KINDS, type Figure, type Report } from './types.ts';

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
export function fig(id: string, report: Report = bundledReport()): Figure {
  let figures = made.get(report);
  if (!figures) made.set(report, (figures = new Map()));
  let figure = figures.get(id);
  if (!figure) figures.set(id, (figure = makeFigure(id, report)));
  // A copy each time: the caller may change it without changing the next lookup.
  return { ...figure, interval: { ...figure.interval } };
}

/** Figures already made, per report: a check run looks the same claim up many times, and parsing its surface and finding its sentence cost more than the copy. */
const made = new WeakMap<Report, Map<string, Figure>>();

/** Every quantity claim of a report as a figure, in text order (what the package ships, so that a fresh process parses no surface). */
export function allFigures(report: Report): Figure[] {
  return report.rows.filter((row) => (QUANTITY_KINDS as readonly string[]).includes(row.kind)).map((row) => fig(row.id, report));
}

/** Gives a report the figures made for it beforehand (see `allFigures`); `fig` then returns copies of them. */
export function seedFigures(report: Report, figures: readonly Figure[]): void {
  made.set(report, new Map(figures.map((figure) => [figure.id, figure])));
}

function makeFigure(id: string, report: Report): Figure {
  const row = claim(id, report);
  if (!(QUANTITY_KINDS as readonly string[]).includes(row.kind)) throw new NotAQuantityError(id, row.kind);
  const quantity = parse(row.surface);
  return {
    id: row.id,
    surface: row.surface,
    number: quantity.number,
    scale: quantity.scale,
    unit: quantity.unit,
    amount: quantity.amount,
    interval: kindInterval(quantity.interval, row.kind),
    qualifier: quantity.qualifier,
    kind: row.kind,
    year: row.year,
    status: row.status,
    direction: row.direction,
    indicator: row.indicator,
    indicator_en: row.indicator_en,
    basis: row.basis,
    topic: row.topic,
    quote: sentenceAt(report.text, row.start, row.end),
  };
}
