import { noteLink, type DraftColumns } from './draft-columns.ts';

/** A doubling's surface (翻一番, 翻了两番多). */
const DOUBLING = /^翻/;
/** A name that says nothing of what doubled but its measure, or its comparison (数量, 较“十四五”初期). */
const BARE = /^(?:数量|总量|规模|总数|总额)?$|^(?:较|比)/;
/** The word of comparison a year's name ends with before the year (高新技术企业数量较|2020年). */
const COMPARED_END = /(?:较|比)$/;
/** What a doubling's name ends with. */
const DOUBLED = '翻番';
/** The measure word kept from a bare name (数量 in 数量翻了一番多). */
const MEASURE = /^(?:数量|总量|规模|总数|总额)$/;

/**
 * Names a doubling (翻一番, see `scanDoublings`) as one (…翻番); one that names only its measure or its comparison, after what doubled: the figure
 * before it in its sentence (高新技术企业由27家增加到58家，数量翻了一番多 → 高新技术企业数量翻番; 年处置能力达到32万吨，较“十四五”初期翻了
 * 一番 → …年处置能力翻番), or the name before the year it is compared with (高新技术企业数量较2020年翻一番). The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 */
export function nameDoublings(columns: DraftColumns): void {
  const { surface, indicator, kind, sentenceFrom } = columns;
  for (let i = 0; i < surface.length; i += 1) {
    if (!DOUBLING.test(surface[i] as string)) continue;
    let base = indicator[i] as string;
    if (BARE.test(base)) {
      const measure = MEASURE.test(base) ? base : '';
      let before = i - 1;
      while (before >= 0 && sentenceFrom[before] === sentenceFrom[i] && kind[before] === 'date' && indicator[before] === '') before -= 1;
      if (before < 0 || sentenceFrom[before] !== sentenceFrom[i] || indicator[before] === '') continue;
      const named = (indicator[before] as string).replace(COMPARED_END, '');
      base = measure !== '' && !named.endsWith(measure) ? `${named}${measure}` : named;
      noteLink(columns, i, `a doubling, named after what doubled before it (${surface[before]})`);
    }
    // It is named as the doubling it is (…数量翻番), not as the count or amount that doubled.
    if (!base.endsWith(DOUBLED)) indicator[i] = `${base}${DOUBLED}`;
  }
}
