import { CHANGE_TAIL } from './change-end.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';

/** What a growth measures of its subject, where a report names it once for a list (增加值, 投资, 零售额…). */
const MEASURE_WORDS = '增加值|总产值|产值|产量|投资|零售额|销售额|营业收入|利润总额|利润|出口额|进口额|进出口额|用电量|货运量|客运量';
/** A name that ends with its measure, and where. */
const MEASURE_END = new RegExp(`(${MEASURE_WORDS})$`);
/** A subject that is one item of a breakdown (a type of firm, a sector, a class of goods): 股份制企业, 制造业, 粮油、食品类. */
const ITEM = /(?:业|类|品)$/;
/** A sentence that opens with the whole its figures are parts of: 在限额以上单位商品零售额中，… */
const FRAME = /^\s*在([^，,；;。]{2,30}?)中[，,]/;

/**
 * Gives its measure to a growth of one item of a breakdown that a report names by the item alone, as
 * bulletins write them: 国有控股企业增加值增长5.1%，股份制企业增长7.9% → 股份制企业增加值增长; 采矿业增加值增长3.2%，
 * 制造业增长7.6% → 制造业增加值增长. The measure is the one of the growth before it, where that growth is of another
 * item (its subject ends like one: 业, 类, 品) in the same sentence or the sentence before in the same paragraph. A
 * sentence that opens with the whole (在限额以上单位商品零售额中，粮油、食品类增长10.2%) gives that whole's measure to
 * every growth in it named with none. The note says where the measure was taken from.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameListMeasures(columns: DraftColumns, text: string): void {
  const { kind, indicator, sentenceFrom } = columns;
  let before = -1;
  let frameSentence = -1;
  let frameMeasure = '';
  for (let i = 0; i < kind.length; i += 1) {
    if (kind[i] !== 'growth') continue;
    const name = indicator[i] as string;
    const tail = CHANGE_TAIL.exec(name);
    const subject = tail ? name.slice(0, tail.index) : '';
    if (sentenceFrom[i] !== frameSentence) {
      frameSentence = sentenceFrom[i] as number;
      const frame = FRAME.exec(text.slice(frameSentence, frameSentence + 40));
      frameMeasure = frame ? MEASURE_END.exec(frame[1] as string)?.[1] ?? '' : '';
    }
    if (tail && subject !== '' && !MEASURE_END.test(subject)) {
      const lent = before >= 0 && lends(columns, text, before, i) ? MEASURE_END.exec((indicator[before] as string).replace(CHANGE_TAIL, '')) : null;
      const measure = frameMeasure !== '' ? frameMeasure : lent && ITEM.test(subject) && ITEM.test(lent.input.slice(0, lent.index)) ? lent[1] as string : '';
      if (measure !== '') {
        indicator[i] = `${subject}${measure}${tail[0]}`;
        noteLink(columns, i, frameMeasure !== '' ? 'measure named after the whole its sentence opens with' : 'measure named after the growth of the item before it');
      }
    }
    before = i;
  }
}

/** Whether the growth before is in the same sentence as the growth, or in the sentence just before it in the same paragraph. */
function lends(columns: DraftColumns, text: string, from: number, to: number): boolean {
  const { sentenceFrom, end } = columns;
  if (sentenceFrom[from] === sentenceFrom[to]) return true;
  const gap = text.slice(end[from] as number, sentenceFrom[to] as number);
  return !gap.includes('\n') && (gap.match(SENTENCE_END) ?? []).length <= 1;
}

/** The marks that end a sentence. */
const SENTENCE_END = /[。！？!?]/g;
