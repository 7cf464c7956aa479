import { CHANGE_TAIL } from './change-end.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';

/** A sentence that breaks down the figure before it: 其中：医院4,468张，… */
const BREAKDOWN = /^\s*其中[：:，,]/;
/** The kinds of figure a breakdown divides: amounts and counts. */
const AMOUNTS: ReadonlySet<string> = new Set(['level', 'count']);
/** A measure that is only the whole's total (总数, 总量): its parts need no more name. */
const TOTAL_ONLY = /^(?:总)?(?:数|量|额|计)?$/;
/** 总 opening a measure (总诊疗人次): the parts' measure is without it. */
const TOTAL_FIRST = /^总/;
/** The shortest subject the parts' names must share with the whole's for its measure to be read off. */
const SHARED_SUBJECT = 2;

/**
 * Gives the parts of a breakdown the measure of their whole, as bulletins write them: 医疗卫生机构床位5,126张…。其中：医院
 * 4,468张；基层医疗卫生机构582张 → 医院床位, 基层医疗卫生机构床位. The whole is the amount before the sentence that opens
 * with 其中, in the parts' unit; its measure is what its name adds to the subject a part's name ends with (医疗卫生机构 + 床位;
 * 总诊疗人次 gives 诊疗人次). Parts already named with it, and wholes no part shares a subject with (一般公共预算收入 over
 * 税收收入), are left as they are. The note says where the measure was taken from.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameBreakdownParts(columns: DraftColumns, text: string): void {
  const { kind, sentenceFrom } = columns;
  for (let first = 0; first < kind.length;) {
    const sentence = sentenceFrom[first] as number;
    let last = first;
    while (last + 1 < kind.length && sentenceFrom[last + 1] === sentence) last += 1;
    if (first > 0 && BREAKDOWN.test(text.slice(sentence, sentence + 4))) breakDown(columns, first, last);
    first = last + 1;
  }
}

/** Names the parts among rows `first` to `last` (a sentence opening with 其中) after the whole in the sentence before. */
function breakDown(columns: DraftColumns, first: number, last: number): void {
  const { kind, unit, indicator, sentenceFrom } = columns;
  const parts: number[] = [];
  for (let i = first; i <= last; i += 1) if (AMOUNTS.has(kind[i] as string) && indicator[i] !== '') parts.push(i);
  if (parts.length === 0) return;
  const partUnit = unit[parts[0] as number];
  // The whole is the first amount of the sentence before in the parts' unit that is no change (5,126张, not 比上年增加186张).
  let whole = -1;
  for (let i = first - 1; i >= 0 && sentenceFrom[i] === sentenceFrom[first - 1]; i -= 1) {
    if (AMOUNTS.has(kind[i] as string) && unit[i] === partUnit && indicator[i] !== '' && !CHANGE_TAIL.test(indicator[i] as string)) whole = i;
  }
  if (whole < 0) return;
  const name = indicator[whole] as string;
  let shared = 0;
  for (const part of parts) {
    const partName = indicator[part] as string;
    for (let length = Math.min(name.length - 1, partName.length); length > shared; length -= 1) {
      if (partName.endsWith(name.slice(0, length))) {
        shared = length;
        break;
      }
    }
  }
  if (shared < SHARED_SUBJECT) return;
  const measure = name.slice(shared).replace(TOTAL_FIRST, '');
  if (TOTAL_ONLY.test(measure)) return;
  for (const part of parts) {
    if (unit[part] !== partUnit || (indicator[part] as string).includes(measure)) continue;
    indicator[part] = `${indicator[part]}${measure}`;
    noteLink(columns, part, 'measure named after the whole its breakdown divides');
  }
}
