import { ENDS_WORD_WITH_YUE, HOTLINE_AT, NAME_WORD_AFTER, TONNAGE_CLASS_AT, SALES_DAY_AFTER, SALES_DAY_DIGITS } from './scan-numbers.ts';
import type { Kind, Status, Direction, Topic } from '../report/types.ts';
import type { Qualifier, UnitCode } from '../quantity/types.ts';
import type { NumberShape } from './scan-numbers.ts';
import { withoutSpace } from './without-space.ts';
import { UNITS } from '../quantity/units.ts';
import { isDigit } from './is-digit.ts';
import { countBefore } from './scan-chinese-counts.ts';
import { PARTS_OF_YEAR_BEFORE } from './parts-of-year-before.ts';
import { SETTERS } from './set-from-above.ts';
import { RANK_MOVES, RANK_VERBS } from './rank-words.ts';
import { WHOLE_AREAS } from './whole-areas.ts';

const LEVEL_UNITS: readonly UnitCode[] = ['score', 'yuan', 'usd', 'hkd', 'eur', 'decibel', 'yuan_per_m2', 'ug_m3', 'mg_m3', 'mg_l', 'mm', 'mu', 'mu_time', 'hectare', 'm2', 'km2', 'km', 'm', 'm3', 'm3_per_s', 'm3_per_km2', 'm_per_s', 'tonne', 'kg', 'jin', 'kw', 'kwh', 'kilohectare',
  'yuan_per_person', 'yuan_per_person_month', 'yuan_per_person_year', 'yuan_per_month', 'yuan_per_hour', 'yuan_per_visit', 'person_per_km2', 'km_per_100km2', 'kg_per_mu', 'yuan_per_mu', 'yuan_per_tonne', 'yuan_per_kwh', 'tonne_per_day', 'km_per_hour', 'm2_per_person', 'tce', 'tonne_km', 'person_km', 'mw', 'celsius', 'steam_tonne_per_hour', 'person_year', 'litre_per_person_day', 'litre_per_day'];
const DURATION_UNITS: readonly UnitCode[] = ['hour', 'minute', 'month', 'working_day', 'week', 'class_hour'];

/** Words that say a percentage is a change, and which way (the nearest before the number wins). */
const CHANGE_UP = cueIndex(['增长', '增速', '增幅', '提高', '提升', '上升', '上涨', '增加', '扩大', '增产', '涨', '升值']);
const CHANGE_DOWN = cueIndex(['下降', '降低', '减少', '回落', '下滑', '压减', '压缩', '缩减', '降幅', '减产', '减', '贬值', '收窄', '缩小']);
const SHARE = cueIndex(['占比', '比重', '比例', '占', '份额']);
/**
 * Words of intent (目标为: the goal is, 规划目标为 too); 计划 only as a verb or the plan's own total (计划新增, 计划总投资2.95亿元), not as
 * the plan a result is measured against (完成年度计划的103%, 占计划总投资的107.5%) nor as what sets projects apart (计划总投资120亿元的32个项目,
 * 计划总投资5000万元以上项目1326个, 计划总投资亿元以上项目); 还将 and 拟 only before a verb of doing (还将组织,
 * 拟新增: 还将12个村纳入… is 把, a past action).
 */
const TARGET_CUES = /力争|确保|还将(?=组织|开展|举办|推出|实施|新增|新建|建设|完成|投入|启动|推动|加快|继续|持续|发放|安排)|拟(?=新增|建设|实施|投资|安排|开工|新建|引进)|预期目标|目标(?:为|是)|(?<![占为比较达超])(?<!完成)计划(?!的|执行|完成率|总投资的|总投资\s?[\d.,]*\s?[万亿]*元(?:左右|以上|及以上)?(?:的|项目|工程))(?=(新增|完成|实施|建成|开工|投资|总投资|引进|培育|新建|改造|改扩建|为|提供|举办|开展|招聘))/;
/** Words of preliminary figures (初步核算，…), a kind of estimate that a bulletin's paragraph opens with. */
export const PRELIMINARY_CUES: readonly string[] = ['初步核算', '初步统计', '初步测算'];
/** Words that make the figures after them in their sentence estimates. */
const ESTIMATE_CUES = ['预计', ...PRELIMINARY_CUES];

/** Where in a sentence the first word of intent and the first word of estimate end (what a figure after them is read as), Infinity where there is none. */
export interface StatusCues {
  estimate: number;
  /**
   * Where the word of estimate stops governing: the end of its part of the sentence (up to ；) where it stands after its subject
   * (研发经费投入强度预计达到3.45%；高新技术企业总数达到1136家), else Infinity (预计全年…: the whole sentence).
   */
  estimateUntil: number;
  target: number;
  /** Where the clause of the word of intent starts (到2025年目标为: the year before the word is the target's). */
  targetClause: number;
  /** Where the word of intent stops governing: the end of its clause for a goal stated in one (规划目标为12件，已完成10件), else Infinity. */
  targetUntil: number;
  /** Where a word of intent after that clause ends (…，已完成8000人，力争全年完成1.2万人), Infinity where there is none. */
  laterTarget: number;
}

/** What may stand right before a word of estimate that opens its clause: a clause's mark, or a time or a whole area (全年, 全县). */
const CLAUSE_OPENING_BEFORE = /(?:^|[，,；;：:。\s]|全年|全县|全市|全区|全省|全镇|今年|(?:19|20)\d{2}年)$/;
const ESTIMATE_REACH = 6;
/** The end of a part of a sentence (；). */
export const PART_END = /[；;]/;
/** Words of intent that state a goal in their own clause only: the clauses after them may report what was done. */
const CLAUSE_TARGET_CUES = /^(?:目标为|目标是)$/;
/**
 * A clause that reports what was done (实际建成4所, 累计完成投资3.17亿元, 已完工, 完成52亿元): it ends the reach of 计划 before it
 * (计划新建公办幼儿园4所，新增学位1080个，实际建成4所: the plan's clauses run to it).
 */
const RESULT_OPENING = /^\s*(?:实际|已|累计|截至|目前|共完成|完成|当年完成|全部)/;
/** Where clauses end, for the reach of a word of intent. */
const CLAUSE_MARK = /[，,；;。！？!?]/g;

/**
 * The status cues of a sentence, read once for all its figures: a figure is an estimate (or a
 * target) if a cue ends before it, and the first cue ends first (the words do not overlap). A cue
 * read from a lookahead (计划 before 新增) ends after the word it looks at.
 */
