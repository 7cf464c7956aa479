import { CHANGE_TAIL } from './change-end.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';

/**
 * What a figure may be named by that is a property of the growth before it, with no subject of its
 * own: its rate (增速, 增幅, 降幅, 涨幅), or the growth in one month or against the month before
 * (当月, 环比).
 */
const PROPERTY = /^(?:增速|增幅|降幅|涨幅|跌幅|当月|环比)/;
/** What may stand between the growth and a figure named by its property: the rest of one sentence, with no clause of another subject. */
const LEAD = /^[，,、\s]*/;
/** A mark that ends a clause: words between with one of them are no name of the figure after. */
const CLAUSE_MARK = /[。；;，,]/;
/** Longest stretch between the growth and its property's figure (降幅比1—8月收窄): more is another thought. */
const MOST_BETWEEN = 16;

/**
 * Gives its subject to a growth, or a change in points, that is named only by a property of the
 * growth before it in its sentence, as monthly bulletins write them: 地区生产总值同比增长5.2%，增速比上半年回落0.3个百分点
 * → 地区生产总值增速比上半年回落; 规模以上工业增加值增长7.1%，其中9月当月增长8.3% → 规模以上工业增加值当月增长;
 * 固定资产投资下降1.5%，降幅比1—8月收窄0.8个百分点 → 固定资产投资降幅比1—8月收窄 (named from the words between the two
 * figures where it had no name). The subject is the growth's name without its word of change; a growth named by no such word
 * lends nothing. The note says whose subject was borrowed.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameGrowthProperties(columns: DraftColumns, text: string): void {
  const { kind, indicator, sentenceFrom, start, end } = columns;
  // The last growth named by a subject of its own: a growth named here lends nothing on, so the one it borrowed from goes on
  // lending (…增长7.1%，其中9月当月增长8.3%，环比增长1.2%).
  let lender = -1;
  for (let i = 0; i < kind.length; i += 1) {
    if (kind[i] !== 'growth' && kind[i] !== 'pp_change') continue;
    const name = indicator[i] as string;
    const inSentence = lender >= 0 && sentenceFrom[lender] === sentenceFrom[i];
    const between = inSentence ? text.slice(end[lender] as number, start[i] as number).replace(LEAD, '') : '';
    const own = name !== '' ? name : between.length <= MOST_BETWEEN && !CLAUSE_MARK.test(between) ? between : '';
    if (!PROPERTY.test(own)) {
      if (kind[i] === 'growth') lender = i;
      continue;
    }
    const lent = inSentence ? indicator[lender] as string : '';
    const subject = lent.replace(CHANGE_TAIL, '');
    if (subject === lent || subject === '') continue;
    indicator[i] = `${subject}${own}`;
    noteLink(columns, i, 'named after the subject of the growth before it in its sentence');
  }
}
