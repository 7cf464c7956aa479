import { noteLink, type DraftColumns } from './draft-columns.ts';

/** The verb of work a whole's name opens with (新改建农村公路, 新建高标准农田, 发放衔接补助资金). */
const WORK_VERB = /^(?:累计)?(?:新改建|新建|改扩建|改建|改造|建成|完成|实施|发放|投入|争取|拨付|安排)(?=[\u4e00-\u9fa5]{2})/;
/** A name that opens with a verb of its own (改造…, 新增…): a part named so says what was done to it. */
const OWN_VERB = /^(?:新|改|建|更新|完成|实施|发放|投入|争取|拨付|安排|累计|其中)/;

/**
 * Names the parts of a whole of work (a part after 其中, see `guessLinks`) that name no work of their own: 新改建农村公路186公里，其中
 * 通组硬化路94公里 → 新改建通组硬化路; an amount of money, by its source, is a part of the money the whole names: 发放衔接补助资金2.86亿元，
 * 其中中央资金1.73亿元 → 衔接补助资金中的中央资金. A part named with the whole's subject, or with a verb of its own, is left as it is.
 * Run after `guessLinks`, whose `part_of` it reads.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 */
export function namePartsOfWork(columns: DraftColumns): void {
  const { id, part_of: partOf, indicator, unit } = columns;
  for (let i = 0; i < partOf.length; i += 1) {
    const whole = partOf[i];
    if (!whole) continue;
    // A whole is a row before its part, named by its number (claim_0012 is row 11): looked up back from the part.
    let w = i - 1;
    while (w >= 0 && id[w] !== whole) w -= 1;
    if (w < 0) continue;
    const wholeName = indicator[w] as string;
    const name = indicator[i] as string;
    const verb = WORK_VERB.exec(wholeName)?.[0];
    if (verb === undefined || name.length < 2 || OWN_VERB.test(name) || wholeName.includes(name)) continue;
    const things = wholeName.slice(verb.length);
    if (things.length >= 2 && name.startsWith(things.slice(0, 2))) continue;
    indicator[i] = unit[i] === 'yuan' ? `${things}中的${name}` : `${verb.replace(/^累计/, '')}${name}`;
    noteLink(columns, i, 'a part of a whole of work, named with its work');
  }
}
