import type { ClaimProblem } from '../errors/claims-data-error.ts';
import { messages } from '../messages/index.ts';
import { tryParse } from '../quantity/try-parse.ts';
import { yearDigits } from '../text/year-digits.ts';
import { claimReading } from './claim-reading.ts';
import { claimUnit } from './claim-unit.ts';
import { QUANTITY_KINDS, type Claim, type Kind, type LinkColumn } from './types.ts';

/** Which kinds each link column may point to. */
const LINK_TARGETS: Record<LinkColumn, readonly Kind[]> = {
  of: ['level', 'count'],
  base: ['level', 'count'],
  whole: ['level', 'count'],
  part_of: ['level', 'count'],
  counterpart: ['level', 'count', 'growth', 'share', 'rate', 'ratio', 'pp_change', 'bp_change', 'duration'],
};

/** Which kinds may carry each link column at all. */
const LINK_SOURCES: Record<LinkColumn, readonly Kind[]> = {
  of: ['growth', 'share', 'rate', 'pp_change', 'bp_change'],
  base: ['growth'],
  whole: ['share', 'rate'],
  part_of: ['level', 'count'],
  counterpart: LINK_TARGETS.counterpart,
};

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?$|^--(\d{2})-(\d{2})$/;

/** The units a kind of claim can be in: a growth rate is a percentage, a level is never one. */
const PERCENTS = ['percent', 'pp', 'bp', 'ratio', 'permille_point', 'per_100k'];
const UNITS_OF_KIND: Partial<Record<Kind, { allows: (unit: string) => boolean; says: string }>> = {
  growth: { allows: (unit) => unit === 'percent', says: 'percent (%)' },
  share: { allows: (unit) => unit === 'percent', says: 'percent (%)' },
  rate: { allows: (unit) => unit === 'percent' || unit === 'permille' || unit === 'per_100k', says: 'percent (%), per mille (‰) or per 100,000 (/10万)' },
  pp_change: { allows: (unit) => unit === 'pp' || unit === 'permille_point', says: 'percentage points (个百分点) or per-mille points (个千分点)' },
  bp_change: { allows: (unit) => unit === 'bp', says: 'basis points (个基点)' },
  ratio: {
    allows: (unit) => unit === 'ratio' || unit === 'percent' || unit === 'multiple' || unit === 'number',
    says: 'a ratio (2.35:1, or a number after the ratio\'s name: 收入比为2.18), a multiple (2倍) or a percentage of another figure (完成年度计划的103%)',
  },
  level: { allows: (unit) => !PERCENTS.includes(unit), says: 'a unit of amount (元, 亩, 吨…), not a percentage or a ratio' },
  count: { allows: (unit) => !PERCENTS.includes(unit), says: 'a counting unit (个, 家, 人…), not a percentage or a ratio' },
  duration: { allows: (unit) => !PERCENTS.includes(unit), says: 'a unit of time, not a percentage or a ratio' },
};

/**
 * Checks typed claims against their report text: spans inside the text, `surface` equal to
 * `text.slice(start, end)`, no overlapping spans, unique ids, every quantity's value, scale, unit,
 * qualifier and 累计 flag equal to what `parse` reads from the surface (a unit word of two meanings, such as 分, may be given its
 * other, see `claimUnit`; the surface is followed by `unit_text`
 * where a table writes the unit apart: it must stand at `unit_start`, be a unit alone and follow a
 * bare number; see `claimReading`), dates that are dates,
 * direction and basis only where they mean something, a unit that fits the kind (a growth rate,
 * share or rate in percent; a level or count never in percent), and every link pointing at an existing row
 * of a kind it can point to (a growth rate at a level, a 2024 target at a row of the same kind in
 * another year). Data problems are returned, not thrown, so that all can be shown at once.
 *
 * @param rows - Claims, as read by `readClaimsCsv`.
 * @param text - The report text the spans point into.
 * @returns Every problem found, each with its CSV line (header is line 1) and column; `[]` when clean.
 * @example
 * validateClaims(bundledReport().rows, bundledReport().text)
 * // => []
 */
