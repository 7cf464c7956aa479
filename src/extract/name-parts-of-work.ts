import { noteLink, type DraftColumns } from './draft-columns.ts';
import { LISTED_AFTER } from './list-join.ts';

/** The verb of work a whole's name opens with (新改建农村公路, 新建改建农村公路, 新建高标准农田, 发放衔接补助资金). */
const WORK_VERB = /^(?:累计)?(?:新建改建|新改扩建|新改建|新建|改扩建|改建|改造|建成|完成|实施|发放|投入|争取|拨付|安排)(?=[\u4e00-\u9fa5]{2})/;
/** A name that opens with a verb of its own (改造…, 新增…): a part named so says what was done to it. */
const OWN_VERB = /^(?:新|改|建|更新|完成|实施|发放|投入|争取|拨付|安排|累计|其中)/;

/** The end of a sentence or of its part, which no part of a whole stands after. */
const PART_END = /[；;。]/;
/** An investment a whole's name ends with (公路完成投资): the measure of the things its parts name (高速公路). */
const INVESTED = /(?:完成投资|投资)$/;
/** A part named as money of its own (民生支出, 工业投资, 中央资金, 地方配套, 社会资本): it takes no measure from the whole. */
const MONEY_WORD = /资金|投资|支出|收入|补助|债券|款|费|配套|资本|自筹/;
/** A part named by the source of the money alone (中央资金, 省级补助资金, 中央和省级资金): of the money the whole names. */
const SOURCE = /^(?:(?:中央|省级|市级|县级|区级|乡镇级|地方|上级)(?:和|及|、)?)+(?:财政)?(?:补助)?资金$/;
/** How long the name of a whole a source is of must be: a word alone (投资) names no sum. */
const WHOLE_LENGTH = 4;

/**
 * Names the parts of a whole of work (a part after 其中, see `guessLinks`) that name no work of their own: 新改建农村公路186公里，其中
 * 通组硬化路94公里 → 新改建通组硬化路; an amount of money, by its source, is a part of the money the whole names: 发放衔接补助资金2.86亿元，
 * 其中中央资金1.73亿元 → 衔接补助资金中的中央资金. So is a part of a sum of money whose name has no verb of work: a source of the
 * money is of it (补助资金中的中央资金), a thing the money went to takes its measure (公路完成投资…，其中高速公路 → 高速公路完成投资). The
 * parts listed after the first (、普通国省道54.3亿元) are of the same whole. A part named with the whole's subject, or with a verb of
 * its own, is left as it is. Run after `guessLinks`, whose `part_of` it reads.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function namePartsOfWork(columns: DraftColumns, text: string): void {
  const { id, part_of: partOf, indicator, unit, start, end, sentenceFrom } = columns;
  /** The whole of the part before, by row: the parts listed after the first (其中高速公路…、普通国省道…) are of it too. */
  let lastWhole = -1;
  /** Whether the part before was named as a source of the money. */
  let lastSource = false;
  for (let i = 0; i < partOf.length; i += 1) {
    const whole = partOf[i];
    // A whole is a row before its part, named by its number (claim_0012 is row 11): looked up back from the part.
    let w = -1;
    if (whole) {
      w = i - 1;
      while (w >= 0 && id[w] !== whole) w -= 1;
    } else if (lastWhole >= 0 && sentenceFrom[i] === sentenceFrom[i - 1] && unit[i] === unit[i - 1] && LISTED_AFTER.test(text.slice(end[i - 1] as number, start[i] as number))) {
      w = lastWhole;
    }
    // A part stands in the whole's sentence part: a figure after ；or 。 is no part of it, whatever link was guessed.
    if (w >= 0 && PART_END.test(text.slice(end[w] as number, start[i] as number))) w = -1;
    lastWhole = w;
    const sourceBefore: boolean = lastSource;
    lastSource = false;
    if (w < 0) continue;
    const wholeName = indicator[w] as string;
    const name = indicator[i] as string;
    const verb = WORK_VERB.exec(wholeName)?.[0];
    if (name.length < 2 || OWN_VERB.test(name) || wholeName.includes(name)) continue;
    if (verb === undefined) {
      // 公路完成投资238.5亿元，其中高速公路112.6亿元 → 高速公路完成投资; …补助资金3.87亿元，其中中央资金2.24亿元 → …补助资金中的中央资金.
      const money = unit[i] === 'yuan' && unit[w] === 'yuan';
      const measure = money ? INVESTED.exec(wholeName)?.[0] : undefined;
      // The parts listed after a source (其中中央资金…、地方配套…、社会资本…) are sources too.
      const source: boolean = money && wholeName.length >= WHOLE_LENGTH && (SOURCE.test(name) || (!whole && sourceBefore));
      lastSource = source;
      if (source) indicator[i] = `${wholeName}中的${name}`;
      else if (measure !== undefined && !MONEY_WORD.test(name)) indicator[i] = `${name}${measure}`;
      else continue;
      noteLink(columns, i, 'a part of a sum of money, named with the money');
      continue;
    }
    const things = wholeName.slice(verb.length);
    if (things.length >= 2 && (name.startsWith(things.slice(0, 2)) || name.endsWith(things))) continue;
    indicator[i] = unit[i] === 'yuan' ? `${things}中的${name}` : `${verb.replace(/^累计/, '')}${name}`;
    noteLink(columns, i, 'a part of a whole of work, named with its work');
  }
}
