/** Where a government work report looks back and where it plans, and the year it plans for. */
export interface ReportLayout {
  /** The year the report plans for (its targets' year); the year reviewed is the one before. */
  year: number | null;
  /** The year the report reviews, from a review heading (一、2023年工作回顾), else the year before `year`. */
  reviewYear: number | null;
  /** Offset where the plan part starts (targets from here on), or the text's length when there is none. */
  planStart: number;
  /** Whether the years were read from the headings (rather than given, or guessed from the years written most often). */
  fromHeadings: boolean;
}

const HEADING = /(?:^|\n)\s*[一二三四五六七八九十]+[、,.]\s*([^\n]{0,40})/g;
const PLAN_WORDS = /(工作安排|工作任务|主要任务|预期目标|主要目标|目标任务|工作建议|重点工作)/;
const REVIEW_WORDS = /(工作回顾|回顾|工作总结)/;

/**
 * Finds the layout of a report from its headings (一、2023年工作回顾 … 二、2024年工作安排): the
 * planning year and where the planning part starts. Without such headings the year is the one
 * most often written as 20xx年, and nothing counts as the plan unless the caller says so.
 */
export function reportLayout(text: string, year?: number): ReportLayout {
  let planStart = text.length;
  let found: number | null = null;
  let reviewed: number | null = null;
  for (const heading of text.matchAll(HEADING)) {
    const line = heading[1] ?? '';
    const written = /((?:19|20)\d{2})年/.exec(line);
    if (PLAN_WORDS.test(line) && planStart === text.length) {
      planStart = heading.index ?? text.length;
      if (written) found = Number(written[1]);
    } else if (REVIEW_WORDS.test(line) && written && reviewed === null) {
      reviewed = Number(written[1]);
      if (found === null) found = reviewed + 1;
    }
  }
  const review = (plan: number | null): number | null => reviewed ?? (plan === null ? null : plan - 1);
  if (year !== undefined) return { year, reviewYear: review(year), planStart, fromHeadings: false };
  const fromHeadings = found !== null;
  if (found === null) {
    const counts = new Map<number, number>();
    for (const match of text.matchAll(/((?:19|20)\d{2})年/g)) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
    found = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
  }
  return { year: found, reviewYear: review(found), planStart, fromHeadings };
}
