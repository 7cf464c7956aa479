import type { Category, CheckOptions, CheckResult, Family, GapUnit, Verdict } from '../types.ts';
import { indicatorImportance } from '../indicator-importance.ts';
import type { NotComparableReason } from '../../interval/types.ts';
import { messages } from '../../messages/index.ts';
import type { Interval, UnitCode } from '../../quantity/types.ts';
import { figureName } from '../../report/figure-name.ts';
import { rateSubject } from '../../report/rate-subject.ts';
import { figureText } from '../../report/figure-text.ts';
import type { Figure } from '../../report/types.ts';

/** Severity of each verdict before a family adjusts it. */
const SEVERITY: Record<Verdict, number> = {
  contradiction: 3, tension: 2, question: 1.5, not_comparable: 0.5, holds_within_rounding: 0, holds: 0,
};

/** What a difference of definitions does to a doubt: one step milder, and its severity times this. */
const SCOPE_DISCOUNT = 0.75;

/** Families whose headline speaks of growth itself, so the indicator is named without its word for growth. */
const RATE_HEADLINES: readonly Family[] = ['growth_pace', 'part_whole_growth', 'total_vs_components'];

/**
 * Families whose doubt rests on what figures are: two figures being one indicator, two indicators
 * sharing a figure, or figures being parts of a whole. From unreviewed claims that is the
 * program's guess, so the doubt is a question to check first.
 */
const IDENTITY_FAMILIES: readonly string[] = ['stated_twice', 'repeated_figure', 'parts_vs_total'];

/** Findings from claims no person has reviewed weigh this much against reviewed ones. */
const UNREVIEWED_DISCOUNT = 0.5;

/** A target is a promise, not a claimed result: a doubt about it weighs this much against one about a result. */
const TARGET_STAKE = 0.8;

