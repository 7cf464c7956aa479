import { CLAIM_KINDS, type Kind } from '../report/types.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';

/** The things a count before counts, then 中 ending its clause (38个|省控断面中，). */
const AMONG_THINGS = /^([\u4e00-\u9fa5（）()、～~Ⅰ-Ⅻ]{2,16})中[，,]\s*$/;

/** A name that says what was done to them (182个问题中，已整改到位168个), which the acts' own names take care of. */
const DONE_OPENING = /^(?:已|已经|累计|共|其中|整改|办结|完成|审结|执结|受理|发现|查处|处理)/;

/**
 * A part of a text that opens with a group of people or things and 中, with no figure (职工医保参保人员中，; 在产业活动单位中，): the
 * figures after it, up to the part's end, are of parts of that group. Only groups a figure may count: people, units, firms,
 * households, places (not 工作中, 过程中: the time of what was done).
 */
const GROUP_OPENING = /^\s*(?:在)?([\u4e00-\u9fa5（）()]{1,14}(?:人员|人口|职工|学生|单位|企业|法人|机构|组织|个体户|经营户|行业|项目|案件|提案|建议|家庭|农户|村|乡镇|医院|学校))中[，,]/;
/** A group opened by what was done to it (走访企业中, 帮扶困难职工中): the time of the work, not a group counted. */
const DONE_TO = /^(?:走访|帮扶|服务|推进|开展|检查|调查|排查|整治|清理|处理|办理|审理|受理|联系|对接|慰问|培训|救助|资助|保障|监测|巡查|督导|指导|评选|评审|考核|督办|落实|审议|征集|答复|提交)/;
/** A group of people (参保人员, 常住人口, 在职职工, 学生): its parts are counted in people, another group's in its own units. */
const PEOPLE = /(?:人员|人口|职工|学生)$/;
/** Units of people counted. */
const PEOPLE_UNITS: ReadonlySet<string> = new Set(['person', 'person_time']);
/** Groups of proposals or suggestions, and the units their classes are counted in. */
const PAPERS = /(?:提案|建议)$/;
const PAPER_UNITS: ReadonlySet<string> = new Set(['piece', 'line', 'case', 'item']);
/** Where a part of a sentence ends: the figures of a group opened before it are no longer of it. */
const PART_END = /[；;]/g;

/**
 * Names the figure of a clause after a count of things that ends with 中 after those things (38个省控断面中，Ⅰ～Ⅲ类水质断面35个 →
 * 省控断面中的Ⅰ～Ⅲ类水质断面): it is of a part of them. Run before the shares after it are named after it (…，占92.1% →
 * 省控断面中的Ⅰ～Ⅲ类水质断面占比). A figure whose name says nothing (…中，有14个), names those things already or says what was done to
 * them (…问题中，已整改到位168个) is left as it is. So are the counts after a group a part of a sentence opens with and 中
 * (职工医保参保人员中，在职职工98.45万人 → 职工医保参保人员中的在职职工), in people for a group of people and in other units for
 * others; not after a group opened by what was done to it (在走访企业中，).
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameAmongThings(columns: DraftColumns, text: string): void {
  const { kind, unit, indicator, sentenceFrom, end, clauseStart } = columns;
  for (let row = 1; row < kind.length; row += 1) {
    if (kind[row - 1] !== 'count' || sentenceFrom[row - 1] !== sentenceFrom[row] || !CLAIM_KINDS.includes(kind[row] as Kind)) continue;
    const among = AMONG_THINGS.exec(text.slice(end[row - 1] as number, clauseStart[row] as number));
    const name = indicator[row] as string;
    if (!among || name.length < 2 || name.includes(among[1] as string) || DONE_OPENING.test(name)) continue;
    indicator[row] = `${among[1]}中的${name}`;
    noteLink(columns, row, 'of a part of the things the count before it counts');
  }
  // 职工医保参保人员中，在职职工98.45万人，退休人员38.37万人: the parts of a group opened with 中 are of that group.
  for (let row = 0; row < kind.length; row += 1) {
    const name = indicator[row] as string;
    if (kind[row] !== 'count' || name.length < 2 || DONE_OPENING.test(name) || name.includes('中的')) continue;
    const before = text.slice(sentenceFrom[row] as number, clauseStart[row] as number);
    let partFrom = 0;
    for (const found of before.matchAll(PART_END)) partFrom = (found.index ?? 0) + 1;
    const group = GROUP_OPENING.exec(before.slice(partFrom));
    const things = group?.[1] ?? '';
    if (things === '' || DONE_TO.test(things) || name.includes(things) || things.includes(name) || PEOPLE.test(things) !== PEOPLE_UNITS.has(unit[row] as string)) continue;
    // Proposals and suggestions are counted in 件 or 条: a count in other units (召开协商会45次) is no class of them.
    if (PAPERS.test(things) && !PAPER_UNITS.has(unit[row] as string)) continue;
    indicator[row] = `${things}中的${name}`;
    noteLink(columns, row, 'of a part of the group its sentence opens with');
  }
}
