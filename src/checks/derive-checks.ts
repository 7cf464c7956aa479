import { isReviewed } from '../report/is-reviewed.ts';
import { messages } from '../messages/index.ts';
import { UNITS } from '../quantity/units.ts';
import { bundledReport } from '../report/bundled-report.ts';
import type { Claim, Report } from '../report/types.ts';
import type { CheckSpec } from './types.ts';

/** Significant digits of a written number: `70.9` has 3, `3000` has 1, `0.7` has 1. */
const significantDigits = (value: string): number => value.replace(/[^0-9]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;

/** Kinds a target is compared with its previous result on (growth rates are not: a slower rise is still a rise). */
const LEVEL_KINDS = ['level', 'count', 'rate', 'share'];

/** Figures with fewer significant digits repeat by chance too often (3个, 10%) to be worth flagging across a report… */
const REPEAT_MIN_DIGITS = 3;
/** …but within one section and one unit, two significant digits (26户 and 26户) are already worth a look. */
const REPEAT_MIN_DIGITS_IN_SECTION = 2;

/**
 * The automatic pass: derives checks from the links of a claims table, so that any report in the
 * same format gets checks without hand-writing them.
 *
 * - a growth rate with a level (`of`) and a base (`base`): `growth_vs_levels`, or `target_vs_growth`
 *   when the level is a target;
 * - a growth rate with a level and no base: `back_calculated_base`;
 * - a share or rate with a `whole`, or with the part it is a share of (`of`): `share_of_whole`;
 * - the levels and counts that are `part_of` one total: `parts_vs_total` (subset);
 * - a target of a level, count, rate or share with a `counterpart`: `target_below_actual`;
 * - every rate and share in percent, and every fall: `impossible_value`;
 * - one indicator with two different rows for one year and status: `stated_twice`;
 * - one written figure (3 significant digits or more, same unit) for unlinked, different indicators: `repeated_figure`.
 *
 * A link whose row has `scope` = `differs` gives a check with `scopeDiffers`.
 *
 * @param report - The report; the bundled report by default.
 * @returns The check specs, in text order of the claims they start from.
 * @example
 * deriveChecks().filter((spec) => spec.family === 'target_vs_growth').map((spec) => spec.target)
 * // => ['industrial_investment_2024_target', 'imports_exports_2024_target']
 */
export function deriveChecks(report: Report = bundledReport()): CheckSpec[] {
  const specs: CheckSpec[] = [];
  const byId = report.byId;
  const scoped = (row: Claim): { scopeDiffers?: boolean } => (row.scope === 'differs' ? { scopeDiffers: true } : {});
  // The growth stated for a level, by the level's id: the pace a target level is set against.
  const growthOf = new Map<string, Claim>();
  for (const row of report.rows) {
    if (row.kind === 'growth' && row.status !== 'target') for (const level of row.of) if (!growthOf.has(level)) growthOf.set(level, row);
  }
  for (const row of report.rows) {
    if (row.kind === 'growth') {
      row.of.forEach((levelId, index) => {
        const level = byId.get(levelId);
        const baseId = row.base[index] ?? (row.of.length === 1 ? row.base[0] : undefined);
        if (!level) return;
        if (baseId !== undefined) {
          specs.push(level.status === 'target'
            ? { family: 'target_vs_growth', check: `target_vs_growth:${levelId}`, why: messages.whyLink('target_vs_growth', row.id), target: levelId, rate: row.id, base: baseId, ...scoped(row) }
            : { family: 'growth_vs_levels', check: `growth_vs_levels:${row.id}`, why: messages.whyLink('growth_vs_levels', row.id), rate: row.id, from: baseId, to: levelId, ...scoped(row) });
        } else {
          specs.push({ family: 'back_calculated_base', check: `back_calculated_base:${levelId}`, why: messages.whyLink('back_calculated_base', row.id), rate: row.id, level: levelId });
        }
      });
    }
    if (row.kind === 'share' || row.kind === 'rate') {
      for (const whole of row.whole) specs.push({ family: 'share_of_whole', check: `share_of_whole:${row.id}`, why: messages.whyLink('share_of_whole', row.id), share: row.id, whole, ...scoped(row) });
      for (const part of row.of) specs.push({ family: 'share_of_whole', check: `share_of_whole:${row.id}`, why: messages.whyLink('share_of_whole', row.id), share: row.id, part });
    }
    if (row.status === 'target' && LEVEL_KINDS.includes(row.kind)) {
      for (const actual of row.counterpart) {
        specs.push({ family: 'target_below_actual', check: `target_below_actual:${row.id}`, why: messages.whyLink('target_below_actual', row.id), target: row.id, actual, ...scoped(row) });
        const pace = growthOf.get(actual);
        if (pace && (row.kind === 'level' || row.kind === 'count')) {
          specs.push({ family: 'growth_pace', check: `growth_pace:${row.id}`, why: messages.whyLink('growth_pace', row.id), current: { from: actual, to: row.id }, previous: pace.id, ...scoped(row) });
        }
      }
    }
    if (row.status === 'target' && row.kind === 'growth') {
      for (const previous of row.counterpart) {
        if (byId.get(previous)?.kind !== 'growth') continue;
        specs.push({ family: 'growth_pace', check: `growth_pace:${row.id}`, why: messages.whyLink('growth_pace', row.id), current: row.id, previous, ...scoped(row) });
      }
    }
    if ((row.unit === 'percent' && (row.kind === 'rate' || row.kind === 'share')) || row.direction === 'down') {
      specs.push({ family: 'impossible_value', check: `impossible_value:${row.id}`, why: messages.whyDefault('impossible_value'), figure: row.id });
    }
  }
  const parts = new Map<string, Claim[]>();
  for (const row of report.rows) for (const total of row.part_of) groupInto(parts, total, row);
  for (const [total, rows] of parts) {
    specs.push({
      family: 'parts_vs_total', check: `parts_vs_total:${total}`, why: messages.whyLink('parts_vs_total', total),
      parts: rows.map((row) => row.id), total, relation: 'subset', ...(rows.some((row) => row.scope === 'differs') ? { scopeDiffers: true } : {}),
      ...(countsThings([...rows, report.byId.get(total)]) ? { allowUnits: true } : {}),
    });
  }
  specs.push(...statedTwiceSpecs(report), ...repeatedFigureSpecs(report));
  return specs;
}

/**
 * Whether every row counts whole things (个, 处, 项, 人次…). A `part_of` link between counts asserts
 * that the part is among the things the total counts, whatever counting word each uses.
 */
function countsThings(rows: readonly (Claim | undefined)[]): boolean {
  return rows.every((row) => row !== undefined && UNITS.find((unit) => unit.code === row.unit)?.integer === true);
}

/** Adds a row to its group, in place (copying the group on every row made grouping quadratic). */
function groupInto(groups: Map<string, Claim[]>, key: string, row: Claim): void {
  const group = groups.get(key);
  if (group) group.push(row);
  else groups.set(key, [row]);
}

/** The rows of a group joined by no link, in either direction, to another row of the group: linear in the group and its links. */
function withoutLinked(rows: readonly Claim[]): Claim[] {
  const ids = new Set(rows.map((row) => row.id));
  const joined = new Set<string>();
  for (const row of rows) {
    for (const target of [...row.of, ...row.base, ...row.whole, ...row.part_of, ...row.counterpart]) {
      if (target !== row.id && ids.has(target)) {
        joined.add(row.id);
        joined.add(target);
      }
    }
  }
  return rows.filter((row) => !joined.has(row.id));
}

/**
 * How many characters an unreviewed indicator needs, without its word of change, before two figures
 * under it count as one indicator stated twice: 地区生产总值 (6) names one figure; 投资, 统筹资金 or
 * 解决问题 name many.
 */
const UNREVIEWED_INDICATOR_MIN = 6;
const CHANGE_WORD = /(增长|增速|下降|提高|降低|减少|增加|上升|上涨|回落)$/;

/**
 * Pairs of figures given for one indicator, year, status, kind, unit and 累计 flag with different
 * surfaces: one indicator stated twice.
 */
function statedTwiceSpecs(report: Report): CheckSpec[] {
  const groups = new Map<string, Claim[]>();
  for (const row of report.rows) {
    if (!['level', 'count', 'growth', 'share', 'rate'].includes(row.kind) || row.year === null) continue;
    // An unreviewed claim's indicator is a guess: a short one (投资, 项目) names too little to say two figures are one.
    if (!isReviewed(row) && row.indicator.join(';').replace(CHANGE_WORD, '').length < UNREVIEWED_INDICATOR_MIN) continue;
    const key = [row.indicator.join(';'), row.year, row.status, row.kind, row.unit, row.cumulative].join('|');
    groupInto(groups, key, row);
  }
  const specs: CheckSpec[] = [];
  for (const rows of groups.values()) {
    for (let i = 1; i < rows.length; i += 1) {
      const first = rows[0] as Claim;
      const second = rows[i] as Claim;
      if (first.surface === second.surface && first.cumulative === second.cumulative) continue;
      specs.push({ family: 'stated_twice', check: `stated_twice:${first.id}+${second.id}`, why: messages.whyDefault('stated_twice'), first: first.id, second: second.id });
    }
  }
  return specs;
}

/** A table's column label that says which figure of a row it is but no year or change (地区生产总值(绝对数)): the indicator without it is the one the text names. */
const PLAIN_COLUMN = /\((?![^()]*(?:\d|增|降|比|率|计划|目标|预计))[^()]*\)$/;
const withoutColumn = (indicator: string): string => indicator.replace(PLAIN_COLUMN, '');

/** Figures written alike for different indicators (a table restating the text's figure under 绝对数 names the same one). */
function repeatedFigureSpecs(report: Report): CheckSpec[] {
  const groups = new Map<string, Claim[]>();
  for (const row of report.rows) {
    if (!['level', 'count'].includes(row.kind)) continue;
    const digits = significantDigits(row.value);
    if (digits >= REPEAT_MIN_DIGITS) groupInto(groups, [row.value, row.scale, row.unit, row.qualifier].join('|'), row);
    // Two-digit figures repeat by chance too often for a guess at sections and indicators to flag them: reviewed claims only.
    else if (digits >= REPEAT_MIN_DIGITS_IN_SECTION && isReviewed(row)) groupInto(groups, [row.value, row.scale, row.unit, row.qualifier, `section ${row.section}`].join('|'), row);
  }
  const specs: CheckSpec[] = [];
  for (const rows of groups.values()) {
    const unrelated = withoutLinked(rows);
    if (unrelated.length < 2 || new Set(unrelated.map((row) => withoutColumn(row.indicator.join(';')))).size < 2) continue;
    specs.push({ family: 'repeated_figure', check: `repeated_figure:${unrelated.map((row) => row.id).join('+')}`, why: messages.whyDefault('repeated_figure'), figures: unrelated.map((row) => row.id) });
  }
  return specs;
}