export function statusCues(sentence: string): StatusCues {
  let estimate = Infinity;
  let estimateAt = -1;
  let estimateWord = '';
  for (const word of ESTIMATE_CUES) {
    const at = sentence.indexOf(word);
    if (at >= 0 && at + word.length < estimate) {
      estimate = at + word.length;
      estimateAt = at;
      estimateWord = word;
    }
  }
  // 预计 after its subject in its clause (研发经费投入强度预计达到3.45%) estimates that part of the sentence only; 初步核算 and the
  // like (据初步核算，…) all of it.
  const afterSubject = estimateWord === '预计' && estimateAt > 0 && !CLAUSE_OPENING_BEFORE.test(sentence.slice(Math.max(0, estimateAt - ESTIMATE_REACH), estimateAt));
  const part = afterSubject ? sentence.slice(estimateAt).search(PART_END) : -1;
  const estimateUntil = part >= 0 ? estimateAt + part : Infinity;
  const target = TARGET_CUES.exec(sentence);
  if (!target) return { estimate, estimateUntil, target: Infinity, targetClause: 0, targetUntil: Infinity, laterTarget: Infinity };
  const end = target.index + target[0].length + (target[1]?.length ?? 0);
  let targetClause = 0;
  let targetUntil = Infinity;
  for (const mark of sentence.matchAll(CLAUSE_MARK)) {
    if (mark.index < target.index) targetClause = mark.index + 1;
    else if (mark.index >= end) {
      if (CLAUSE_TARGET_CUES.test(target[0])) {
        targetUntil = mark.index;
        break;
      }
      if (target[0] !== '计划') break;
      if (RESULT_OPENING.test(sentence.slice(mark.index + 1, mark.index + 8))) {
        targetUntil = mark.index;
        break;
      }
    }
  }
  const later = Number.isFinite(targetUntil) ? TARGET_CUES.exec(sentence.slice(targetUntil)) : null;
  const laterTarget = later ? targetUntil + later.index + later[0].length + (later[1]?.length ?? 0) : Infinity;
  return { estimate, estimateUntil, target: end, targetClause, targetUntil, laterTarget };
}

/** How far back a clause is looked for: a clause is a few dozen characters; text without punctuation must not make the search quadratic. */
const CLAUSE_LIMIT = 200;

/** Where clauses end: 。，；：！？ (full width and ASCII) and line breaks. A comma between digits (1,234) is a thousands separator. */
const CLAUSE_END = new Uint8Array(0x10000);
for (const char of '。，,；;：:！!？?\n') CLAUSE_END[char.charCodeAt(0)] = 1;

/** The clause a number stands in, up to the number: back to the previous 。，；：！？ or line break (at most 200 characters). */
export function clauseBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < CLAUSE_LIMIT) {
    const code = text.charCodeAt(from - 1);
    if (CLAUSE_END[code] === 1 && !(code === 44 && isDigit(text.charCodeAt(from - 2)) && isDigit(text.charCodeAt(from)))) break;
    from -= 1;
  }
  return text.slice(from, start);
}

/** Cue words by their last character, so that a clause is read back once whatever the number of words; `last` marks those characters, for a look that costs no lookup. */
interface CueIndex {
  last: Uint8Array;
  words: ReadonlyMap<number, readonly string[]>;
}
function cueIndex(words: readonly string[]): CueIndex {
  const index = new Map<number, string[]>();
  const last = new Uint8Array(0x10000);
  for (const word of words) {
    const code = word.charCodeAt(word.length - 1);
    index.set(code, [...(index.get(code) ?? []), word]);
    last[code] = 1;
  }
  return { last, words: index };
}

/** How far before the number (from the cue's end to the clause's end) the nearest of the given words stands; Infinity where none does. */
function nearest(clause: string, cues: CueIndex): number {
  for (let end = clause.length; end > 0; end -= 1) {
    const code = clause.charCodeAt(end - 1);
    if (cues.last[code] === 0) continue;
    for (const word of cues.words.get(code) as readonly string[]) if (clause.startsWith(word, end - word.length)) return clause.length - end;
  }
  return Infinity;
}

