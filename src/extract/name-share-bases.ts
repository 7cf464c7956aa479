import { clauseOf, noteLink, type DraftColumns } from './draft-columns.ts';

/** A sentence that opens with the group its shares divide: 缴存职工中，…; 职工贷款笔数中，… (not 其中, nor 在…中, a whole's frame). */
const BASE_OPENING = /^\s*(?!其中|在)([^，,；;：:。\d\s]{2,12}?)中[，,：:]/;
/** What is left of a part's name where the span of numbers before it is cut away: 含平方米占, 含占. */
const INCLUSIVE_LEFT = /^含/;
/** A share named by the part alone, before 占 (国家机关和事业单位占28.6%). */
const PART_SHARE = /占(?:比)?$/;

/**
 * Names the shares of a sentence that opens with the group they divide after that group, as annual
 * reports write them: 缴存职工中，国家机关和事业单位占28.6%，国有企业占21.4% → 缴存职工中国家机关和事业单位占; so that
 * the same parts of another group (新开户职工中，国有企业占9.8%) are told apart. The note says where the group was taken from.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameShareBases(columns: DraftColumns, text: string): void {
  const { kind, indicator, sentenceFrom } = columns;
  let sentence = -1;
  let base = '';
  for (let i = 0; i < kind.length; i += 1) {
    if (kind[i] !== 'share') continue;
    if (sentenceFrom[i] !== sentence) {
      sentence = sentenceFrom[i] as number;
      base = BASE_OPENING.exec(text.slice(sentence, sentence + 16))?.[1] ?? '';
    }
    // A part that is a span of a bound's (90—144（含）平方米占, 30岁—40岁（含）占) is named by its clause, span and all.
    const name = INCLUSIVE_LEFT.test(indicator[i] as string) ? clauseOf(columns, text, i).trim() : indicator[i] as string;
    if (base === '' || !PART_SHARE.test(name) || name.startsWith(base)) continue;
    indicator[i] = `${base}中${name}`;
    noteLink(columns, i, 'share named after the group its sentence opens with');
  }
}