const CATEGORY: Record<Family, Category> = {
  growth_vs_levels: 'arithmetic', target_vs_growth: 'arithmetic', back_calculated_base: 'arithmetic', product_identity: 'arithmetic',
  parts_vs_total: 'arithmetic', share_of_whole: 'arithmetic', impossible_value: 'arithmetic', total_vs_components: 'arithmetic',
  stated_twice: 'repetition', repeated_figure: 'repetition',
  target_below_actual: 'plan', growth_pace: 'plan', part_whole_growth: 'plan',
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
  /** The figure the result is about, for its headline. Default: the first target among the figures, else the first figure. */
  subject?: Figure;
  /** The reported value as written, when it is one figure (default: none). */
  reportedText?: string;
  /** The headline of a finding, when the family can say it with its numbers (default: the family's phrase). */
  headline?: { zh: string; en: string };
  /** The question for the government, when the family asks a better one than the verdict's default. */
  question?: { zh: string; en: string };
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

/** The closing sentence of a result. */
function verdictSentence(verdict: Verdict, reason: NotComparableReason | null, assumption: { zh: string; en: string } | null, family: Family, note: string | null): { zh: string; en: string } {
  const stated = assumption ?? { zh: '', en: '' };
  switch (verdict) {
    case 'holds': return messages.verdictHolds();
    case 'holds_within_rounding': return messages.verdictHoldsWithinRounding();
    case 'contradiction': return messages.verdictContradiction();
    case 'tension': return messages.verdictTension(stated);
    case 'question': return messages.verdictQuestion(family, assumption);
    case 'not_comparable': return messages.verdictNotComparable(reason ?? 'scope', note);
  }
}

/** The note that explains a difference of definitions: the claims note of a figure marked `differs`, if any. */
const scopeNote = (figures: readonly Figure[]): string | null =>
  figures.find((figure) => figure.scope === 'differs' && figure.note)?.note ?? null;

/** Applies the options to a family's draft and writes the publishable result. */
export function buildResult(draft: Draft, options: CheckOptions = {}): CheckResult {
  let { verdict } = draft;
  let reason = draft.reason ?? null;
  let assumption = draft.assumption ?? null;
  let severity = draft.severity ?? SEVERITY[verdict];
  let question = draft.question ?? null;
  const figures = [...new Map(draft.figures.map((figure) => [figure.id, figure])).values()];
  if (options.reading && verdict === 'contradiction') {
    verdict = 'tension';
    assumption = { zh: messages.readingAssumptionZh(options.reading.zh), en: messages.readingAssumptionEn(options.reading.en) };
    question = messages.readingQuestion(options.reading);
    severity = SEVERITY.tension;
  }
  // A difference of wording or definition makes a doubt milder; it does not by itself end the question.
  if (options.scopeDiffers && (verdict === 'contradiction' || verdict === 'tension' || verdict === 'question')) {
    const note = scopeNote(figures);
    if (verdict === 'contradiction') {
      verdict = 'tension';
      assumption = messages.scopeAssumption(note);
      question = messages.scopeQuestion();
    } else if (verdict === 'tension') {
      verdict = 'question';
      assumption = messages.scopeCaveat(note);
      question = messages.scopeQuestion();
    } else {
      assumption = messages.scopeCaveat(note);
    }
    severity = Math.min(severity, SEVERITY[verdict]) * SCOPE_DISCOUNT;
  }
  if (options.scopeDiffers && verdict === 'not_comparable' && reason === 'units') reason = 'scope';
  // Evidence no person has reviewed (claims a program guessed) makes no contradiction, and weighs half as much.
  const reviewed = figures.every((figure) => figure.reviewed !== false);
  if (!reviewed && verdict === 'contradiction') {
    verdict = 'tension';
    assumption = messages.unreviewedAssumption();
    question = messages.unreviewedQuestion();
    severity = SEVERITY.tension;
  }
  // Where the doubt rests on what the figures are (one indicator stated twice, one figure for two,
  // parts of a whole), that is itself the program's guess: from unreviewed claims it is a question.
  if (!reviewed && IDENTITY_FAMILIES.includes(draft.family) && (verdict === 'contradiction' || verdict === 'tension')) {
    verdict = 'question';
    assumption = messages.unreviewedAssumption();
    question = messages.unreviewedQuestion();
    severity = SEVERITY.question;
  }
  if (!reviewed) severity *= UNREVIEWED_DISCOUNT;
  const claims = figures.map((figure) => figure.id);
  const verdictText = verdictSentence(verdict, reason, assumption, draft.family, reason === 'scope' ? scopeNote(figures) : null);
  const subject = draft.subject ?? figures.find((figure) => figure.status === 'target') ?? figures[0];
  const importance = figures.reduce((most, figure) => Math.max(most, indicatorImportance(figure)), 1);
  const stake = figures.some((figure) => figure.status === 'target') ? TARGET_STAKE : 1;
  const doubt = verdict === 'contradiction' || verdict === 'tension' || verdict === 'question' ? verdict : null;
  // A headline names what grows ("budget revenue: a growth target far from…"), not "budget revenue growth".
  const named = (language: 'zh' | 'en') => (subject ? (RATE_HEADLINES.includes(draft.family) ? rateSubject(subject, language) : figureName(subject, language)) : '');
  const name = { zh: named('zh'), en: named('en') };
  const names = { zh: figures.map((figure) => figureName(figure, 'zh')).join('、'), en: figures.map((figure) => figureName(figure, 'en')).join(', ') };
  const headline = doubt && draft.headline ? draft.headline : messages.headline(draft.family, verdict, name, names);
  const asked = doubt ? question ?? messages.questionFor(doubt, { zh: figures.map((figure) => figure.surface), en: figures.map((figure) => figureText(figure, 'en')) }, assumption) : null;
  return {
    check: options.check ?? `${draft.family}:${claims.join('+')}`,
    family: draft.family,
    category: CATEGORY[draft.family],
    verdict,
    severity: round(severity),
    importance,
    newsworthiness: round(severity * importance * stake * (1 + gapSize(draft.gap, draft.gapUnit))),
    headline_zh: headline.zh,
    headline_en: capitalise(headline.en),
    question_zh: asked?.zh ?? null,
    question_en: asked ? capitalise(asked.en) : null,
    cluster: null,
    reviewed,
    claims,
    topic: figures[0]?.topic ?? 'meta',
    recomputed: draft.recomputed,
    reported: draft.reported,
    reported_text: draft.reported === null ? null : draft.reportedText ?? null,
    unit: draft.unit,
    gap: draft.gap === null ? null : Math.round(draft.gap * 10000) / 10000,
    gap_unit: draft.gap === null ? null : draft.gapUnit,
    reason: verdict === 'not_comparable' ? reason : null,
    assumption_en: assumption?.en ?? null,
    assumption_zh: assumption?.zh ?? null,
    statement_zh: draft.body.zh,
    statement_en: capitalise(draft.body.en),
    explanation_zh: `${draft.body.zh}${verdictText.zh}`,
    explanation_en: capitalise(`${draft.body.en} ${verdictText.en}`),
    quotes: figures.map((figure) => ({ id: figure.id, surface: figure.surface, start: figure.start, end: figure.end, quote: figure.quote, note: figure.note })),
    why: options.why ?? messages.whyDefault(draft.family),
    source: options.source ?? (options.why ? 'catalogue' : 'automatic'),
  };
}
