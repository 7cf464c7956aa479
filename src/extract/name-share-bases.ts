import { clauseOf, noteLink, type DraftColumns } from './draft-columns.ts';

/** A sentence that opens with the group its shares divide: 缴存职工中，…; 职工贷款笔数中，… (not 其中, nor 在…中, a whole's frame). */
const BASE_OPENING = /^\s*(?!其中|在)([^，,；;：:。\d\s]{2,12}?)中[，,：:]/;
/** What is left of a part's name where the span of numbers before it is cut away: 含平方米占, 含占. */
const INCLUSIVE_LEFT = /^含/;
/** 其中 before a part's name: the part of a part (购买新房占58.2%（其中购买保障性住房占1.6%）), named as a part of the group. */
const OF_WHICH = /^其中/;
/** A share named by the part alone, before 占 (国家机关和事业单位占28.6%). */
const PART_SHARE = /占(?:比)?$/;

/**
 * Names the shares of a sentence that opens with the group they divide after that group, as annual
 * reports write them: 缴存职工中，国家机关和事业单位占28.6%，国有企业占21.4% → 缴存职工中国家机关和事业单位占, and in the
 * sentences after it in its paragraph, to the next group a sentence opens with; so that
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
      // A group holds on in its paragraph, to the next that a sentence opens with (…。购买新房占58.2%: of 职工贷款笔数 still).
      const newParagraph = sentence < 0 || text.slice(sentence, sentenceFrom[i] as number).includes('\n');
      sentence = sentenceFrom[i] as number;
      const opened = BASE_OPENING.exec(text.slice(sentence, sentence + 16))?.[1];
      if (opened !== undefined) base = opened;
      else if (newParagraph) base = '';
    }
    // A part that is a span of a bound's (90—144（含）平方米占, 30岁—40岁（含）占) is named by its clause, span and all.
    const name = INCLUSIVE_LEFT.test(indicator[i] as string) ? clauseOf(columns, text, i).trim() : indicator[i] as string;
    if (base === '' || !PART_SHARE.test(name) || name.startsWith(base)) continue;
    indicator[i] = `${base}中${name.replace(OF_WHICH, '')}`;
    noteLink(columns, i, 'share named after the group its sentence opens with');
  }
}