export function validateClaims(rows: readonly Claim[], text: string): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  const byId = new Map<string, Claim>();
  rows.forEach((row, index) => {
    const line = index + 2;
    if (byId.has(row.id)) problems.push({ line, column: 'id', message: messages.duplicateId(row.id) });
    else byId.set(row.id, row);
  });
  const ordered = [...rows].map((row, index) => ({ row, line: index + 2 })).sort((a, b) => a.row.start - b.row.start);
  ordered.forEach(({ row, line }, position) => {
    const previous = ordered[position - 1];
    if (previous && previous.row.end > row.start) {
      problems.push({ line, column: 'start', message: messages.overlappingSpans(row.id, previous.row.id) });
    }
  });
  rows.forEach((row, index) => {
    const line = index + 2;
    const add = (column: string, message: string) => problems.push({ line, column, message });
    if (!(row.start >= 0 && row.end > row.start && row.end <= text.length)) {
      add('start', messages.spanOutsideText(row.id, row.start, row.end, text.length));
      return;
    }
    const actual = text.slice(row.start, row.end);
    if (actual !== row.surface) add('surface', messages.surfaceMismatch(row.id, row.surface, actual));
    const quantityKind = (QUANTITY_KINDS as readonly string[]).includes(row.kind);
    // A unit written apart (a table's) stands where it says, is a unit alone (亿元, 万人, %), and follows a bare number:
    // else the figure would be read twice over (3.5万 + 亿元). A unit_text with a problem is set aside when the surface is read.
    let apart = false;
    if (row.unit_text) {
      const at = row.unit_start ?? -1;
      const written = at >= 0 ? text.slice(at, at + row.unit_text.length) : '';
      const alone = tryParse(`1${row.unit_text}`);
      const bare = tryParse(row.surface);
      if (written !== row.unit_text) add('unit_text', messages.unitTextMismatch(row.id, row.unit_text, at, written));
      else if (!quantityKind) add('unit_text', messages.unitTextOnNonQuantity(row.id, row.kind));
      else if (/\d/.test(row.unit_text) || !alone.ok || (alone.quantity.unit === 'number' && alone.quantity.scale === 1)) add('unit_text', messages.unitTextNotAUnit(row.id, row.unit_text));
      else if (!bare.ok || bare.quantity.unit !== 'number' || bare.quantity.scale !== 1) add('unit_text', messages.unitTextOnUnit(row.id, row.surface, row.unit_text));
      else apart = true;
    }
    if (quantityKind) {
      const reading = apart ? claimReading(row) : row.surface;
      const result = tryParse(reading);
      if (!result.ok) {
        add(row.unit_text ? 'unit_text' : 'surface', messages.surfaceNotQuantity(row.id, reading, result.error.message));
      } else {
        const quantity = result.quantity;
        const expected: [string, string, string][] = [
          ['value', row.value, quantity.value],
          ['scale', String(row.scale), String(quantity.scale)],
          ['unit', row.unit, claimUnit(row.unit, quantity)],
          ['qualifier', row.qualifier, quantity.qualifier],
          ['cumulative', String(row.cumulative), String(quantity.cumulative)],
        ];
        for (const [column, written, parsed] of expected) {
          if (written !== parsed) add(column, messages.disagreesWithSurface(row.id, column, written, parsed, reading));
        }
      }
    } else if (row.kind === 'date') {
      const match = DATE.exec(row.value);
      const parts = match ? match.slice(1).filter((part): part is string => part !== undefined) : [];
      // Full-width digits (２０２４年) and a year in Chinese digits (二〇二四年) are the same digits.
      const digits = yearDigits(row.surface).replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).match(/\d+/g)?.map(Number) ?? [];
      if (!match || parts.some((part) => !digits.includes(Number(part)))) add('value', messages.badDate(row.id, row.value, row.surface));
    } else if (!row.surface.includes(row.value.replace(/^0+(?=\d)/, ''))) {
      add('value', messages.disagreesWithSurface(row.id, 'value', row.value, row.surface, row.surface));
    }
    const changes = row.kind === 'growth' || row.kind === 'pp_change' || row.kind === 'bp_change';
    if (changes !== (row.direction !== null)) add('direction', messages.directionMisplaced(row.id, row.kind));
    if (row.basis.length > 0 && row.kind !== 'growth') add('basis', messages.basisMisplaced(row.id, row.kind));
    const units = UNITS_OF_KIND[row.kind];
    if (units && !units.allows(row.unit)) add('unit', messages.unitForKind(row.id, row.kind, row.unit, units.says));
    const linked = row.counterpart.length + row.part_of.length + row.whole.length > 0;
    if (row.scope !== null && (!linked || row.note === null)) add('scope', messages.scopeWithoutLink(row.id));
    for (const column of Object.keys(LINK_TARGETS) as LinkColumn[]) {
      const targets = row[column];
      if (targets.length > 0 && !LINK_SOURCES[column].includes(row.kind)) {
        add(column, messages.linkFromWrongKind(row.id, column, row.kind, LINK_SOURCES[column]));
      }
      for (const target of targets) {
        const other = byId.get(target);
        if (!other) {
          add(column, messages.brokenLink(row.id, column, target));
        } else if (!LINK_TARGETS[column].includes(other.kind)) {
          add(column, messages.linkToWrongKind(row.id, column, target, other.kind, LINK_TARGETS[column]));
        } else if (column === 'counterpart' && (other.kind !== row.kind || other.year === row.year)) {
          add(column, messages.badCounterpart(row.id, target));
        } else if (target === row.id) {
          add(column, messages.brokenLink(row.id, column, target));
        }
      }
    }
  });
  return problems;
}
