import type { CheckOptions, CheckResult, Family, GapUnit, Verdict } from '../types.ts';
import type { NotComparableReason } from '../../interval/types.ts';
import { messages } from '../../messages/index.ts';
import type { Interval, UnitCode } from '../../quantity/types.ts';
import type { Figure } from '../../report/types.ts';

/** Severity of each verdict before a family adjusts it. */
const SEVERITY: Record<Verdict, number> = {
  contradiction: 3, tension: 2, not_comparable: 1, holds_within_rounding: 0, holds: 0,
};

/** What a family computed, before the options (scope, reading) and the ranking are applied. */
export interface Draft {
  family: Family;
  figures: Figure[];
  verdict: Verdict;
  recomputed: Interval | null;
  reported: Interval | null;
  unit: UnitCode | null;
  gap: number | null;
  gapUnit: GapUnit | null;
  /** The numbers, described: a sentence without the verdict. */
  body: { zh: string; en: string };
  reason?: NotComparableReason | null;
  /** For a tension: the assumption that reconciles the figures. */
  assumption?: { zh: string; en: string } | null;
  /** A severity other than the verdict's (a coincidence, a caveat). */
  severity?: number;
}

/** The size of a gap for ranking, from 0 to 1: |ln ratio|, or points ÷ 10, capped at 1. */
export function gapSize(gap: number | null, unit: GapUnit | null): number {
  if (gap === null || unit === null || !Number.isFinite(gap)) return 0;
  if (unit === 'pp') return Math.min(Math.abs(gap) / 10, 1);
  return gap > 0 ? Math.min(Math.abs(Math.log(gap)), 1) : 1;
}

/** A sentence starts with a capital, even when it opens with an indicator's name. */
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * The closing sentence of a result. A target set below last year's result is a tension of its
 * own kind: the figures agree, but the plan asks for less than was achieved.
 */
function verdictSentence(verdict: Verdict, reason: NotComparableReason | null, assumption: { zh: string; en: string } | null, family: Family): { zh: string; en: string } {
  const stated = assumption ?? { zh: '', en: '' };
  switch (verdict) {
    case 'holds': return messages.verdictHolds();
    case 'holds_within_rounding': return messages.verdictHoldsWithinRounding();
    case 'contradiction': return messages.verdictContradiction();
    case 'tension': return family === 'target_below_actual' ? messages.verdictPlansLess(stated) : messages.verdictTension(stated);
    case 'not_comparable': return messages.verdictNotComparable(reason ?? 'scope');
  }
}

/** Applies the options to a family's draft and writes the publishable result. */
export function buildResult(draft: Draft, options: CheckOptions = {}): CheckResult {
  let { verdict } = draft;
  let reason = draft.reason ?? null;
  let assumption = draft.assumption ?? null;
  let severity = draft.severity;
  if (options.reading && verdict === 'contradiction') {
    verdict = 'tension';
    assumption = { zh: messages.readingAssumptionZh(options.reading.zh), en: messages.readingAssumptionEn(options.reading.en) };
    severity = undefined;
  }
  if (options.scopeDiffers && (verdict === 'contradiction' || verdict === 'tension')) {
    verdict = 'not_comparable';
    reason = 'scope';
    severity = undefined;
  }
  if (options.scopeDiffers && verdict === 'not_comparable' && reason === 'units') reason = 'scope';
  const figures = [...new Map(draft.figures.map((figure) => [figure.id, figure])).values()];
  const claims = figures.map((figure) => figure.id);
  const finalSeverity = severity ?? SEVERITY[verdict];
  const verdictText = verdictSentence(verdict, reason, assumption, draft.family);
  return {
    check: options.check ?? `${draft.family}:${claims.join('+')}`,
    family: draft.family,
    verdict,
    severity: finalSeverity,
    newsworthiness: round(finalSeverity * (1 + gapSize(draft.gap, draft.gapUnit) / 2)),
    claims,
    topic: figures[0]?.topic ?? 'meta',
    recomputed: draft.recomputed,
    reported: draft.reported,
    unit: draft.unit,
    gap: draft.gap === null ? null : Math.round(draft.gap * 10000) / 10000,
    gap_unit: draft.gap === null ? null : draft.gapUnit,
    reason: verdict === 'not_comparable' ? reason : null,
    assumption_en: assumption?.en ?? null,
    assumption_zh: assumption?.zh ?? null,
    explanation_zh: `${draft.body.zh}${verdictText.zh}`,
    explanation_en: capitalise(`${draft.body.en} ${verdictText.en}`),
    quotes: figures.map((figure) => ({ id: figure.id, surface: figure.surface, quote: figure.quote })),
    why: options.why ?? messages.whyDefault(draft.family),
    source: options.source ?? (options.why ? 'catalogue' : 'automatic'),
  };
}
