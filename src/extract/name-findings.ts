import { noteLink, type DraftColumns } from './draft-columns.ts';
import { isDigit } from './is-digit.ts';

/** What a finding's clause may open with before its count (一是, 其中, 发现, 审计发现): no name of the count's own. */
const FINDING_OPENING = /^\s*(?:[一二三四五六七八九十]+是)?\s*(?:其中|另有|还有|此外)?\s*(?:审计|抽查)?\s*(?:发现)?\s*$/;
/** How long the words before a finding's count may be (一是审计发现, with spaces). */
const OPENING_LIMIT = 12;
/** The things an audit finds at fault, counted (4个单位, 3户企业, 13所学校, 5个已完工项目): the shortest name ending in one of them. */
const AUDITED = /^[\u4e00-\u9fa5]{0,4}?(?:单位|部门|项目|企业|家庭|学校|机构|乡镇|镇|街道|村|社区|小区|医院|合作社|公司)/;
/** Words of a fault, one of which the words after the things counted must hold to be a finding (违规发放, 应缴未缴, 闲置, 超标准…). */
const FAULT = /未(?!来)|欠缴|漏缴|违规|违反|超(?!过|额|前)|虚报|虚列|虚增|少计|少收|少缴|多计|多发|多拨|挤占|挪用|闲置|拖欠|不符|不实|不到位|不规范|不合规|重复|滞留|挂账|冒领|套取|截留|骗取|空置|低效|延误|超期|以拨代支|规避|拆分|擅自|无依据/;
/**
 * Words a finding's predicate may open with that are no part of the fault's name (以…名义, 将), and where the things are said to
 * hold what is at fault (年初预算中有…, 竣工验收后仍有…): the amount after them is what they hold.
 */
const FAULT_OPENING = /^(?:以[\u4e00-\u9fa5、]{1,12}?名义|将|[\u4e00-\u9fa5]{0,8}?(?:中有|仍有|尚有))/;
/** A longer name of places the shortest may open (社区 of 社区养老服务站): the things counted are those. */
const LONGER_PLACE = /^[\u4e00-\u9fa5]{1,5}?(?:服务站|服务中心|站|中心)/;
/** An amount named by a word of money alone (资金): the things' money (项目资金). */
const MONEY_ALONE = /^(?:资金|款项|资产)$/;
/** Words a predicate that runs into its amount may end with (共计158.6万元): no part of the fault. */
const FAULT_ENDING = /(?:共计|合计|总计|累计|共|计|达)$/;
/** What a fault's words may run to after its amount, up to the clause's end (8263万元超过两年未使用): no digit, a few words. */
const AFTER_AMOUNT = /^[\u4e00-\u9fa5、“”]{2,12}(?=[，,；;。]|$)/;
/** A measure of a finding named alone (涉及资金, 涉及金额, 金额, 发现涉及资金): of the fault found before it. */
const FINDING_MEASURE = /^(?:发现)?(涉及(?:资金|金额|投资|人员|合同|面积|户数|人数|脱贫户)|金额)$/;
/** How long a fault may be and still name a figure: a longer one is a sentence. */
const FAULT_LIMIT = 24;
/** Where a finding's clauses end: its measures after it are in the same clauses (，), the next finding after ；or 。. */
const FINDING_END = /[；;。\n]/;

/**
 * Names an audit report's findings after their fault, which the text writes after the things counted: 4个单位以加班费、值班费等名义违规发放津贴补贴126.8万元
 * → 违规发放津贴补贴的单位 (4个) and 违规发放津贴补贴 (126.8万元); 6个部门结余结转资金8263万元超过两年未使用 → 结余结转资金超过两年未使用的部门 and
 * 超过两年未使用的结余结转资金; 9个单位固定资产账实不符，涉及金额3265万元 → 固定资产账实不符涉及金额. Only a count that opens its clause
 * (after 一是, 其中 or 发现 at most), of things an audit finds at fault (单位, 部门, 项目, 企业, 学校…), named by them alone, whose words after hold a
 * word of a fault (未, 违规, 超, 虚报, 闲置…); the amount those words run into, and the measures named alone after them up to ；or 。 (涉及资金, 金额),
 * are named after the fault. The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameFindings(columns: DraftColumns, text: string): void {
  const { kind, indicator, start, end, sentenceFrom } = columns;
  for (let i = 0; i < kind.length; i += 1) {
    // The words of the clause before the count are a few at most (一是, 审计发现): longer ones are not tried.
    if (kind[i] !== 'count' || (start[i] as number) - (columns.clauseStart[i] as number) > OPENING_LIMIT
      || !FINDING_OPENING.test(text.slice(columns.clauseStart[i] as number, start[i] as number))) continue;
    const after = end[i] as number;
    const shortest = AUDITED.exec(text.slice(after, after + 8))?.[0];
    if (shortest === undefined) continue;
    const things = `${shortest}${LONGER_PLACE.exec(text.slice(after + shortest.length, after + shortest.length + 8))?.[0] ?? ''}`;
    // The name the count has must be the things alone, or what follows them (单位超标准), or nothing of its own (发现, '').
    const own = (indicator[i] as string).replace(/^发现/, '');
    let to = after + things.length;
    while (to < text.length && to - after < FAULT_LIMIT + 20 && !isDigit(text.charCodeAt(to)) && !'，,；;。\n'.includes(text.charAt(to))) to += 1;
    if (own !== '' && !text.slice(after, to).startsWith(own)) continue;
    const words = text.slice(after + things.length, to).replace(FAULT_OPENING, '');
    // The amount the words run into (违规发放津贴补贴126.8万元), and the words after it to the clause's end (超过两年未使用).
    const amount = isDigit(text.charCodeAt(to)) && i + 1 < kind.length && start[i + 1] === to && (kind[i + 1] === 'level' || kind[i + 1] === 'count') ? i + 1 : -1;
    const tail = amount >= 0 ? AFTER_AMOUNT.exec(text.slice(end[amount] as number, (end[amount] as number) + 13))?.[0] ?? '' : '';
    const done = amount >= 0 ? words.replace(FAULT_ENDING, '') : words;
    const fault = `${done}${tail}`;
    if (fault.length < 2 || fault.length > FAULT_LIMIT || !FAULT.test(fault) || /\d/.test(fault)) continue;
    indicator[i] = `${fault}的${things}`;
    noteLink(columns, i, 'a finding, named after its fault');
    if (amount >= 0) {
      indicator[amount] = tail === '' ? done : done === '' ? tail : `${tail}的${MONEY_ALONE.test(done) ? things : ''}${done}`;
      noteLink(columns, amount, 'a finding\'s amount, named after its fault');
    }
    // The measures named alone after it, to the end of the finding (，涉及资金1346万元; 涉及合同19份、金额1376万元).
    for (let next = (amount >= 0 ? amount : i) + 1; next < kind.length && sentenceFrom[next] === sentenceFrom[i]; next += 1) {
      if (FINDING_END.test(text.slice(end[next - 1] as number, start[next] as number))) break;
      const measure = FINDING_MEASURE.exec(indicator[next] as string);
      if (measure === null) continue;
      indicator[next] = `${fault}${measure[1]}`;
      noteLink(columns, next, 'a measure of a finding, named after its fault');
    }
  }
}