/** A share written in tenths (三成, 四成以上, 六成左右). */
export const TENTHS_OF = /成(?:以上|以下|左右)?$/;
/** A share written in words: tenths, a fraction (三分之一, 四分之三以上), or half (一半以上). */
export const SHARE_IN_WORDS = /(?:成|分之[一二三四五六七八九十]|一半)(?:以上|以下|以内|左右)?$/;
/** The things a share in tenths is of, written right after it (的行政村, 企业亏损). */
export const THINGS_AFTER = /^的?[\u4e00-\u9fa5]/;
/** A line a figure is measured against, named right after it (120%的红色预警线, 75%的警戒线, 102.4亿元的限额). */
const LINE_AFTER = /^的?(?:红色|橙色|黄色)?(?:预警线|警戒线|风险线|红线|控制线|限额)/;
/** The same named right before it, its figure in brackets (低于省定警戒线（70%）, 达到二级标准（35微克/立方米）). */
const LINE_BEFORE = /(?:预警线|警戒线|风险线|红线|控制线|标准|限值)[（(]\s*$/;
/** A requirement named right after a bound (不低于60%的要求): the line a figure is measured against, too. */
const REQUIRED_AFTER = /^的?要求/;
/** The words of a bound a requirement is written with (不低于, 不少于, 不高于, 不超过). */
const BOUND_WORD = /^(?:不低于|不少于|不高于|不超过)/;
/** A cap named right before its figure as a bound (在省核定的限额102.4亿元以内): not 控制在省定5.5%以内, which a plan sets as its goal. */
const CAP_BEFORE = /(?:限额|上限)(?:为|是)?\s*$/;
/** The words before and after a number that tell its kind (module constants: a pattern literal in a function is a new object at every call). */
/** 第4个, 第二十届: an ordinal. */
const ORDINAL_BEFORE = /第\s*$/;
/** 完成年度计划的103%, 为上年的96%, 完成率为: a percentage of another figure. */
const OF_ANOTHER_FIGURE = /(?:计划|目标|任务|预算|上年|同期)的?$|完成率(?:为|达到?)?$/;
/** 增速为8.6%, 增幅分别为…, 降幅达3%: a rate of change named as such, then the verb that gives it. */
const CHANGE_NAMED = /(?:增速|增幅|降幅|增长率)(?:分别|均)?(?:为|是|达到|达)\s*$/;
/** 提高到95%, 达到95%: a level reached. */
const LEVEL_REACHED = /(到|至|达|为)\s*$/;
/** 达可盘活总额的16.46%: a percentage of a whole (not a year's 的: 由2020年的60.1%). */
const OF_WHOLE = /(?<!(?:19|20)\d{2}年(?:底|末)?)的\s*$/;
/** 前3位, 第3位, 排名3位, 排名上升3位, 前移6位: a rank, or a move in rank. */
const RANK_BEFORE = new RegExp(`(?:前|第|排名|排|列|居|位次|${RANK_MOVES})\\s*$`);
/**
 * The places a rank is held among (居全市11个县（市、区）第3位, 在全省16个设区市中排名第4位): the area before the count, and a rank
 * after it in its clause.
 */
const POOL_BEFORE = new RegExp(`(?:${WHOLE_AREAS})$`);
const POOL_AFTER = new RegExp(`^[^，,；;。：:\\d]{0,14}?(?:中|之中)?(?:${RANK_VERBS}|排)?(?:第|前)\\s*(?:\\d+|[一二三四五六七八九十]+)\\s*(?:位|名|[，,；;。、）)]|$)`);
/** A verb of reaching a level right before a figure (达到, 提高到, 保持在). */
const REACHED_BEFORE = /(?:达到|达|提高到|提高至|提升到|提升至|增至|增加到|延长到|延长至|保持在|稳定在)\s*$/;
/** Words of all of a stock right before its count (覆盖全部21个, 对所有12个). */
const ALL_BEFORE = /(?:全部|所有)\s*$/;
/** What 均 ends as a word of its own (年均, 人均, 户均, 亩均, 日均, 月均, 平均, 生均): an average, not "all of them". */
export const AVERAGED = '年人户亩日月平生';
/** How many of a clause's last characters the words right before a figure are looked for in. */
const TAIL_LENGTH = 12;
/** The last characters of the words of a stock restated or of the places a rank is held among (全部, 所有, 全县, 实现, 达到, 全国…). */
const STOCK_LAST = new Uint8Array(0x10000);
for (const char of '部有县市区镇乡省现到国州盟') STOCK_LAST[char.charCodeAt(0)] = 1;
/** A whole area right before a count, whose things the words after say all of (全县43座水库均已…; 均 of an average, 平均, is not all). */
const WHOLE_AREA_BEFORE = /(?:^|[，,；;：:\s])全[县市区镇乡省]$/;
const ALL_AFTER = new RegExp(`^[^，,；;。\\d]{0,16}(?:(?<![${AVERAGED}])均|全部|全面)`);
/** A coverage of all of a stock (实现12个村（社区）全覆盖). */
const COVERED_BEFORE = /(?:实现|达到)\s*$/;
const COVERED_AFTER = /^[^，,；;。\d]{0,16}全覆盖/;
/** 10周年, 第4届: an ordinal. */
const ANNIVERSARY = /周年$/;
const SESSION_AFTER = /^届/;
/** A number in quotation marks (“2332”): a code. */
const QUOTE_BEFORE = /[“"「『]$/;
const QUOTE_AFTER = /^[”"」』]/;

/** What the extractor guesses about one number from its shape, unit and the words around it. */
export interface Meaning {
  kind: Kind;
  direction: Direction | null;
}

/** Guesses the kind of a number (level, count, growth, share, rate…) and, for a change, its direction. */
export function guessKind(shape: NumberShape, unit: UnitCode, qualifier: Qualifier, surface: string, clause: string, after: string): Meaning {
  if (shape === 'date' || shape === 'year') return { kind: 'date', direction: null };
  if (shape === 'code') return { kind: 'code', direction: null };
  if (shape === 'name') return { kind: 'name', direction: null };
  if (shape === 'ratio' || unit === 'ratio') return { kind: 'ratio', direction: null };
  // 距离120%的红色预警线, 警戒线（70%）, 在省核定的限额102.4亿元以内: a line or a cap a figure is measured against, not a figure of its own (but the
  // cap a budget reports, 政府债务限额108.6亿元, is one).
  if (LINE_AFTER.test(after) || LINE_BEFORE.test(clause) || (qualifier === 'at_most' && CAP_BEFORE.test(clause)) || (BOUND_WORD.test(surface) && REQUIRED_AFTER.test(after))) return { kind: 'threshold', direction: null };
  // Only changes have a direction: the words of change are looked for only where the unit may be one.
  if (unit !== 'pp' && unit !== 'bp' && unit !== 'percent' && unit !== 'permille_point') return guessOtherKind(unit, qualifier, surface, clause, after);
  const down = nearest(clause, CHANGE_DOWN);
  const up = nearest(clause, CHANGE_UP);
  const direction: Direction | null = down < up ? 'down' : up < Infinity ? 'up' : null;
  // A change in points, of a percentage or of a rate per mille (婴儿死亡率…下降0.35个千分点).
  // 低于全省平均水平0.2个百分点: a gap below what is compared with is a change down.
  if (unit === 'pp' || unit === 'permille_point') return { kind: 'pp_change', direction: GAP_BELOW.test(clause) ? 'down' : direction ?? 'up' };
  if (unit === 'bp') return { kind: 'bp_change', direction: direction ?? 'up' };
  // 第4个, 第二十届: an ordinal, whatever follows it
  // (The words right before a figure are looked for in the clause's last characters: a pattern anchored at the end reads the whole string.)
  const tail = clause.slice(-TAIL_LENGTH);
  if (ORDINAL_BEFORE.test(tail)) return { kind: 'ordinal', direction: null };
  // 八成左右的行政村, 不足四成的企业, 近三成企业: tenths of the things after them, a share (not a bound that defines them).
  if (TENTHS_OF.test(surface) && THINGS_AFTER.test(after)) return { kind: 'share', direction: null };
  // 低于120%的警戒线, 高于60%的地区: a bound of comparison before what it defines, not a rate of anything.
  if ((COMPARED_BEFORE.test(clause) || BOUND_OF_COMPARISON.test(surface)) && DEFINED_AFTER_BOUND.test(after)) return { kind: 'threshold', direction: null };
  // 投入强度超过2%的行业有9个: a bound after 超过 defines the things counted right after it (not 超过90%的行政村实现了…, 增长超过10%的好成绩).
  if (surface.startsWith('超过') && COUNTED_AFTER_BOUND.test(after)) return { kind: 'threshold', direction: null };
  // A percentage. 完成年度计划的103%, 为上年的96%: a percentage of another figure, which may pass 100%
  if (OF_ANOTHER_FIGURE.test(clause)) return { kind: 'ratio', direction: null };
  // A word of share counts only after the figure before in the clause (公办幼儿园占比56.6%、普惠率98.3%: 占比 is the first's).
  const share = nearest(clause.slice(afterLastDigit(clause)), SHARE);
  const change = Math.min(up, down);
  // 增速为8.6%: a change, which its name says; 提高到95% / 达到95%: a level reached, not a change
  if (CHANGE_NAMED.test(clause)) return { kind: 'growth', direction };
  if (LEVEL_REACHED.test(clause)) return { kind: share < 8 ? 'share' : 'rate', direction: null };
  // 达可盘活总额的16.46%: a percentage of a whole named before it.
  if (OF_WHOLE.test(clause)) return { kind: 'share', direction: null };
  if (change <= 6 && change <= share) return { kind: 'growth', direction };
  if (share < Infinity) return { kind: 'share', direction: null };
  return { kind: 'rate', direction: null };
}

/** A number of years that is a year of the calendar (1900–2099 written in four digits). */
const CALENDAR_YEAR = /(?<![\d.])(?:19|20)\d{2}\s?年$/;

/** Brackets opened before a figure in its clause and not closed (高温日数（日最高气温), and closed right after it before a figure (）38.7天). */
const BRACKET_OPEN_BEFORE = /[（(][^（）()]*$/;
const BRACKET_CLOSE = /^[)）]\s*\d/;
/** What a bound may stand before and define: 的, a group it sets apart (村, 企业, 项目…), or the share of those within it (144平方米以上占7.9%). */
const DEFINED = /^(?:的|村|户|企业|项目|工程|人口|家庭|县|镇|乡|城市|学校|医院|园区|景区|占|[)）](?:比例|占比|比重|的))/;
/**
 * What an amount's bound may define a few words on (500万元以上在建项目, 20吨及以上农村生活污水处理设施, 35蒸吨/小时及以下燃煤锅炉,
 * 30万千瓦及以上机组): a group of things a measure sets apart. Only after an amount: a count's bound before what it counts (2000户以上农户) is a count.
 */
const DEFINED_BY_AMOUNT = /^[^，,；;。\d]{0,10}?(?:项目|企业|设施|工程|单位|主体|锅炉|机组)/;
/** A verb between an amount and the things after it: the amount is what is done to them (争取上级资金5亿元以上支持重点项目建设), no bound of a group. */
const DONE_WITH = /^[^，,；;。\d]{0,10}?(?:支持|用于|带动|投向|投入|撬动|帮助|推动|保障|建设|支付|拨付|补助|奖励)/;

/** A window of time (内, after 日 where 日 is no unit) and the rate it defines in the same clause. */
const WINDOW_OF_RATE = /^(?:个?工作日|日)?内[^，,；;。\d]{0,12}率/;
/** A comparison below something, right before a gap in points (低于全省平均水平0.2个百分点, 低于省定警戒线（70%）7.6个百分点). */
const GAP_BELOW = /(?:低于|少于|落后于?)(?:[^，,；;。\d（(]|[（(][^（()）]{0,12}[)）]){0,16}$/;
/** Words of comparison ending a clause: the percentage after them is a bound. */
const COMPARED_BEFORE = /(?:低于|高于|少于|多于)\s*$/;
/** The same words read as the number's qualifier (不足3%的村): the percentage is a bound too. */
const BOUND_OF_COMPARISON = /^(?:不足|不到)/;
/** The words before a count of what a bound defines (的有9个, 的企业已有97家, 的区为4个), as pattern alternatives. */
export const COUNT_OF_DEFINED = '已有|共有|有|达|为';
/** What a bound after 超过 defines, then a count of it (的行业有9个, 的企业已有97家, 的区为4个). */
const COUNTED_AFTER_BOUND = new RegExp(String.raw`^的[\u4e00-\u9fa5（）()]{0,6}?(?:${COUNT_OF_DEFINED})\s*\d`);
/** 的 and what a percentage bound defines (not a goal: 低于5%的目标 states one). */
const DEFINED_AFTER_BOUND = /^的(?!目标|预期|要求|水平)/;

/** A name of a ratio ending a clause, with the verb before its figure: 收入比为, 之比是, 比值达, 之比由, 收入比由上年同期的. */
const RATIO_NAME = /(?<![占同环相对])比值?\s*(?:为|是|达到|达|:|(?:由|从)(?:(?:19|20)\d{2}年|上年|去年)?(?:同期|底|末)?的?)?\s*$/;

/** Where a clause's last digit ends (0 where it has none): the words after it are the figure's own. */
function afterLastDigit(clause: string): number {
  for (let at = clause.length - 1; at >= 0; at -= 1) if (isDigit(clause.charCodeAt(at))) return at + 1;
  return 0;
}

/** The kind of a number that is not a change nor a percentage: an ordinal, a threshold, a duration, a ratio, a level or a count. */
function guessOtherKind(unit: UnitCode, qualifier: Qualifier, surface: string, clause: string, after: string): Meaning {
  // 第4个, 第二十届: an ordinal, whatever follows it
  const tail = clause.slice(-TAIL_LENGTH);
  if (ORDINAL_BEFORE.test(tail)) return { kind: 'ordinal', direction: null };
  // 65岁以上老年人: a bound in a definition; 人均预期寿命78.5岁: a level
  // 人均预期寿命达到80岁以上: a bound after a verb of reaching is the level reached.
  if (unit === 'age') return { kind: qualifier === 'exact' || qualifier === 'about' || REACHED_BEFORE.test(tail) ? 'level' : 'threshold', direction: null };
  if (unit === 'multiple') return { kind: 'ratio', direction: null };
  if (unit === 'permille' || unit === 'per_100k') return { kind: 'rate', direction: null };
  // 居全省前3位: a rank, not three people.
  if (unit === 'person' && surface.endsWith('位') && RANK_BEFORE.test(clause)) return { kind: 'ordinal', direction: null };
  if (ANNIVERSARY.test(surface) || SESSION_AFTER.test(after)) return { kind: 'ordinal', direction: null };
  // A stock restated as the scope of what is said of all of it (覆盖全部21个乡镇卫生院, 全县43座水库均已…, 实现12个村全覆盖): no figure of the year.
  const trimmed = tail.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (qualifier === 'exact' && unit !== 'number' && STOCK_LAST[last] === 1 && (ALL_BEFORE.test(tail) || (WHOLE_AREA_BEFORE.test(trimmed.slice(-4)) && ALL_AFTER.test(after)) || (COVERED_BEFORE.test(tail) && COVERED_AFTER.test(after)))) {
    return { kind: 'threshold', direction: null };
  }
  // The places a rank is held among (居全市11个县（市、区）第3位) define the rank: no count of the year.
  if (qualifier === 'exact' && STOCK_LAST[last] === 1 && POOL_BEFORE.test(tail) && POOL_AFTER.test(after)) return { kind: 'threshold', direction: null };
  // A bound of comparison before what it defines (年人均纯收入低于1万元的脱贫户): a threshold, not a level.
  if ((LEVEL_UNITS.includes(unit) || COUNTED_AFTER_BOUND.test(after)) && COMPARED_BEFORE.test(tail) && DEFINED_AFTER_BOUND.test(after)) return { kind: 'threshold', direction: null };
  // A bound before what it defines (10万元以上的村, 20亿元以上项目, 逾期1年以上的贷款): a threshold, not a level.
  const bound = qualifier === 'at_least' || qualifier === 'above' || qualifier === 'at_most';
  // So is one that closes brackets after a name (高温日数（日最高气温≥35℃）38.7天): the definition of what the figure after counts.
  if (bound && BRACKET_OPEN_BEFORE.test(tail) && BRACKET_CLOSE.test(after)) return { kind: 'threshold', direction: null };
  if (bound && (DEFINED.test(after) || (LEVEL_UNITS.includes(unit) && DEFINED_BY_AMOUNT.test(after) && !DONE_WITH.test(after)))) return { kind: 'threshold', direction: null };
  // 关于2024年1—11月, 预计2025年: a year of the calendar that the scanner could not take as one (a month or a word of estimate is next to it), not 2024 years.
  if (unit === 'year') return { kind: qualifier === 'exact' && CALENDAR_YEAR.test(surface) ? 'date' : 'duration', direction: null };
  // 7日内程序回复率, 3个月内办理答复率: a window that defines the rate after it, not a length of time nor a count.
  if ((DURATION_UNITS.includes(unit) || unit === 'day' || (unit === 'number' && qualifier === 'exact')) && WINDOW_OF_RATE.test(after)) return { kind: 'threshold', direction: null };
  if (DURATION_UNITS.includes(unit)) return { kind: 'duration', direction: null };
  // 城乡居民收入比为2.18: a ratio named as one (not 占比, 同比, 环比, 相比, 对比).
  if (unit === 'number' && RATIO_NAME.test(clause)) return { kind: 'ratio', direction: null };
  if (unit === 'number') return { kind: QUOTE_BEFORE.test(clause) || QUOTE_AFTER.test(after) ? 'code' : ORDINAL_BEFORE.test(tail) ? 'ordinal' : 'count', direction: null };
  if (LEVEL_UNITS.includes(unit)) return { kind: 'level', direction: null };
  return { kind: 'count', direction: null };
}

/**
 * Guesses whether a number is a result, an estimate, a target or a reference (a date, a code, a
 * threshold), from its kind, whether it stands in the plan part, its surface, and the cues of its
 * sentence (`statusCues`) that end before it, `before` characters into the sentence.
 */
export function guessStatus(kind: Kind, inPlan: boolean, surface: string, cues: StatusCues, before: number): Status {
  if (kind === 'date' || kind === 'code' || kind === 'name' || kind === 'threshold' || kind === 'ordinal') return 'reference';
  // In the plan part every figure is for the plan year: 预计 there projects it (2025年…预计完成130亿元).
  if (inPlan) return 'target';
  // 预计 governs the rest of its sentence (预计…增长8%,…比重11%), or of its part where it follows its subject (see statusCues).
  if (surface.startsWith('预计') || (cues.estimate <= before && before < cues.estimateUntil)) return 'estimate';
  // In the review, only words of intent make a target (争取 there means "secured", so it does not count).
  return (cues.target <= before && before < cues.targetUntil) || cues.laterTarget <= before ? 'target' : 'actual';
}

/** 发生 before what happened (发生各类生产安全事故), a word of framing; not 发生率, 发生面积, 发生次数…, which are measures. */
const HAPPENED = String.raw`发生(?![率数量额]|面积|次数|金额|频次)(?=[\u4e00-\u9fa5]{2})`;

/**
 * Words before a number that belong to the verb or the qualifier, not to the indicator's name (read where the name may start: sticky). 为 is
 * such a word (增加值为12.5亿元), but not before those a thing is done for (为企业争取…资金, 为…家庭发放扶助金): it says who gets it.
 */
const LEADING = new RegExp(String.raw`(?:——|加上|截至|截止到|截止|另有|[（(]?含(?![税量金])(?=[\u4e00-\u9fa5]{2})|(?:扣除|剔除)[^，。；]{1,12}?因素(?:影响)?后?|[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十]+[)）]|(?<=年)(?:预计)?(?:执行数|完成数|决算数|预算数)|规划目标为|目标为|目标是|初步核算|初步统计|按常住地分|[两三四五六七八九十]年(?=共|合计|累计)|到?“?十[一二三四五六]五”?(?:规划)?(?:期|时期)?[末底]|全年|年末|年初|年底|年内|全院|[底末]?前(?=实现|完成|建成|达到|全面|基本|力争|确保)|全区|全县|全市|全省|全州|全旗|全镇|全乡|其中|同时|同步(?=实施|推进|建设|开展|完成)|折合(?!人民币|美元|港元|欧元|标准煤|标煤)(?=[\u4e00-\u9fa5]{2})|${HAPPENED}|各类(?=[\u4e00-\u9fa5]{2})|并|我们|将|计划完成(?![率数额值情])|计划(?!生育|单列|经济|执行|完成|投资|总投资|内|外|数)|力争|确保|争取|已经|已|实现(?!率)|完成(?!率)|达到|预计|建成(?!率)|推动|推进|认真|积极|扎实|切实|全力|按时(?![\u4e00-\u9fa5]{0,4}率)|拟(?=[\u4e00-\u9fa5]{2})|设置(?=[\u4e00-\u9fa5]{2})|落实(?!率)(?=[\u4e00-\u9fa5]{2})|在上年基础上|(?:${SETTERS})?下达的?(?=(?:年度|全年)?目标)|组织(?!部|机构|化|形式|生活|振兴|建设|体系|人事|工作|实施|领导|保障|力|者|单位)(?=[\u4e00-\u9fa5]{2})|提质打造|打造|设立(?=[\u4e00-\u9fa5]{2})|开发(?!区)|加快|开展|深化|实施|共有(?!产权)|现有|(?:仍|尚|还)有|有(?!机|色|效|关|劳动|线|序|偿|形|益|利|害|毒|声|氧|力|望|助|所|些|的|点|可能|待|轨|源|理|生|限|无)(?![^，。；、\d]{1,12}的)(?=[\u4e00-\u9fa5]{2})|累计(?=拥有|共有)|拥有|共(?!有产权)|为(?![\u4e00-\u9fa5]{1,12}?(?:争取|发放|提供|办理|减免|兑现|解决|协调|减轻|降低|落实|挽回|追回|清偿|支付|安置|兑付|返还|退还))|合计|总计|的|主要是|控制在|保持在|稳定在|比上年末|较上年末|比上年同期|比去年同期|较去年同期|比上年执行数|比上年决算数|比上年完成数|比上年实际数|比上年预算数|比上年预算|比年初|同比|同口径|比上年|较上年|比去年|较去年|(?:比|较)(?:${PARTS_OF_YEAR_BEFORE})|分别|均|和|及|与)+`, 'y');
/** Words after the name that belong to the verb, the comparison or the qualifier (均 but in 年均, 人均…), any number of them, in any order. */
export const TRAILING_WORDS: readonly string[] = ['比上年末', '较上年末', '比上年同期', '比去年同期', '较去年同期', '比年初', '同比', '比上年', '较上年', '比去年', '较去年', '分别为', '分别达到', '分别', '均', '实现', '完成', '达到', '控制在', '保持在', '稳定在', '保持', '达', '为', '至', '到', '增长', '增速', '下降', '降低', '减少', '提高', '提升', '上升', '上涨', '增加', '增至', '增到', '降至', '减至', '压减', '压缩', '缩减', '缩小', '缩短', '延长', '扩大', '收窄', '回落', '加快', '放缓', '多增', '少增', '贬值', '升值', '突破', '超过', '超', '迈上', '迈入', '跨越', '跨上', '跃上', '站上', '首次', '约', '近', '预计', '力争', '确保', '争取', '全部', '连续', '发展到', '发展至', '仅为', '仅有', '仅', '只有', '仍有', '尚有', '还有', '仍然', '依然', '仍', '现有', '共有', '每人每月', '每人每年', '每人每天', '每月', '每年', '预期目标', '目标任务', '目标', '预期', '相应调整', '调整', '评估', '安排', '已经', '已', '累计', '合计', '共计', '五年', '两年', '三年', '共', '了', '在', '按', '的', '由', '从'];
const TRAILING = byFirstChar(TRAILING_WORDS);
/** Characters 为 ends a word after (行为, 作为, 认为): there it is no verb before the figure (查处酒驾违法行为6243起). */
const ENDS_WORD_WITH_WEI = '行作认';
/** Characters 达 ends a word after (下达, 传达, 送达, 抵达, 到达, 通达, 表达): there it is no verb of reaching (上级下达目标任务). */
const ENDS_WORD_WITH_DA = '下传送抵到通表';
const TRAILING_LONGEST = Math.max(...TRAILING_WORDS.map((word) => word.length));
const TRAILING_FIRST = new Uint8Array(0x10000);
for (const code of TRAILING.keys()) TRAILING_FIRST[code] = 1;
/** Which positions of the text's end are followed only by `TRAILING` words, from the right (reused: a clause is cut to 200 characters, a table row's label may be longer). */
let trailingReach = new Uint8Array(256);

/** Words grouped by their first UTF-16 unit, so that a reader looks only at the words that can start where it stands. */
export function byFirstChar(words: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const index = new Map<number, string[]>();
  for (const word of words) index.set(word.charCodeAt(0), [...(index.get(word.charCodeAt(0)) ?? []), word]);
  return index;
}

/**
 * Where the words of `TRAILING` that end a text start: the leftmost position, `from` or after, from
 * which the rest of the text is made of those words alone (text.length where it ends with none), as
 * if the text began at `from`. Read from the right, position by position, so that a long clause
 * costs its last few words, not a pattern tried at every position.
 */
export function trailingStart(text: string, from = 0): number {
  if (trailingReach.length <= text.length) trailingReach = new Uint8Array(text.length * 2 + 1);
  const reach = trailingReach;
  reach[text.length] = 1;
  let start = text.length;
  // A word is at most TRAILING_LONGEST long: past as many positions that no word chain reaches, none further left can.
  for (let at = text.length - 1, gap = 0; at >= from && gap < TRAILING_LONGEST; at -= 1) {
    reach[at] = 0;
    const code = text.charCodeAt(at);
    if (TRAILING_FIRST[code] === 1) for (const word of TRAILING.get(code) as readonly string[]) {
      if (reach[at + word.length] === 1 && text.startsWith(word, at) && (word !== '均' || at === from || !AVERAGED.includes(text[at - 1] as string))
        && (word !== '为' || at === from || !ENDS_WORD_WITH_WEI.includes(text[at - 1] as string))
        && (word !== '约' || at === from || !ENDS_WORD_WITH_YUE.includes(text[at - 1] as string))
        && (word !== '达' || at === from || !ENDS_WORD_WITH_DA.includes(text[at - 1] as string))) {
        reach[at] = 1;
        break;
      }
    }
    if (reach[at] === 1) {
      start = at;
      gap = 0;
    } else gap += 1;
  }
  return start;
}

/**
 * The part of a clause that names one number: after the last 、 (or 和/及/与) that closes an earlier figure
 * ("接待游客4494万人次、旅游综合收入217亿元": the second number's part is "旅游综合收入"). A 、 between
 * names without figures (批发、零售…分别) is kept, and so is 及 of a bound (县级及以上城市).
 */
export function ownPart(clause: string): string {
  // An item's number opening the clause (2.社会保障和就业支出) is no figure whose list the name would follow.
  let firstDigit = ITEM_NUMBER_OPENING.exec(clause)?.[0].length ?? 0;
  while (firstDigit < clause.length && !isDigit(clause.charCodeAt(firstDigit))) firstDigit += 1;
  // A clause without digits may list a count in Chinese numerals (召开常委会会议八次、主任会议十九次): the part after it is the next one's.
  if (firstDigit === clause.length) {
    for (let at = clause.length - 1; at > 0; at -= 1) {
      if (LIST_MARKS[clause.charCodeAt(at)] === 1 && countBefore(clause, at) >= 0) return clause.slice(at + 1);
    }
    return clause;
  }
  for (let at = clause.length - 1; at > firstDigit; at -= 1) {
    // 县级及以上, 35吨及以下: 及 of a bound joins no list.
    if (LIST_MARKS[clause.charCodeAt(at)] === 1 && !BOUND_AFTER_AND.test(clause.slice(at, at + 3))) return clause.slice(at + 1);
  }
  return clause;
}

/** An item's number opening a clause or a line (2., 2．, （2）, 2、). */
const ITEM_NUMBER_OPENING = /^\s*(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）])/;
/** 及 before a word of bound (及以上, 及以下): part of a name (县级及以上城市), no list. */
export const BOUND_AFTER_AND = /^及以[上下]/;

/** The marks between the items of a list: 、和及与. */
const LIST_MARKS = new Uint8Array(0x10000);
for (const char of '、和及与') LIST_MARKS[char.charCodeAt(0)] = 1;
const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** A figure as written in a clause, from its first digit: the number, its scale, a unit the parser knows (or the 月 and 日 of a date: 1-11月), a qualifier. */
const FIGURE = new RegExp(`\\d[\\d.,]*(?:万亿|亿|万)?(?:${UNITS.map((unit) => unit.zh).filter((zh) => zh !== '' && zh !== ':').sort((a, b) => b.length - a.length)
  // 年 of 年末, 年初, 年度… begins the name (2024年末全市常住人口): it is no unit there.
  .map((zh) => (zh === '年' ? '年(?![末初底度份内])' : zh)).join('|')}|月(?:份|末|底)?|日)?(?:以上|以下|以内|左右)?`, 'y');

const SALES_DAY = SALES_DAY_AFTER.charCodeAt(0);
/** The brackets a footnote's number opens with ([1], ［1］): the digits after them are no figure. */
const FOOTNOTE_OPEN = '['.charCodeAt(0);
const FOOTNOTE_OPEN_WIDE = '［'.charCodeAt(0);
/** The digits of a day of sales (双11, 双12), as the scanner reads them. */
const SALES_DAY_AT = new RegExp(`^${SALES_DAY_DIGITS}`);

/**
 * Where the last figure of a clause ends (0 where it holds none): the figure starts at the last
 * digit that no letter, digit or point precedes and no letter follows (PM2.5 and 5G are names, not
 * figures).
 */
function lastFigureEnd(clause: string): number {
  for (let at = clause.length - 1; at >= 0; at -= 1) {
    if (!isDigit(clause.charCodeAt(at))) continue;
    const before = at > 0 ? clause.charCodeAt(at - 1) : 0;
    if (isDigit(before) || isLetter(before) || before === 46 || before === FOOTNOTE_OPEN || before === FOOTNOTE_OPEN_WIDE) continue;
    FIGURE.lastIndex = at;
    FIGURE.test(clause);
    // Digits run into letters (5G基站) or a word of names (2型, 世界500强) are a name, as the scanner reads them: not a figure.
    if (isLetter(clause.charCodeAt(FIGURE.lastIndex))) continue;
    NAME_WORD_AFTER.lastIndex = FIGURE.lastIndex;
    if (NAME_WORD_AFTER.test(clause)) continue;
    // …or a word of names right after the digits (日最大8小时滑动平均), or a service's number (12368诉讼服务热线).
    let digitsEnd = at + 1;
    while (digitsEnd < clause.length && isDigit(clause.charCodeAt(digitsEnd))) digitsEnd += 1;
    NAME_WORD_AFTER.lastIndex = digitsEnd;
    if (digitsEnd < FIGURE.lastIndex && NAME_WORD_AFTER.test(clause)) continue;
    HOTLINE_AT.lastIndex = at;
    if (HOTLINE_AT.test(clause)) continue;
    // 500吨级泊位: a berth's class is part of its name.
    TONNAGE_CLASS_AT.lastIndex = at;
    if (TONNAGE_CLASS_AT.test(clause)) continue;
    // 第95百分位数: a statistic's percentile is part of its name.
    PERCENTILE_AT.lastIndex = at;
    if (before === ORDINAL_MARK && PERCENTILE_AT.test(clause)) continue;
    if (before === SALES_DAY && SALES_DAY_AT.test(clause.slice(at, at + 3))) continue;
    return FIGURE.lastIndex;
  }
  return 0;
}

/** A percentile after 第 (第95百分位数, 第90百分位): part of a statistic's name, not a figure. */
const PERCENTILE_AT = /\d{1,2}百分位/y;
const ORDINAL_MARK = '第'.charCodeAt(0);
/** A footnote's mark at the end of a name: [1], ［1］ or a circled number. */
const FOOTNOTE_END = /(?:[[［]\d{1,2}[\]］]|[\u2460-\u2473*※])$/;
/** The quotation marks, brackets and colons a name neither starts nor ends with, marked 1 in a table indexed by the unit. */
const MARK_AT_EDGE = new Uint8Array(0x10000);
for (const mark of '“”"「」『』()（）:：') MARK_AT_EDGE[mark.charCodeAt(0)] = 1;
/** How long a name may be, at most: its last characters are kept. */
export const NAME_LIMIT = 24;

/** A share written as 占…比重 with a name of its own in brackets after it: 占常住人口比重（常住人口城镇化率）. */
const SHARE_ALIAS = /^占[^，,；;。]*(?:比重|比例)[（(]([^（）()]{3,24})[)）]$/;

const QUOTES = /[“”「」『』]/g;
const BRACKETS = /[()（）]/g;
/** Quotation marks and brackets, which the name keeps only in pairs. */
const QUOTES_OR_BRACKETS = /[“”「」『』()（）]/;

/**
 * Examples named before what they are examples of (签约傲得航空器等项目, 打造仙女天街等消费新地标): the
 * group before 等 (at least two characters, not a word of its own such as 中等, 一等, 同等, nor 等级,
 * 等候, 等待, 等保) and what follows it (the name, two to twelve characters); a verb that counts what
 * was done (签约, 投产, 开工, 建成, 引进, 新增) may open the name.
 */
const EXAMPLES = /^(签约|投产|开工|建成|引进|新增)?[^等]{2,24}(?<![一二三四五六七八九十\d中同平高初对上下优均相超])等(?![级候待保同额量于值效])([^等]{2,12})$/;

/** Whether the character at `at` is a closing bracket that closes one opened between `from` and it. */
function closesInside(text: string, from: number, at: number): boolean {
  const close = text.charAt(at);
  const open = close === '）' ? '（' : close === ')' ? '(' : '';
  return open !== '' && text.lastIndexOf(open, at) >= from && text.lastIndexOf(open, at) > text.lastIndexOf(close, at - 1);
}

/**
 * Where a name from `from` to `to` starts once cut to its last `NAME_LIMIT` characters. What brackets hold counts for nothing
 * (研究与试验发展（R&D）经费); a cut inside a word moves on past the next 的 or closing bracket near it, or else back to the one just
 * before it, so that no name opens with a piece of a word (发展（R&D）经费…, 费投入强度…).
 */
function nameStart(own: string, from: number, to: number): number {
  if (to - from <= NAME_LIMIT) return from;
  let counted = 0;
  let depth = 0;
  let at = to;
  for (; at > from; at -= 1) {
    const code = own.charCodeAt(at - 1);
    if (code === CLOSE || code === CLOSE_WIDE) depth += 1;
    else if ((code === OPEN || code === OPEN_WIDE) && depth > 0) depth -= 1;
    else if (depth === 0) {
      if (counted === NAME_LIMIT) break;
      counted += 1;
    }
  }
  if (at === from) return from;
  for (let next = at; next < Math.min(to - 2, at + CUT_REACH); next += 1) {
    const code = own.charCodeAt(next);
    if (code === OF || code === CLOSE || code === CLOSE_WIDE) return next + 1;
  }
  // Else back to the one just before it (发展（R&D）经费投入强度… → 经费投入强度…).
  for (let last = at - 1; last > Math.max(from, at - CUT_REACH); last -= 1) {
    const code = own.charCodeAt(last);
    if (code === OF || code === CLOSE || code === CLOSE_WIDE) return last + 1;
  }
  return at;
}
const OPEN = '('.charCodeAt(0);
const OPEN_WIDE = '（'.charCodeAt(0);
const CLOSE = ')'.charCodeAt(0);
const CLOSE_WIDE = '）'.charCodeAt(0);
const OF = '的'.charCodeAt(0);
/** How far past a cut the word it falls inside may run on. */
const CUT_REACH = 8;

/** A name without the examples before 等 (签约傲得航空器等项目 → 签约项目). */
function withoutExamples(name: string): string {
  if (!name.includes('等')) return name;
  const found = EXAMPLES.exec(name);
  return found ? `${found[1] ?? ''}${found[2]}` : name;
}

/**
 * Words left before a number that name nothing (…6.32亿元中，有2.35亿元未编入预算): no name is better than 有; nor is 多 or 少
 * and the verb of a comparison's amount (比上年多争取2300万元, 少发生3起), which is named after the figure before it; a sign of
 * arithmetic (2+0.2+0.3=2.5) names nothing.
 */
const NO_NAME = /^(?:[+＋=＝≈×÷]|有|有占|占|中|其中有?|另有|还有|年均|平均每年|[多少](?:争取|引进|招引|培育|新增|建成|完成|实现|发放|投入|发生|增|减)?)$/;

/** Things too general to name a count alone (项目, 工程): the verb before them says which (实施项目, 开工项目). */
export const BARE_THINGS = /^(?:项目|工程)$/;
/** The verbs of what was done to projects that `LEADING` drops, at the end of the words it dropped. */
const ACTION_END = /(?:实施|建成|推进|开工|新建|完成|开展)$/;

/** The indicator a number measures, guessed from the words before it in its clause. */
export function guessIndicator(clause: string): string {
  // 汛期（5—9月）降水量: an aside in brackets with figures inside a name is no part of it, and its figures end no name.
  if ((clause.includes('）') || clause.includes(')')) && ASIDE_IN_NAME.test(clause)) return guessIndicator(clause.replace(ASIDES_IN_NAME, ''));
  // Only the words after the last figure of the clause name this one ("…485.2万人比上年末" names nothing of its own).
  const own = withoutSpace(ownPart(clause));
  // The name is cut by positions, and sliced once: after the last figure and the words that lead
  // up to a name, before the words that follow one, without quotation marks or brackets at its
  // ends, and its last 24 characters at most.
  let from = lastFigureEnd(own);
  const leadFrom = from;
  LEADING.lastIndex = from;
  if (LEADING.test(own)) from = LEADING.lastIndex;
  let to = trailingStart(own, from);
  // 超过1亿元的企业有97家, 评为省级示范的村已有12个: the (已)有 after what a 的 phrase defines is no part of its name.
  if (to - from > 2 && own.charCodeAt(to - 1) === HAVE) {
    const having = DEFINED_HAVING.exec(own.slice(Math.max(from, to - DEFINED_HAVING_REACH), to));
    if (having) to -= (having[1] as string).length;
  }
  // 规模以上工业企业实现营业收入, 幼儿园共有专任教师: the verb between the subject and what it achieved or has is no part of the name
  // (共有产权住房 is a name: shared ownership).
  const verb = own.indexOf('实现', from);
  if (verb > from && verb + 2 < to) return guessIndicator(`${own.slice(0, verb)}${own.slice(verb + 2)}`);
  // 铁路完成客运量: nor is 完成 between a mode of transport and what it carried.
  const carried = own.indexOf('完成', from);
  if (carried > from && carried + 2 < to && CARRIED.test(own.slice(carried + 2, to))) return guessIndicator(`${own.slice(0, carried)}${own.slice(carried + 2)}`);
  // 港口已建成岸电设施, 交通运输行业发生…事故: 已 before what was done, and 发生 before what happened, are no part of the name either
  // (发生率 is a measure).
  const framed = MID_FRAMING.exec(own.slice(from, to));
  if (framed && framed.index > 0) return guessIndicator(`${own.slice(0, from + framed.index)}${own.slice(from + framed.index + framed[0].length)}`);
  const having = own.indexOf('共有', from);
  if (having > from && having + 2 < to && !own.startsWith('产权', having + 2)) return guessIndicator(`${own.slice(0, having)}${own.slice(having + 2)}`);
  // 占常住人口比重（常住人口城镇化率）: a share the text also names in brackets is named by that name.
  const alias = SHARE_ALIAS.exec(own.slice(from, to));
  if (alias) return alias[1] as string;
  while (from < to && MARK_AT_EDGE[own.charCodeAt(from)] === 1) from += 1;
  // A footnote's mark ends no name (地区生产总值[1], 不捕率①).
  const footnote = FOOTNOTE_END.exec(own.slice(from, to));
  if (footnote) to = from + footnote.index;
  // A closing bracket that closes one opened in the name (示范县（市、区）) is part of it.
  while (to > from && MARK_AT_EDGE[own.charCodeAt(to - 1)] === 1 && !closesInside(own, from, to - 1)) to -= 1;
  const trimmed = withoutExamples(own.slice(nameStart(own, from, to), to));
  // 实施项目195个: a bare 项目 is named by the verb the leading words end with (实施项目, 建成项目), not alone.
  if (BARE_THINGS.test(trimmed)) return `${ACTION_END.exec(own.slice(leadFrom, from))?.[0] ?? ''}${trimmed}`;
  if (!QUOTES_OR_BRACKETS.test(trimmed)) return NO_NAME.test(trimmed) ? '' : trimmed;
  // Quotation marks and brackets left unpaired by the cut (批零住餐”营业额) are dropped; paired ones stay (专家人才(团队)).
  let quotes = 0;
  let brackets = 0;
  for (const char of trimmed) {
    if (char === '“' || char === '「' || char === '『') quotes += 1;
    else if (char === '”' || char === '」' || char === '』') quotes -= 1;
    else if (char === '(' || char === '（') brackets += 1;
    else if (char === ')' || char === '）') brackets -= 1;
  }
  let name = trimmed;
  if (quotes !== 0) name = name.replace(QUOTES, '');
  if (brackets !== 0) name = name.replace(BRACKETS, '');
  return name;
}

/** An aside in brackets that holds a figure, with more of a name after it (汛期（5—9月）降水量); not one that ends the clause. */
const ASIDE_IN_NAME = /[（(][^（()）\d]{0,8}\d[^（()）]{0,16}[)）](?=[\u4e00-\u9fa5A-Za-z])/;
const ASIDES_IN_NAME = new RegExp(ASIDE_IN_NAME.source, 'g');
/** 有 or 已有, after what a 的 phrase defines (超过1亿元的企业有, 评为省级示范的村已有): what it defines, with 的 and a few characters before. */
const HAVE = '有'.charCodeAt(0);
const DEFINED_HAVING = /的[\u4e00-\u9fa5（）()]{1,8}?((?:已|均|都)?有)$/;
const DEFINED_HAVING_REACH = 11;
/** What a mode of transport carries, after 完成 (铁路完成客运量, 港口完成货物吞吐量). */
const CARRIED = /^(?:客运量|货运量|旅客运输量|货物运输量|旅客周转量|货物周转量|周转量|货物吞吐量|吞吐量|集装箱吞吐量)/;

/** Words of framing inside a name, after its subject: 已 or 已经 before a verb of doing, 发生 before what happened (not 发生率, 发生面积, 发生次数…, nor 未发生). */
const MID_FRAMING = new RegExp(String.raw`已经?(?=建成|完成|实现|开工|投用|整改|办结|化解|消除|落实|覆盖)|(?<![未没无])${HAPPENED}`);

/** The topics and their words (literal words only, between |), in the order they are tried: the first with a word in the sentence wins. */
export const TOPIC_WORDS: readonly [Topic, RegExp][] = [
  ['tourism', /旅游|游客|景区|文旅/],
  ['public_finance', /财政|预算|税收|债务/],
  ['macro', /生产总值|GDP|价格指数|CPI/],
  ['investment', /投资|项目|招商/],
  ['industry', /工业|制造业|产业|增加值/],
  ['consumption', /消费|零售|商贸|电商/],
  ['agriculture_rural', /农业|农村|农民|乡村|粮食|耕地|农田/],
  ['trade_opening', /进出口|外贸|外资|开放/],
  ['employment', /就业|失业/],
  ['income', /收入/],
  ['environment', /生态|环境|污染|排放|森林|绿色/],
  ['infrastructure', /公路|铁路|交通|高速|水利|电网/],
  ['urban', /城市|城镇|棚改|老旧小区|停车/],
  ['social', /教育|医疗|卫生|养老|社保|民生/],
  ['innovation_talent', /科技|创新|人才|研发|专利/],
  ['enterprise', /企业|市场主体|民营/],
  ['finance', /金融|贷款|存款|融资/],
];

/** Every topic word by its first character, with the rank of its topic; `TOPIC_FIRST` marks those characters. */
const TOPIC_BY_FIRST = new Map<number, { word: string; rank: number }[]>();
const TOPIC_FIRST = new Uint8Array(0x10000);
TOPIC_WORDS.forEach(([, words], rank) => {
  for (const word of words.source.split('|')) {
    const code = word.charCodeAt(0);
    TOPIC_BY_FIRST.set(code, [...(TOPIC_BY_FIRST.get(code) ?? []), { word, rank }]);
    TOPIC_FIRST[code] = 1;
  }
});

/**
 * Guesses the topic of a number from its sentence: the first topic of `TOPIC_WORDS` with a word in
 * it; `meta` when none has. The sentence is read once, character by character, not once per topic.
 */
export function guessTopic(sentence: string): Topic {
  let best = TOPIC_WORDS.length;
  for (let at = 0; at < sentence.length && best > 0; at += 1) {
    const code = sentence.charCodeAt(at);
    if (TOPIC_FIRST[code] === 0) continue;
    for (const { word, rank } of TOPIC_BY_FIRST.get(code) as { word: string; rank: number }[]) {
      if (rank < best && sentence.startsWith(word, at)) best = rank;
    }
  }
  return best < TOPIC_WORDS.length ? (TOPIC_WORDS[best] as [Topic, RegExp])[0] : 'meta';
}
