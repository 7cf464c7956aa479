import { claimReading } from './claim-reading.ts';
import { NotAQuantityError } from '../errors/not-a-quantity-error.ts';
import { kindInterval } from './kind-interval.ts';
import { parse } from '../quantity/parse.ts';
import { claimUnit } from './claim-unit.ts';
import { bundledReport } from './bundled-report.ts';
import { claim } from './claim.ts';
import { figureCache } from './figure-cache.ts';
import { sentenceAt } from './sentence-at.ts';
import { isReviewed } from './is-reviewed.ts';
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
  let figures = figureCache.get(report);
  if (!figures) figureCache.set(report, (figures = new Map()));
  let figure = figures.get(id);
  if (!figure) figures.set(id, (figure = makeFigure(id, report)));
  // A copy each time: the caller may change it without changing the next lookup.
  return { ...figure, interval: { ...figure.interval } };
}

function makeFigure(id: string, report: Report): Figure {
  const row = claim(id, report);
  if (!(QUANTITY_KINDS as readonly string[]).includes(row.kind)) throw new NotAQuantityError(id, row.kind);
  const reading = claimReading(row);
  const quantity = parse(reading);
  return {
    id: row.id,
    surface: reading,
    number: quantity.number,
    scale: quantity.scale,
    // A word of two meanings (分: a score, or minutes) has the one the claim gives.
    unit: claimUnit(row.unit, quantity),
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
    start: row.start,
    end: row.end,
    section: row.section,
    scope: row.scope,
    note: row.note,
    reviewed: isReviewed(row),
  };
}
