import { documentLayout } from './document-layout.ts';
import type { Claim, Manifest, ReportYears } from './types.ts';

/** The year written most often among these claims, or `null`. */
function commonestYear(rows: readonly Claim[]): number | null {
  const counts = new Map<number, number>();
  for (const row of rows) if (row.year !== null) counts.set(row.year, (counts.get(row.year) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

/**
 * The years a report reviews and plans for, read from the first source that says: the manifest
 * (`"years": { "review": 2023, "plan": 2024 }`), the report's own layout (its headings, as in
 * 一、2023年工作回顾 / 二、2024年工作安排, its title, as in 云溪市2024年…统计公报, or the date it was given:
 * see `documentLayout`), or the years its claims carry (the commonest year of its results and of
 * its targets). A report that says nothing gets `null` for both, never a guess from elsewhere.
 *
 * @param text - The report text.
 * @param rows - Its claims.
 * @param manifest - Its manifest (optional).
 * @returns The two years and where they came from.
 * @example
 * reportYears('一、2023年工作回顾\n……\n二、2024年工作安排\n……', [])
 * // => { review: 2023, plan: 2024, from: 'headings' }
 * reportYears('云溪市2024年国民经济和社会发展统计公报\n全年地区生产总值增长5.3%。', [])
 * // => { review: 2024, plan: null, from: 'title' }
 * reportYears('今年全区生产总值增长5%。', [])
 * // => { review: null, plan: null, from: 'none' }
 */
export function reportYears(text: string, rows: readonly Claim[], manifest?: Pick<Manifest, 'years'>): ReportYears {
  const stated = manifest?.years;
  if (stated && (stated.review !== undefined || stated.plan !== undefined)) {
    const review = stated.review ?? (stated.plan === undefined ? null : stated.plan - 1);
    const plan = stated.plan ?? (stated.review === undefined ? null : stated.review + 1);
    return { review, plan, from: 'manifest' };
  }
  const layout = documentLayout(text);
  if (layout.from === 'headings' || layout.from === 'title' || layout.from === 'date') {
    return { review: layout.reviewYear, plan: layout.planYear, from: layout.from };
  }
  const review = commonestYear(rows.filter((row) => row.status === 'actual' || row.status === 'estimate'));
  const plan = commonestYear(rows.filter((row) => row.status === 'target'));
  if (review === null && plan === null) return { review: null, plan: null, from: 'none' };
  return { review, plan, from: 'claims' };
}
