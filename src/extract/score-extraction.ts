import { table, type ColumnTable } from 'arquero';
import type { Claim } from '../report/types.ts';

/** The fields `scoreExtraction` scores, each on the rows whose span matches the gold span exactly. */
export const SCORED_FIELDS = ['span', 'value', 'unit', 'kind', 'status', 'qualifier', 'year', 'direction', 'indicator'] as const;

/**
 * An indicator as compared: without spaces, quotation marks, brackets and the framing words a
 * reviewer may keep or drop (全区, 全年, 年末…), each of several (joined by ;) alike.
 */
export function indicatorForm(indicator: string): string {
  return indicator.split(';').map((name) => name.replace(/[\s“”"「」『』()（）]/g, '').replace(/^(?:全区|全县|全市|全省|全年|年末|全体)+/, '')).join(';');
}

type Row = Record<string, unknown>;

/** Whether an extracted row agrees with the gold row on a field; `value` means number, scale and unit together. */
function agrees(field: (typeof SCORED_FIELDS)[number], found: Row, gold: Claim): boolean {
  switch (field) {
    case 'span': return true;
    case 'value': return String(found.value) === gold.value && Number(found.scale) === gold.scale && found.unit === gold.unit;
    case 'unit': return found.unit === gold.unit;
    case 'indicator': return indicatorForm(String(found.indicator ?? '')) === indicatorForm(gold.indicator.join(';'));
    case 'kind': return found.kind === gold.kind;
    case 'status': return found.status === gold.status;
    case 'qualifier': return found.qualifier === gold.qualifier;
    case 'year': return (found.year ?? null) === gold.year;
    case 'direction': return (found.direction ?? null) === gold.direction;
  }
}

/**
 * Scores an extraction against curated claims of the same text: for the spans, and for each field
 * on the rows whose span matches exactly, precision (right ÷ extracted) and recall (right ÷
 * curated). A field counts as right only when the span is right too.
 *
 * @param extracted - The table from `extractClaims` (or any table with its columns).
 * @param gold - The curated claims (`report.rows`).
 * @returns One row per field: `field`, `right`, `extracted`, `curated`, `precision`, `recall`.
 * @example
 * const report = bundledReport();
 * scoreExtraction(extractClaims(report.text), report.rows).filter((d) => d.field === 'span').object().recall
 * // => 1
 */
export function scoreExtraction(extracted: ColumnTable, gold: readonly Claim[]): ColumnTable {
  const found = extracted.objects() as Row[];
  const bySpan = new Map(gold.map((claim) => [`${claim.start}:${claim.end}`, claim]));
  const rows = SCORED_FIELDS.map((field) => {
    const right = found.filter((row) => {
      const claim = bySpan.get(`${row.start}:${row.end}`);
      return claim !== undefined && agrees(field, row, claim);
    }).length;
    return {
      field, right, extracted: found.length, curated: gold.length,
      precision: found.length === 0 ? 0 : right / found.length,
      recall: gold.length === 0 ? 0 : right / gold.length,
    };
  });
  return table({
    field: rows.map((row) => row.field), right: rows.map((row) => row.right), extracted: rows.map((row) => row.extracted),
    curated: rows.map((row) => row.curated), precision: rows.map((row) => row.precision), recall: rows.map((row) => row.recall),
  });
}
