import { messages } from '../messages/index.ts';
import { table, type ColumnTable } from 'arquero';
import { COUNT_OF_DEFINED, PRELIMINARY_CUES, clauseBefore, guessIndicator, guessKind, guessStatus, guessTopic, SHARE_IN_WORDS, statusCues, THINGS_AFTER, type StatusCues } from './guess-meaning.ts';
import { classifyLines, type TextLine } from './classify-lines.ts';
import { countName, nameAfter } from './count-name.ts';
import { namePlanRatios } from './name-plan-ratios.ts';
import { nameGrowthProperties } from './name-growth-properties.ts';
import { nameListMeasures } from './name-list-measures.ts';
import { lastYearFigures } from './last-year-figures.ts';
import { nameBreakdownParts } from './name-breakdown-parts.ts';
import { nameStreaks } from './name-streaks.ts';
import { nameSuperlatives } from './name-superlatives.ts';
import { nameSectionDuplicates } from './name-section-duplicates.ts';
import { namePerHeadGroups } from './name-per-head-groups.ts';
import { nameMilestones } from './name-milestones.ts';
import { namePlaceMeasures } from './name-place-measures.ts';
import { nameSentenceTopics } from './name-sentence-topics.ts';
import { WHOLE_AREAS } from './whole-areas.ts';
import { nameHolidayFigures } from './name-holiday-figures.ts';
import { nameListSiblings } from './name-list-siblings.ts';
import { definedIn } from './defined-in.ts';
import { spanBounds } from './span-bounds.ts';
import { nameSectionSubjects } from './name-section-subjects.ts';
import { nameShareBases } from './name-share-bases.ts';
import { nameBareMeasures, WORK_MEASURE_WORDS } from './name-bare-measures.ts';
import { NEW_THINGS_OPENING } from './new-things.ts';
import { preliminaryYear } from './preliminary-year.ts';
import { preliminaryAccounts } from './preliminary-accounts.ts';
import { withoutSpace } from './without-space.ts';
import { isIdeograph } from './is-ideograph.ts';
import { lastBefore } from './last-before.ts';
import { yearsOfLists } from './years-of-lists.ts';
import { restatedEstimates } from './restated-estimates.ts';
import { readProgress } from './read-progress.ts';
import { nameAcrossThreshold } from './name-across-threshold.ts';
import { guessLinks } from './guess-links.ts';
import { clauseOf, draftColumns, LIST_POSITION, noteLink, PERIOD_YEARS, truncateColumns, type DraftColumns } from './draft-columns.ts';
import { COUNT_KINDS, figureBefore } from './figure-before.ts';
import { insideClosed } from './inside-closed.ts';
import { normalizeText } from './normalize-text.ts';
import { splitsNumber, unwrapLines } from './unwrap-lines.ts';
import { CHANGE_END, CHANGE_IN_CLAUSE } from './change-end.ts';
import { resultYear } from './result-year.ts';
import { columnStanding, tableCell } from './table-cell.ts';
import { estimatedColumns } from './estimated-columns.ts';
import { bracketedTotals } from './bracketed-totals.ts';
import { nameFindings } from './name-findings.ts';
import { nameBudgetLines } from './name-budget-lines.ts';
import { nameBudgetSections } from './name-budget-sections.ts';
import { nameRanks } from './name-ranks.ts';
import { RANK_WORDS_BEFORE } from './scan-chinese-ranks.ts';
import { RANK_MOVES } from './rank-words.ts';
import { PARTS_OF_YEAR_BEFORE } from './parts-of-year-before.ts';
import { GOAL_SET, SET_FOR_US, SETTERS, TASK_SET } from './set-from-above.ts';
import { namePartsOfWork } from './name-parts-of-work.ts';
import { nameDoublings } from './name-doublings.ts';
import { nameAccountSubjects } from './name-account-subjects.ts';
import { nameAmongThings } from './name-among-things.ts';
import { nameAnomalies } from './name-anomalies.ts';
import { nameIntensities } from './name-intensities.ts';
import { nameListTotals } from './name-list-totals.ts';
import { LIST_JOIN_ONLY } from './list-join.ts';
import { nameSecondMeasures } from './name-second-measures.ts';
import { alsoMeans } from '../quantity/also-means.ts';
import { namesYearAfter, yearAhead, yearNamedBefore } from './target-year.ts';
import { unitBefore } from './unit-before.ts';
import { unitAlone } from './unit-alone.ts';
import { sentenceFinder } from './sentence-finder.ts';
import { documentLayout, type DocumentLayout, type DocumentType, type LayoutOptions } from '../report/document-layout.ts';
import { FIVE_YEAR_PLANS, planPeriod, type PlanPeriod } from '../report/plan-period.ts';
import { sectionPeriod } from '../report/section-period.ts';
import { monthPeriods, namesTime, PART_OF_YEAR, type MonthPeriod } from '../report/month-periods.ts';
import { AFTER, BEFORE, numberMatch, PER_PEOPLE_COUNT, scanNumbers, type NumberMatch, type NumberMatches } from './scan-numbers.ts';
import { parseOrNull } from '../quantity/parse.ts';
import { UNITS } from '../quantity/units.ts';
import type { Quantity } from '../quantity/types.ts';
import type { Direction, Kind, Topic } from '../report/types.ts';

/**
 * Options of `extractClaims`: the years and plan part, each read from the document's own layout
 * (see `documentLayout`) unless given here.
 */
export type ExtractOptions = LayoutOptions;

/** The columns of `extractClaims`' table, in order: the claims format's, then the extractor's own. */
export const EXTRACT_COLUMNS = [
  'id', 'start', 'end', 'surface', 'value', 'scale', 'unit', 'kind', 'year', 'status', 'qualifier', 'cumulative', 'direction',
  'indicator', 'topic', 'low', 'high', 'amount', 'sentence', 'period', 'form', 'of', 'base', 'part_of', 'counterpart', 'links', 'guessed',
  'unit_text', 'unit_start',
] as const;

/** Which columns are guesses, for the `guessed` column. */
const GUESSED = 'kind;year;status;direction;indicator;topic';

/** A value written for the claims format: the number as written, or the date in ISO form. */
function valueOf(surface: string, written: string, shape: NumberMatch['shape'], quantity: Quantity | null): string {
  // Names and codes keep their digits as written (full-width too): their value is a piece of the surface.
  if (shape === 'name') return /[\d０-９]+(?:[.．][\d０-９]+)?/.exec(surface)?.[0] ?? surface;
  if (shape === 'parts' || shape === 'fraction' || shape === 'range' || shape === 'code' || shape === 'unread') return surface;
  if (quantity && shape !== 'year') return quantity.value;
  const full = /(\d{4})[年-](\d{1,2})[月-](\d{1,2})/.exec(written);
  if (full) return `${full[1]}-${full[2]?.padStart(2, '0')}-${full[3]?.padStart(2, '0')}`;
  // 2025年9月, a month of a year written: the year and the month (2025-09).
  const yearMonth = /^(\d{4})\s*年\s*(\d{1,2})\s*月$/.exec(written);
  if (yearMonth) return `${yearMonth[1]}-${yearMonth[2]?.padStart(2, '0')}`;
  const monthDay = /^(\d{1,2})[月·](\d{1,2})日?$/.exec(written);
  if (monthDay) return `--${monthDay[1]?.padStart(2, '0')}-${monthDay[2]?.padStart(2, '0')}`;
  return written.replace(/\s*年$/, '');
}

/** Cuts a match that runs past the end of its table cell (9\t人均…) to the cell, and reads it again. */
function cutToCell(normalized: string, match: ReadMatch, line: TextLine): void {
  const cell = line.cells?.find((found) => found.start <= match.start && match.start < found.start + found.text.length);
  const cellEnd = cell ? cell.start + cell.text.length : match.end;
  if (match.end <= cellEnd) return;
  match.end = cellEnd;
  match.written = normalized.slice(match.start, cellEnd);
  match.quantity = match.shape === 'quantity' || match.shape === 'ratio' ? parseOrNull(match.written) : match.quantity;
  if (match.shape === 'quantity' && match.quantity === null) match.shape = 'unread';
}

/** Qualifier words a match may start or end with, longest first, as the scanner takes them. */
const EDGE_BEFORE = new RegExp(`^(?:${BEFORE})\\s?`);
const EDGE_AFTER = new RegExp(`(?:${AFTER})$`);

/** A match with its text (normalised) and the quantity it reads as (null for a shape that is not one quantity, and for `unread`). */
interface ReadMatch extends NumberMatch {
  written: string;
  quantity: Quantity | null;
  /** A rank (第5位, 前3名) or a move in rank (前移4位), read without its 位 or 名; else `null`. */
  rank: 'place' | 'move' | null;
}

/** The words before a rank (第5位, 居全省前3名; not 春节前1200名) or a move in rank (前移4位), which a group tells apart. */
const RANK_BEFORE = new RegExp(`(?:(${RANK_MOVES})|第|(?:居|列|位|排名|排|进入|跻身|全国|全省|全市|全区|全县)前)\\s*$`);
const PLACE_CODE = '位'.charCodeAt(0);
/** How far before a rank's number its words may start (位列全省同类县区第). */
const RANK_PLACE_REACH = 18;
const NAME_CODE = '名'.charCodeAt(0);
/** A number of places counted in 位 or 名 (5位, 3名): of people, or of a rank. */
const PLACES = /^(\d+|[一二三四五六七八九十]+)\s*[位名]$/;
/** The words of a rank before a number without its 位 or 名 (排名全市第2, 位列全省第二): a rank still. */
const RANK_PLACE_BEFORE = new RegExp(`${RANK_WORDS_BEFORE}第$`);
/** A number alone: digits, or Chinese numerals. */
const BARE_NUMBER = /^(?:\d+|[一二三四五六七八九十]+)$/;

/**
 * The i-th match, its text and its quantity. A quantity or ratio match is read as found; else
 * without its qualifier word after the number; else without the one before; else it is `unread`,
 * kept as text (a code the draft keeps as written). A year is read without its 年, and a rank or a move in rank
 * (第5位, 居全省前3名, 前移4位) without its 位 or 名: it is no count of people.
 */
function readMatch(normalized: string, matches: NumberMatches, i: number): ReadMatch {
  const { start, end, shape } = numberMatch(matches, i);
  const written = normalized.slice(start, end);
  const match: ReadMatch = { start, end, shape, written, quantity: null, rank: null };
  if (shape === 'year') match.quantity = parseOrNull(written.replace(/\s*年$/, ''));
  if (shape !== 'quantity' && shape !== 'ratio') return match;
  // 第5位, 前移4位: a rank is a number, not five people; it is read without its 位.
  const last = written.charCodeAt(written.length - 1);
  const places = last === PLACE_CODE || last === NAME_CODE ? PLACES.exec(written) : null;
  const found = places ? RANK_BEFORE.exec(normalized.slice(Math.max(0, start - 4), start)) : null;
  // A move in rank is counted in 位 (前移4位); 提升30名 counts people.
  const ranked = found && (found[1] === undefined || last === PLACE_CODE) ? found : null;
  if (places && ranked) {
    match.rank = ranked[1] === undefined ? 'place' : 'move';
    match.written = places[1] as string;
    match.end = start + match.written.length;
    match.quantity = parseOrNull(match.written);
    return match;
  }
  match.quantity = parseOrNull(written);
  // 排名全市第二, 排名第2: a rank without its 位.
  if (match.quantity && normalized.charAt(start - 1) === '第' && BARE_NUMBER.test(written) && RANK_PLACE_BEFORE.test(normalized.slice(Math.max(0, start - RANK_PLACE_REACH), start))) match.rank = 'place';
  if (match.quantity) return match;
  const after = EDGE_AFTER.exec(written);
  if (after && (match.quantity = parseOrNull(written.slice(0, after.index)))) {
    match.end = start + after.index;
    match.written = written.slice(0, after.index);
    return match;
  }
  const before = EDGE_BEFORE.exec(written);
  if (before && (match.quantity = parseOrNull(written.slice(before[0].length)))) {
    match.start = start + before[0].length;
    match.written = written.slice(before[0].length);
    return match;
  }
  match.shape = 'unread';
  return match;
}

/** 的 ending the words before a figure: they describe what it counts or measures. */
const DESCRIBING = /的$/;
/** A sentence opening with a word of preliminary figures (初步核算，…): its paragraph's later figures are as preliminary. */
const PRELIMINARY_OPENING = new RegExp(`^\\s*(?:据|经)?(?:${PRELIMINARY_CUES.join('|')})`);
/**
 * What 初步核算 estimates: the accounts of the economy. A sentence of them names the year again (按常住人口计算，全年人均地区生产总值…，
 * 比上年增长6%) and is as preliminary; another statistic (全年粮食产量…) is not.
 */
const ACCOUNTS = /生产总值|产业增加值|GDP|产业结构/;
/** A change since an earlier time in a name (增速比上半年加快, 比上年提高). */
const SINCE_EARLIER = new RegExp(`(?:比|较)(?:上年|去年|${PARTS_OF_YEAR_BEFORE})`);
/** A comparison with another time than the year before (比上半年, 比上月, 比1—8月). */
const SINCE_PART_OF_YEAR = new RegExp(`(?:比|较)(?:${PARTS_OF_YEAR_BEFORE})`);
/** A clause that is a comparison of a rate of growth alone, in points (比1-2月加快, 比上年全年回落), with no word of the rate (增速, 降幅). */
const COMPARED_RATE = /^[\s，,、]*((?:比|较)[^，,；;。增降涨跌]{1,10}?(?:加快|放缓|回落|提高|下降|收窄|扩大|回升))\s*$/;
/** A name of vehicles or vessels (营运客车, 营运船舶), whose seats a count in 客位 counts. */
const VEHICLES_END = /(?:车|船|船舶|飞机|客机)$/;
/** A measure alone, or after the verb that sets up its thing (成功引进总投资, 设立规模), before an amount of the thing after it. */
const MEASURE_OF_THING = /^(?:[\u4e00-\u9fa5]{0,12}?(?:引进|签约|设立|建设|实施|推进|开工|落地))?(总投资|计划总投资|规模|总规模)$/;
/** The things such a measure is of: a project, a work, a fund or a place built (not 年产…, cut at a figure). */
const THING_MEASURED = /(?:项目|基地|园|园区|基金|母基金|工程|小镇|中心|[一二三四]期|平台|综合体|医院|学校|场馆|枢纽|通道|公路|铁路|大桥)$/;
/** 已 before a verb of what is done (已储备, 已建成, 已通过): in the plan part, a stock in hand, not a goal. */
const DONE_ALREADY = /已(?:经)?(?:储备|建成|完成|开工|签约|落地|入库|通过|争取|落实|到位|形成|批复|获批)/;
/** A name per so many people (每10万人中拥有…), and the verb of having after them. */
const PER_VERBS = '拥有|具有';
const PER_PEOPLE_NAME = new RegExp(`(每${PER_PEOPLE_COUNT}中?)(${PER_VERBS})`, 'g');
/** A clause that opens with that verb alone. */
const PER_VERB_OPENING = new RegExp(`^\\s*(${PER_VERBS})`);
/** How far back in its sentence such a clause looks for the people its rate is per. */
const PER_PEOPLE_REACH = 300;
/** A sentence that breaks down the figure of the sentence before (其中，第一产业增加值…). */
const OF_WHICH_OPENING = /^\s*其中/;
/** A time that ends even those: a year, a month, a quarter, the year's end. */
const ANOTHER_TIME = /(?:19|20)\d{2}年|去年|截至|截止|\d{1,2}\s*月|季度|半年|个月|年末|年底|年初/;
/** How much of the text after a figure its kind is guessed from (7日内程序回复率: a window that defines a rate). */
const AFTER_LENGTH = 16;
/** The bracket a table cell's total over years opens with ([13.5]). */
const TOTAL_OPEN = /[[［]$/;
/** A comparison with the year's start (比年初增加, 比上年末增加): a change over the months up to the time of its stock. */
const SINCE_YEAR_START = /(?:比|较)(?:年初|上年末|上年底)/;
/** A band of ages (0—14岁, 15—59岁), and the people it may define right after it. */
const AGE_BAND = /^\d{1,3}\s*[-—–~～至]\s*\d{1,3}\s*(?:岁|周岁)$/;
const BAND_OF = /^(?:的)?(?:人口|人|老年人|儿童|青少年|劳动力|组|年龄组|学生)/;
/** Words of a stock, which stands at a time (存款余额, 生猪存栏, 商品房待售面积). */
const STOCKS = /余额|存栏|存量|保有量|待售面积/;
/** The words of a goal set from above right before it (国家下达的, 市下达给我县的, 省定). */
const SET_ABOVE = new RegExp(`(?:下达|分解|核定)${SET_FOR_US}的\\s*$|[省市]定\\s*$|${GOAL_SET}$`);
/** Words of animals and of land, which 只 and 块 count where a sentence names them. */
const ANIMALS = /[猪牛羊禽鸡鸭鹅兔畜马驴骡犬猫鸟蜂鱼鸽蚕]|动物|牲/;
const LAND = /[田林宗]|土地|用地|耕地|地块|宅基地|林地|矿|图斑/;
/** Words of a score (得分, 评分) right before a figure in 分, which keep it a score whatever time words come before (出警满意度测评得分98分). */
const SCORED = /得分|评分|分数|打分/;
const TIME_REACH = 10;
/** Words of time before a figure in 分, which make it minutes (高铁30分, 出警时间8分, 车程缩短至40分). */
const TIME_BEFORE = /(?:时间|用时|耗时|时长|车程|通勤|直达|到达|抵达|高铁|动车|出警|响应|到场|等候|等待|小时)[^，,；;。\d]{0,8}$/;
const SET_ABOVE_REACH = 12;
/**
 * Words of setting from above right before a figure (市下达的, 省下达的2025年度), and a task or an index it is after it (…粮食播种面积任务);
 * or the task from above named right before it (TASK_SET_BEFORE: 市下达的耕地保有量目标任务40130.00公顷).
 */
const SET_ABOVE_BEFORE = new RegExp(`(?:${SETTERS})(?:下达|分解)${SET_FOR_US}的\\s*(?:(?:19|20)\\d{2}年度?)?\\s*$`);
const TASK_SET_BEFORE = new RegExp(`(?:${SETTERS})${TASK_SET}\\s*$`);
/** How far before a figure the words of a task set from above may start. */
const TASK_SET_REACH = 20;
/** Units of a figure relative to another (完成省下达的粮食生产任务102.3%: the share done, not the task). */
const RELATIVE: ReadonlySet<string> = new Set(['percent', 'multiple', 'ratio', 'pp']);
const TASK_AFTER = /^[^，,；;。\d]{0,14}(?:任务|指标|目标)/;
/** What follows the first of two figures in percentage points that share the words 个百分点 (分别提高1.2个和2.5个百分点): the second, which has them. */
const SHARED_POINTS = /(?:和|、|或|与|及|至|到|-|—|～)\d+(?:\.\d+)?(?=个百分点)/y;
/** The words the second figure lends the first. */
const POINTS = '个百分点';
/**
 * Units of a figure that is a part, a ratio or a bare number of something named before it (为预算的102%, 上年的1.2倍), or an age
 * (为…达到81.5岁打下基础): never named by the words after.
 */
const NAMED_BEFORE_UNITS: ReadonlySet<string> = new Set(['percent', 'pp', 'bp', 'permille', 'permille_point', 'per_100k', 'multiple', 'ratio', 'number', 'age']);
/**
 * Words after a figure that name it as a goal: “5.5%左右”的预期目标, 6%的目标, 6%预期目标。 (read where
 * the figure ends: sticky); not a goal that qualifies a noun (10个目标城市).
 */
const GOAL_AFTER = /[”"」』]?(?:的(?:预期|年度|全年|发展|奋斗)?(?:调控)?目标|(?:预期|年度)?目标(?=[，,；;。]|任务))/y;

/**
 * Words right before a figure that name it as the year's goal a result is measured against (完成全年目标任务16.5亿元的52.4%, 完成年度目标600人;
 * the goal in brackets: 完成市下达目标任务（14200人）的104.4%, 均完成省下达年度目标（分别为87.0%、…）); not a comparison with the goal
 * (低于年度目标0.2个百分点).
 */
const GOAL_BEFORE = new RegExp(`完成(?:全年|年度|年初)(?:确定的)?(?:预期)?目标(?:任务)?$|完成(?:${SETTERS})${GOAL_SET}$|(?:完成|达到|实现)[^，,；;。\\d]{0,8}目标(?:任务)?[（(](?:分别为|为)?$`);
/**
 * Words right before an amount of money that name it as budgeted (市级预备费预算1.50亿元, 年初预算数): not an account's name (一般公共预算,
 * 政府性基金预算), a budget's result (预算执行数), nor what was done to a budget (超预算, 压减…预算, 核减预算, 审核项目预算).
 */
const BUDGETED_BEFORE = /(?<!执行|完成|决算|公共|基金|经营|保险|超|压减|核减|调减|节约|削减|追加|审核|审减|减少)(?<!压减[^，,；;。\d]{0,8})预算(?:数|安排)?$/;
/** An ASCII digit: a figure written in Chinese numerals holds none. */
const DIGIT = /\d/;

/** The units of things counted one by one (个, 件, 条…), whose name Chinese often writes after the classifier. */
const UNIT_COUNTS: ReadonlySet<string> = new Set(UNITS.filter((unit) => unit.integer && unit.code !== 'year').map((unit) => unit.code));

/**
 * The lines of a budget's account, aspects of a budget or fund (政府性基金预算收入…，支出…，结转下年…) but
 * not of another line (上级补助收入…，上年结转…: two lines of one account, not 上级补助's 上年结转).
 */
const BUDGET_ASPECT_WORDS = '收入总计|支出总计|中央转移支付收入|上级补助收入|一般债务收入|专项债务收入|结转下年支出|收入|支出|上年结转|结转下年|当年收支结余|本年收支结余|收支结余|滚存结余|调出资金|调入资金';
const BUDGET_ASPECTS = new Set(BUDGET_ASPECT_WORDS.split('|'));
/** A name that opens with a line of an account (调出资金至一般公共预算): a line too. */
const OPENS_WITH_LINE = new RegExp(`^(?:${BUDGET_ASPECT_WORDS})`);
/** What a budget's lines are of: a budget, a fund, an account (个人账户), with what it includes in brackets after it (职工医保基金（含生育保险）). */
const BUDGET_SUBJECT = /(?:预算|基金|账户)(?:[（(][^（()）]{1,12}[)）])?$/;
/**
 * Aspects a report names of one subject in a row (粮食播种面积…、产量…; 政府性基金预算收入…，支出…; 铁路客运量…；旅客周转量…; 生猪出栏…，存栏…;
 * 企业法人单位资产总计…，负债合计…):
 * the aspect that ends a name.
 */
const ASPECT_WORDS = `出栏|存栏|客运量|货运量|旅客周转量|货物周转量|资产总计|资产总额|负债合计|负债总额|负债|所有者权益|播种面积|种植面积|面积|总产量|产量|综合产值|总产值|产值|销售收入|销售额|出栏量|存栏量|增加值|营业总收入|营业收入|利润总额|利润|累计结存|结存|当期结余|累计结余|总收入|总支出|${BUDGET_ASPECT_WORDS}`;
const ASPECTS = new RegExp(`(${ASPECT_WORDS})$`);

/** How long a name that is one word alone (an aspect, a total, a share, a comparison) may be, at most. */
const SHORT_NAME = 10;

/** A group a name opens with (城镇户籍人口): a group's figure names the measure without it. */
const GROUP_OPENING = /^(?:城镇|农村|城市|乡村|城区|男性|女性)/;
/** The area a whole's name opens with (全国居民…, 全省…), which a group's figure is not of as a whole. */
const WHOLE_AREA = new RegExp(`^(?:${WHOLE_AREAS})`);
/** The totals of an investment (总投资, 计划总投资, 投资额), of projects and works only. */
const INVESTMENT_TOTAL = /投资/;
/** A measure of a work a name ends with (…快速通道全长): the work's name is before it. */
const WORK_MEASURE_END = new RegExp(`(?:${WORK_MEASURE_WORDS})$`);
/** What a count names where an investment after it is in those things: projects, works. */
const INVESTED = /项目|工程/;

/** Verbs of how cases or matters are handled, from receiving to closing (受理, 审结, 执结, 办结…). */
const HANDLED_WORDS = '受理|新收|收案|办理|接收|审结|执结|办结|结案|化解|起诉';
/** Two steps of handling a name joins (审结、执结, 审结和执结). */
const HANDLED_PAIR = new RegExp(`^(?:${HANDLED_WORDS})(?:、|和|及)(?:${HANDLED_WORDS})$`);
/** A name of cases handled: who (市中院), the verb or two (审结、执结), and what (各类案件, 执行案件, 信访事项); 各类 is no part of what. */
const HANDLED_NAME = new RegExp(`^(.*?)(?:${HANDLED_WORDS})(?:(?:、|和|及)(?:${HANDLED_WORDS}))?(?:各类|全部)?(.*(?:案件|事项))$`);
/** The words a name may be alone, by what a name that is one of them is named after (see `assignListIndicators`). */
type OneWord = 'aspect' | 'real' | 'group' | 'total' | 'investment' | 'share' | 'handled' | 'atStake' | 'involved' | 'fines';
const ONE_WORD_NAMES: ReadonlyMap<string, OneWord> = new Map<string, OneWord>([
  ...ASPECT_WORDS.split('|').map((word) => [word, 'aspect'] as const),
  ...['实际', '名义', '环比', '年均'].map((word) => [word, 'real'] as const),
  ...['城镇', '农村', '城市', '乡村', '城区', '男性', '女性', '城镇居民', '农村居民', '城市居民', '乡村居民'].map((word) => [word, 'group'] as const),
  ...['计划总投资', '总投资', '投资额', '总数', '总量', '总额', '总规模'].map((word) => [word, 'total'] as const),
  ...['完成投资', '投资', '协议投资', '协议金额'].map((word) => [word, 'investment'] as const),
  ...['占比', '占比重', '所占比', '所占比重', '比重', '占比例', '比例'].map((word) => [word, 'share'] as const),
  ...HANDLED_WORDS.split('|').map((word) => [word, 'handled'] as const),
  ...['标的额', '涉案标的额', '涉案金额'].map((word) => [word, 'atStake'] as const),
  ...['涉及资金', '涉及金额', '涉及资金总额'].map((word) => [word, 'involved'] as const),
  ...['案值', '涉案案值', '罚没款', '罚没金额', '罚没款金额'].map((word) => [word, 'fines'] as const),
]);

/**
 * The first characters of the words a name may be alone (bit `ONE_WORD_FIRST`) and of a comparison
 * with a wider area (高于, 低于, 快于, 慢于, 超出, 领先: bit `COMPARED_FIRST`), in a table indexed by the
 * UTF-16 unit: most names start with none of them, and are passed by one lookup.
 */
const NAME_FIRST = new Uint8Array(0x10000);
const ONE_WORD_FIRST = 1;
const COMPARED_FIRST = 2;
for (const word of ONE_WORD_NAMES.keys()) NAME_FIRST[word.charCodeAt(0)] = (NAME_FIRST[word.charCodeAt(0)] as number) | ONE_WORD_FIRST;
for (const char of '高低快慢超领') NAME_FIRST[char.charCodeAt(0)] = (NAME_FIRST[char.charCodeAt(0)] as number) | COMPARED_FIRST;

/** Words of change that end a count's name (高新技术企业净增): the subject whose total is named is without them. */
const CHANGE_OF_COUNT = /(?:净增|新增|增加|增长|减少)$/;
/** A name that is a comparison with a wider area, or with the economy's growth, or the year's plan, alone: 高于全省, 低于全国平均水平, 快于经济增长, 超年度计划. */
const COMPARED_WORDS = '(?:高于|低于|快于|慢于|超出|领先|超)(?:(?:全国|全省|全市|全区|全州|全县|省|市|国家)(?:平均)?(?:水平)?|经济(?:增长|增速)?|地区生产总值(?:增长|增速)?|GDP(?:增长|增速)?|(?:年初|年度)?(?:预期目标|目标|计划))';
const COMPARED = new RegExp(`^${COMPARED_WORDS}$`);
/** A comparison word alone, or with the word of change a name was given after it (高于, 高于增长). */
const COMPARED_VERB = /^(?:高于|低于|快于|慢于|超出|领先)(?:年度|年初)?(?:增长|下降)?$/;
/** A name that ends with such a comparison (规上工业增加值增速高于全省): it names a gap, not a change, and takes no word of change. */
const ENDS_COMPARED = new RegExp(`${COMPARED_WORDS}$`);
/** The comparison as the clause writes it, with the word of change a name drops (快于经济增长). */
const COMPARED_IN_CLAUSE = new RegExp(`${COMPARED_WORDS}\\s*$`);

/** Growth rates: a real, nominal or month-on-month growth with no level before it is of what the growth before measures. */
const GROWTHS: ReadonlySet<Kind> = new Set(['growth']);

/** The kinds of figure a share without a name of its own is a share of: an amount or a number of things. */
const AMOUNTS: ReadonlySet<Kind> = new Set(['level', 'count']);

/** The year of a date (module constants: a pattern literal in a function is a new object at every call). */
const YEAR_IN_DATE = /((?:19|20)\d{2})/;
/** What is said of the things a share in tenths is of, up to its clause's end (行政村通了公交, 村集体经济收入超过10万元). */
const SAID_OF = /^[^，,；;。！？!?\n]{2,20}(?=[，,；;。！？!?\n]|$)/;
/** A sentence of stocks at a date (9月末, 截至…, 余额), which the months of a document on part of a year are not of. */
const AT_A_DATE = /(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:末|底)|截[至止]|余额/;
/** Words of the whole year before a figure (全年, 年度). */
const WHOLE_YEAR = /全年|年度/;
/** The months a heading names after its year (2026年上半年预算执行情况, 2026年1—6月…). */
const HEADING_MONTHS = /(?:上半年|下半年|前三季度|[一二三四]季度|\d{1,2}\s*[-—–~～至]\s*\d{1,2}\s*月)/;
/** A heading that writes one year and no other (2026年上半年预算执行情况). */
const ONE_YEAR_WRITTEN = /^[^\d]*((?:19|20)\d{2})年(?!.*(?:19|20)\d{2}年)/;
/** Text that writes one year and no other (2026年11月, 2025年1—9月; not 2021—2025年). */
const ONE_YEAR = /^[^\d]*(?:19|20)\d{2}(?!.*(?:19|20)\d{2}年)/;
/** The year after, right before a month (至次年2月). */
const NEXT_YEAR_BEFORE = /(?:次年|翌年)$/;
/** A span of months, a month or a span of days with no year written (1—9月, 9月, 1月8—10日, 7月24日至9月12日). */
const MONTHS_ONLY = /^(?:\d{1,2}(?:\s*[-—–~～至]\s*\d{1,2})?\s*月|\d{1,2}月\d{1,2}日?\s*[-—–~～至到]\s*(?:\d{1,2}月)?\d{1,2}日)$/;
/** 由/从 before the first figure of "由x增至y", and the basis of both where written (由每人每月780元提高到810元). */
const FROM_BEFORE = /(由|从)(?:每人|每户)?(?:每月|每年|每天)?$/;
/** The word of change between two figures of a list after 分别 (、上升9.4%): the second's own. */
const OWN_CHANGE = /^[、，,和及与]\s*(增长|下降|提高|降低|减少|增加|上升|回落)$/;
/** The words of OWN_CHANGE that go down. */
const DOWN_WORD = /^(?:下降|降低|减少|回落)$/;
/** 新增 after 分别 (分别新增115家、7家): the figures count new things. */
const NEWLY_RESPECTIVELY = /^分别(?:比上年)?新增/;
/** 年均 right before 分别 (年均分别增长). */
const AVERAGE_BEFORE_RESPECTIVELY = /年均\s*$/;
const AVERAGE_REACH = 4;
/** The word of change after 分别 (分别增长, 分别比上年下降). */
const RESPECTIVELY_CHANGE = /^分别(?:比上年|同比)?(增长|增速|下降|提高|降低|减少|增加|上升|回落)(?![到至])/;
/** The whole the items are shares of, after 分别占 (分别占全部法人单位的29.9%、14.5%…): each a share of it. */
const RESPECTIVELY_SHARE = /^分别占(?:到)?(?!比)([\u4e00-\u9fa5]{2,14}?)的?(?:比重|比例)?(?:为|达到?)?\s*(?=\d|$)/;
/** The lines of an insurance scheme's cover right before their amount (起付标准为每年, 起付线为, 最高支付限额). */
const SCHEME_LINE_BEFORE = /(?:起付标准|起付线|封顶线|支付限额|报销限额)(?:为|是)?(?:每人)?(?:每年|每月|每次)?\s*$/;
const SCHEME_LINE_REACH = 14;
/** A column of the years a work is built over (建设年限, 建设起止年限), and a year alone written in it. */
const YEARS_COLUMN = /年限|起止年|建设期|建设年度/;
const YEAR_ONLY = /^(?:19|20)\d{2}$/;
/** A bracket's mark, opening or closing. */
const BRACKET_MARK = /[（()）]/;
/** The last word of change of a clause with no figure after it. */
const CHANGE_CUE = /(增长|增速|下降|提高|降低|减少|增加|上升|缩小|扩大|收窄|回落)[^\d]*$/;
/** A clause that is 占 alone before its figure (，占94.4%). */
const SHARE_ALONE = /^[\s，,、]*占\s*$/;
/** The same right after the figure before in its clause (经济建设类68件、占32.1%). */
const SHARE_AFTER_FIGURE = /\d[^\d\s，,；;。]{0,3}、\s*占\s*$/;
/** A clause that is 均 and words, after the clause of the figures it speaks of all of. */
const EACH_OF_BEFORE = /^均([^\d]*)$/;

/** The kinds of figure a change describes: a growth rate a level or a count, a change in points a percentage. */
const DESCRIBED: Partial<Record<Kind, ReadonlySet<Kind>>> = {
  growth: new Set(['level', 'count']),
  pp_change: new Set(['rate', 'share', 'ratio']),
  bp_change: new Set(['rate', 'share', 'ratio']),
  // 失业率为2.86%，比上年末下降0.07个百分点，控制在3.5%以内: a rate named by nothing is the rate before, past its change.
  rate: new Set(['rate', 'share', 'ratio']),
  // 人均衣着消费支出1786元，增长2.1%，占5.9%: a share is of an amount or a number of things, past the growth of it.
  share: new Set(['level', 'count']),
};

/**
 * The figure before row `i` in its sentence that counts the cases a step of handling or a sum at stake is of: the nearest amount or
 * count, past the people of those cases written right after them (起诉知识产权刑事案件5件12人，涉案金额…; 受理…案件9件10人，起诉8件).
 */
function casesBefore(columns: DraftColumns, i: number): number {
  const { unit, start, end } = columns;
  const figure = figureBefore(columns, i, AMOUNTS);
  if (figure < 1 || unit[figure] !== 'person' || unit[i] === 'person') return figure;
  const cases = figureBefore(columns, figure, AMOUNTS);
  return cases === figure - 1 && end[cases] === start[figure] ? cases : figure;
}

/** What stands between a bound and a count of what it defines, named by nothing else: 的有, 的共有, 的为. */
const DEFINED_HAVE = new RegExp(`^的(?:${COUNT_OF_DEFINED})$`);

/** A sentence that adds the lines of an account up (加上…): its bare lines are of the budget before. */
const ADDING_LINES = /加上/;

/** How many figures back a bare line of an account looks for the budget it is of. */
const BUDGET_REACH = 16;

/** Whether the figure just before row `i`, in its paragraph, is a line of an account (结转下年7200万元。上级补助收入3亿元; 调出资金至一般公共预算33.5亿元). */
function accountLineBefore(columns: DraftColumns, text: string, i: number): boolean {
  const { kind, indicator, start, end } = columns;
  const before = i - 1;
  if (before < 0 || !AMOUNTS.has(kind[before] as Kind) || text.slice(end[before] as number, start[i] as number).includes('\n')) return false;
  const aspect = ASPECTS.exec(indicator[before] as string);
  return (aspect !== null && BUDGET_ASPECTS.has(aspect[1] as string)) || OPENS_WITH_LINE.test(indicator[before] as string);
}

/**
 * The budget or fund the nearest amount before row `i` in its paragraph is a line of (全省一般公共预算收入… → 全省一般公共预算),
 * within `BUDGET_REACH` figures; '' where there is none.
 */
function budgetBefore(columns: DraftColumns, text: string, i: number): string {
  const { kind, indicator, start, end } = columns;
  for (let figure = i - 1; figure >= 0 && figure >= i - BUDGET_REACH; figure -= 1) {
    if (text.slice(end[figure] as number, start[i] as number).includes('\n')) return '';
    if (!AMOUNTS.has(kind[figure] as Kind)) continue;
    const aspect = ASPECTS.exec(indicator[figure] as string);
    const subject = aspect && BUDGET_ASPECTS.has(aspect[1] as string) ? (indicator[figure] as string).slice(0, aspect.index) : '';
    if (BUDGET_SUBJECT.test(subject)) return subject;
  }
  return '';
}

/** What the nearest growth rate before row `i` in its sentence measures: its name without its word of change ('' where none is). */
function measuredByGrowthBefore(columns: DraftColumns, i: number): string {
  const growth = figureBefore(columns, i, GROWTHS);
  return growth >= 0 ? (columns.indicator[growth] as string).replace(CHANGE_END, '') : '';
}

/**
 * The nearest level or count before row `i` in its sentence that is an amount, not a change of one
 * (企业3200家，比上年增加200家，占比40%: the share is of the 3200, not of the 200), past the figures of a bracket closed
 * before it; -1 where none is.
 */
function stockBefore(columns: DraftColumns, text: string, i: number): number {
  for (let figure = figureBefore(columns, i, AMOUNTS); figure >= 0; figure = figureBefore(columns, figure, AMOUNTS)) {
    // 医院398.6万人次（公立医院312.5万人次，民营医院86.1万人次），占65.1%: a figure in brackets closed before is a part of the one before them.
    if (insideClosed(columns, text, figure, i)) continue;
    if (!AMOUNT_CHANGED.test(columns.indicator[figure] as string)) return figure;
  }
  return -1;
}

/** How much of what follows a unit's slash is read as the unit it is per (人·日, 户). */
const PER_REACH = 4;

/** The slash and the unit after a figure (/户, /人·日) where a unit per another follows it, '' where none does. */
function perUnitAfter(text: string, end: number): string {
  const slash = text.charCodeAt(end);
  if ((slash !== 0x2f && slash !== 0xff0f) || !isIdeograph(text.charCodeAt(end + 1))) return '';
  let to = end + 1;
  while (to < text.length && to - end <= PER_REACH && (isIdeograph(text.charCodeAt(to)) || text.charCodeAt(to) === 0xb7)) to += 1;
  return text.slice(end, to);
}

/** The dates of the claims format: a year, a day (2024-01-31), a day of the year (--05-28). */
const CLAIM_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$|^--\d{2}-\d{2}$/;

/** What a number that is not one quantity is, for the draft's note. */
const FORMS: Partial<Record<NumberMatch['shape'], string>> = { parts: 'parts of a whole', fraction: 'fraction', range: 'range', unread: 'quantity whose words contradict each other' };

/** What `extractDraft` returns: the draft claims and what it read of the document's layout. */
export interface ExtractedDraft {
  /** One row per numeric expression (the columns of `EXTRACT_COLUMNS`). */
  claims: ColumnTable;
  /** The document's type, title, place, date, years, plan start and headings, as read (see `documentLayout`). */
  layout: DocumentLayout;
}

/**
 * Finds every numeric expression in the text of a Chinese government document (a work report, a
 * report on the execution of the plan, a statistical bulletin) and returns a draft claims table,
 * with what it read of the document's layout beside it. Each row has its span and surface exactly
 * as in the text, its number, scale, unit, qualifier, rounding interval and amount from the
 * quantity parser, and best guesses, named in the `guessed` column, at its kind, year, status
 * (actual, estimate, target, reference), direction, indicator and topic, with its sentence; a
 * figure over a five-year-plan period (“十四五”以来…年均, 五年来累计) has its `period`, and a table
 * cell, a range, a fraction or the parts of a whole (7.4:39.6:53) says so in `form`. It reads Arabic
 * digits with decimals and separators (full-width too), a space between a number and its unit (as
 * text copied from a PDF has), 万/亿 scales, units, %, ‰, 个百分点, ratios, qualifiers before and
 * after the number, negative numbers, and traditional characters; text wrapped at a page's width
 * reads as one text (`unwrapLines`), and a number the wrap splits gives no figure; page numbers,
 * running headers and figure or table captions give no rows. Years come from the document's own headings, title or
 * date (see `documentLayout`), or the options. It never throws on text: a string it cannot read
 * gives no rows.
 *
 * @param text - The document text (any string).
 * @param options - See `ExtractOptions`.
 * @returns The draft claims and the layout read.
 * @example
 * extractDraft('云溪市2024年国民经济和社会发展统计公报\n全年地区生产总值2860.35 亿元，比上年增长5.3%。').claims.select('surface', 'year', 'indicator').objects().slice(1)
 * // => [{ surface: '2860.35 亿元', year: 2024, indicator: '地区生产总值' }, { surface: '5.3%', year: 2024, indicator: '地区生产总值增长' }]
 */
export function extractDraft(text: string, options: ExtractOptions = {}): ExtractedDraft {
  const source = typeof text === 'string' ? text : '';
  // Text wrapped at a page's width (copied from a PDF) is read as if it were not: its line breaks become zero-width spaces.
  const normalized = unwrapLines(normalizeText(source));
  const layout = documentLayout(normalized, options);
  const planStart = layout.planStart;
  const planEnd = layout.planEnd;
  const matches = scanNumbers(normalized);
  const sentences = sentenceFinder(normalized);
  const sentenceText = (from: number, to: number): string => {
    const found = sentences(from, to);
    return normalized.slice(found.from, found.to);
  };
  const lines = classifyLines(normalized);
  // What depends on a figure's sentence alone is read once per sentence: figures in text order share it.
  // The year the document is given or published in: 今年 in an audit of 2024 given in 2025 is 2025.
  const givenYear = layout.date !== null ? Number(layout.date.slice(0, 4)) : layout.published !== null ? Number(layout.published.slice(0, 4)) : null;
  /** The years the paragraph of the figure reviews, where it opens with them (五年来，…), else null. */
  let paragraphPlan: PlanPeriod | null = null;
  /** The rows that are ranks or moves in rank (第5位, 前移4位), named once the figures are. */
  const rankRows: number[] = [];
  let sentenceAt = { from: -1, to: -1, text: '', written: '', topic: 'meta' as Topic, period: null as string | null, periodAt: 0, year: null as { year: number; from: number; until: number } | null, laterYear: false, cues: undefined as StatusCues | undefined, months: [] as MonthPeriod[], preliminary: false, breakdown: false };
  let line = 0;
  // The five years a section's heading speaks of (一、过去五年工作回顾), for its totals and averages; the heading each figure is under.
  const sectionPeriods = layout.headings.map((heading) => sectionPeriod(heading.text, layout.reviewYear, layout.planYear));
  // A review heading of another year than the one the document reviews (二、2026年上半年预算执行情况 after 一、2025年县级决算情况) gives
  // its results that year, and the months it names (上半年) their period.
  const sectionYears = layout.headings.map((heading) => heading.role === 'review' ? ONE_YEAR_WRITTEN.exec(heading.text) : null)
    .map((found) => (found && Number(found[1]) !== layout.reviewYear ? Number(found[1]) : null));
  // The year of the last review heading before the plan part, where it is another than the one reviewed (二、2026年上半年预算执行情况): the
  // difficulties the plan part says remain are of that year.
  let lastReviewSectionYear: number | null = null;
  for (let i = 0; i < sectionYears.length; i += 1) if (sectionYears[i] !== null && (layout.headings[i] as { start: number }).start < planStart) lastReviewSectionYear = sectionYears[i] as number;
  const sectionMonths = layout.headings.map((heading, i) => {
    const named = sectionYears[i] !== null ? HEADING_MONTHS.exec(heading.text) : null;
    // The months read as a sentence opening with them would be (上半年，…).
    return named ? monthPeriods(`${named[0]}，`)[0] : undefined;
  });
  // A document on part of the year it reviews (2025年前三季度全市经济运行情况) gives its results those months, unless they name their own.
  const titled = layout.reviewYear !== null && layout.title !== null ? new RegExp(`^[^\\d]*${layout.reviewYear}年\\s*(${HEADING_MONTHS.source})[^\\d]*$`).exec(layout.title) : null;
  const titleMonths = titled ? monthPeriods(`${titled[1]}，`)[0] : undefined;
  // An outline of a five-year plan reviews the plan that ends in the year it reviews (十五五规划纲要: 十四五) and plans its own: the
  // averages and totals of each part are over that plan's years.
  const fivePlan = (last: number | null): PlanPeriod | null => {
    const name = layout.type === 'five_year_plan' && last !== null ? Object.entries(FIVE_YEAR_PLANS).find(([, first]) => first + 4 === last)?.[0] : undefined;
    return name !== undefined ? { name, from: (last as number) - 4, to: last as number } : null;
  };
  const planReviewed = fivePlan(layout.reviewYear);
  const planOutlined = fivePlan(layout.planYear);
  let heading = -1;
  const columns = draftColumns(matches.count);
  const estimated = estimatedColumns(normalized);
  const cellRows: number[] = [];
  const totals = bracketedTotals(normalized);
  let rows = 0;
  /** Where the last figure named as a goal ends (-1 where the figure before was none). */
  let goalEnd = -1;
  for (let index = 0; index < matches.count; index += 1) {
    // A match whose words contradict each other (超65岁以上) is narrowed to what the parser reads, or kept as text.
    const match = readMatch(normalized, matches, index);
    // In the plan part: after its start, before an annex that ends it.
    const planned = match.start >= planStart && match.start < planEnd;
    while (line < lines.length - 1 && (lines[line] as TextLine).end < match.start) line += 1;
    const where = lines[line] as TextLine;
    // In a table row a number ends with its cell: 9\t人均预期寿命 is row 9 and a label, not 9 people.
    if (where.kind === 'table_row') cutToCell(normalized, match, where);
    // 1.2个和2.5个百分点: the first is in the points the second names (its unit_text), not 1.2 items.
    SHARED_POINTS.lastIndex = match.end;
    const points = where.kind === 'text' && match.quantity?.unit === 'item' && match.written.endsWith('个') && SHARED_POINTS.test(normalized) ? SHARED_POINTS.lastIndex : -1;
    if (points >= 0) {
      match.end -= 1;
      match.written = match.written.slice(0, -1);
      match.quantity = parseOrNull(match.written);
    }
    const { written } = match;
    let { quantity } = match;
    if (where.kind === 'page_number' || where.kind === 'caption' || where.kind === 'running_header' || where.kind === 'table_header') continue;
    // Where normalising changed nothing (most texts), the surface is the text already cut.
    const surface = source === normalized ? written : source.slice(match.start, match.end);
    const cell = where.kind === 'table_row' ? tableCell(where, match.start) : null;
    const clause = cell ? cell.row : clauseBefore(normalized, match.start);
    // 利润总额（亿元）36.5: a number written without its unit, which brackets before it give.
    const bracketed = !cell && points < 0 && quantity && quantity.unit === 'number' && quantity.scale === 1 && quantity.qualifier === 'exact' ? unitBefore(clause) : null;
    const inUnit = cell?.inUnit ?? bracketed?.inUnit ?? (points >= 0 ? unitAlone(POINTS) : null);
    // Such a number reads in that unit (the claims' unit_text: 286.35 in a row of 亿元 is 286.35亿元), where it is written as a bare number.
    const clauseFrom = match.start - clause.length;
    const unitStart = cell ? cell.unitStart : bracketed ? clauseFrom + bracketed.at + 1 : points;
    const unitText = unitStart >= 0 && inUnit ? source.slice(unitStart, unitStart + (cell?.unit ?? bracketed?.unit ?? POINTS).length) : '';
    const inItsUnit = unitText !== '' && quantity !== null && quantity.unit === 'number' && quantity.scale === 1 ? parseOrNull(`${written}${unitText}`) : null;
    const unsigned = inItsUnit === null && unitText !== '' && quantity !== null && Number(quantity.value) < 0;
    if (inItsUnit) quantity = inItsUnit;
    // 分 is a score (得分91.6分) but where the words before speak of time (高铁30分, 平均出警时间8分): minutes, its other meaning.
    // 只 and 块 count animals and plots of land, but pieces of what is made where their sentence names neither (锂离子电池1.27亿只, 集成电路8.6亿块).
    const otherMeaning = quantity === null ? false : quantity.unit === 'score' ? TIME_BEFORE.test(clause) && !SCORED.test(clause.slice(-TIME_REACH))
      : (quantity.unit === 'head' || quantity.unit === 'plot') && !(quantity.unit === 'head' ? ANIMALS : LAND).test(sentenceText(match.start, match.end));
    if (quantity !== null && otherMeaning) quantity = { ...quantity, unit: alsoMeans(quantity.unitText) ?? quantity.unit };
    const after = normalized.slice(match.end, match.end + AFTER_LENGTH);
    const notQuantity = match.shape === 'parts' || match.shape === 'fraction' || match.shape === 'range' || match.shape === 'unread';
    // A cell's own words before its number (增长6% in a column of plans) say what it is, as a clause's would.
    let meaning = notQuantity ? { kind: 'code' as const, direction: null } : guessKind(match.shape, quantity?.unit ?? 'number', quantity?.qualifier ?? 'exact', surface, cell ? `${cell.row}${CHANGE_HEADING.test(cell.column) ? cell.column : ''}${cell.lead}` : clause, after);
    // A span of months or years (1-11月, 2021—2025年) or a time of day is not a date of the claims
    // format (a year, a day, a day of the year): it is kept as text.
    // So is the first months of a year (前10个月): the time the figures after it are of, not a length of time.
    const span = (meaning.kind === 'date' && !CLAIM_DATE.test(valueOf(surface, written, match.shape, quantity)))
      || (meaning.kind === 'duration' && quantity?.unit === 'month' && clause.endsWith('前'));
    if (span) meaning = { kind: 'code', direction: null };
    // A table cell written without its unit is read in the unit its row or column gives (unit_text). Where that reading
    // fails, it is a level, count or duration where the unit says so, else kept as text for a reviewer (its note says what it is in).
    if (inItsUnit) {
      // A column heading says what the row's figures are (比上年增长%): the kind is read from the row's name and the heading together.
      meaning = guessKind('quantity', inItsUnit.unit, inItsUnit.qualifier, `${written}${unitText}`, cell ? `${cell.row}${CHANGE_HEADING.test(cell.column) ? cell.column : ''}` : clause, after);
    } else if (inUnit && (quantity === null || quantity.unit === 'number')) {
      const kind = guessKind('quantity', inUnit.unit, 'exact', surface, clause, after).kind;
      // A negative figure in a unit never negative (-1.52 in a column of 比上年末增减（万人）) is a change the unit cannot read: kept as text.
      meaning = { kind: !unsigned && (kind === 'level' || kind === 'count' || kind === 'duration') ? kind : 'code', direction: null };
    }
    // A row number (a 序号 column's) is a code; so is a change whose unit neither its row nor its column nor the cell gives (年均增长 5.5左右).
    if (cell?.serial || (cell?.bareChange && !inItsUnit && (quantity === null || quantity.unit === 'number'))) meaning = { kind: 'code', direction: null };
    // A year alone in a column of years of building (建设起止年限: 2026) is a date.
    if (cell && YEARS_COLUMN.test(cell.column) && YEAR_ONLY.test(written)) meaning = { kind: 'date', direction: null };
    // A bound inside a row's label (60岁及以上, 0—15岁（含不满16周岁）, 年产5万吨…项目) names the row: a threshold (a date, a code or a name stays one).
    if (cell?.inLabel && meaning.kind !== 'code' && meaning.kind !== 'date' && meaning.kind !== 'name') meaning = { kind: 'threshold', direction: null };
    // A piece of a number a line break splits (52.\n4%: a PDF's wrap) is no figure: kept as text, for a reviewer to read the whole.
    const broken = where.kind === 'text' && brokenNumber(normalized, match.start, match.end);
    if (broken) meaning = { kind: 'code', direction: null };
    // A quantity per another unit the table of units lacks (152立方米/人·日, 3.5万元/户) is no amount of the unit read: kept as text.
    const per = quantity !== null && quantity.unit !== 'number' && !broken ? perUnitAfter(normalized, match.end) : '';
    if (per !== '') meaning = { kind: 'code', direction: null };
    // Dates, codes and names are not quantities: their unit names what they are, as in the claims format.
    const unit = meaning.kind === 'date' || meaning.kind === 'code' || meaning.kind === 'name' ? meaning.kind : quantity?.unit ?? 'number';
    const bounds = sentences(match.start, match.end);
    if (bounds.from !== sentenceAt.from || bounds.to !== sentenceAt.to) {
      const text = normalized.slice(bounds.from, bounds.to);
      // The months the sentence before opened with hold on in its paragraph, across sentences that name no time between (a new
      // paragraph, or a time named in a sentence with no figure, ends them).
      const sameTime = sentenceAt.to <= bounds.from && !endsMonths(normalized.slice(sentenceAt.to, bounds.from));
      const opening = sentenceAt.months[0];
      // A month's end holds on only for stocks (2月末，…存款余额…。人民币各项贷款余额…), not for what was done over the months.
      const carried = opening?.at === 0 && sameTime && (opening.point === undefined || STOCKS.test(text)) ? opening : undefined;
      // So does 初步核算 opening a sentence: the paragraph's figures after it (其中，第一产业增加值…) are as preliminary.
      // The breakdown of an estimate (全县地区生产总值预计完成286.5亿元…。其中，第一产业增加值38.2亿元…), a sentence opening with 其中
      // after one with a word of estimate, is as estimated (that sentence only).
      const breakdown = sameTime && sentenceAt.cues !== undefined && Number.isFinite(sentenceAt.cues.estimate) && OF_WHICH_OPENING.test(text);
      const preliminary = sameTime && (sentenceAt.preliminary || PRELIMINARY_OPENING.test(sentenceAt.text))
        && (!namesTime(text) || (ACCOUNTS.test(text) && !ANOTHER_TIME.test(text)));
      const plan = planPeriod(text, layout.reviewYear);
      // A paragraph that opens a review of years (五年来，…; “十四五”时期，…) holds them for its changes and totals after (see section).
      if (sentenceAt.to < 0 || normalized.slice(Math.min(sentenceAt.to, bounds.from), bounds.from).includes('\n')) paragraphPlan = null;
      if (plan !== null && YEARS_OPENING.test(text)) paragraphPlan = plan;
      sentenceAt = {
        from: bounds.from, to: bounds.to, text, written: source.slice(bounds.from, bounds.to).trim(), topic: guessTopic(text),
        period: plan ? `${plan.from}-${plan.to} (${plan.name})` : null, periodAt: plan ? Math.max(0, text.indexOf(plan.name)) : 0, year: resultYear(text, layout.reviewYear, givenYear),
        // A year the target may be for other than the plan's: a later one, or the year reviewed (see targetYear).
        laterYear: layout.planYear !== null && namesYearAfter(text, (layout.reviewYear ?? layout.planYear) - 1), cues: undefined, months: monthPeriods(text, carried), preliminary, breakdown,
      };
    }
    sentenceAt.cues ??= sentenceAt.preliminary || sentenceAt.breakdown ? { ...statusCues(sentenceAt.text), estimate: 0, estimateUntil: Infinity } : statusCues(sentenceAt.text);
    // A range, a fraction, parts of a whole (增长5%—5.5%) or an amount per a unit the table lacks (64.8万吨/年) are kept as text, but are a
    // result or a target as a figure would be.
    // In the plan part, a sentence that opens with a year before the plan year and states no intent (2025年，…全部完成，累计完成投资16.2亿元) reports results.
    // So does one that reports up to a time before the plan year (附件：…截至2025年11月底已完工112个).
    // So does one that says what difficulties remain (当前财政运行还面临一些困难：…非税收入占比超过三分之一), under a heading of problems and measures.
    const problems = planned && !Number.isFinite(sentenceAt.cues.target) && (sentenceAt.text.includes('面临') || sentenceAt.text.includes('存在'))
      && PROBLEMS.test(sentenceAt.text);
    // So is a figure in brackets of a year before the plan year (达到80岁左右（2025年为79.1岁）): the result the goal starts from.
    const bracketYear = planned && layout.planYear !== null && !cell ? Number(BRACKETED_YEAR.exec(clause.slice(-BRACKETED_YEAR_REACH))?.[1] ?? NaN) : NaN;
    const bracketedBack = bracketYear < (layout.planYear ?? -Infinity);
    // So does a clause that says what is done already, in a sentence of no intent (我县已储备专项债券需求项目52个); not in a list of a
    // year's undertakings, whose progress (已建成7个) is of that year (see readProgress).
    const doneAlready = planned && !cell && layout.type !== 'plan_list' && !Number.isFinite(sentenceAt.cues.target) && DONE_ALREADY.test(clause);
    const looksBack = problems || bracketedBack || doneAlready || (planned && layout.planYear !== null && !Number.isFinite(sentenceAt.cues.target)
      && Math.min(Number(OPENS_WITH_YEAR.exec(sentenceAt.text)?.[1] ?? Infinity), Number(UP_TO_YEAR.exec(sentenceAt.text)?.[1] ?? Infinity)) < layout.planYear);
    // In the review, a bound a province or city set (控制在省定25%以内) is the cap the result is measured against; in a plan it is the goal.
    if (!planned && quantity?.qualifier === 'at_most' && !cell && SET_CAP_BEFORE.test(clause)) meaning = { kind: 'threshold', direction: null };
    // A rank (全省排名第5位, 前3名) is an ordinal, a move in rank (前移4位) a count; both are figures of their year as a count is, not
    // references as an ordinal (第4个) is.
    if (match.rank !== null) meaning = { kind: match.rank === 'place' ? 'ordinal' : 'count', direction: null };
    const cuedStatus = guessStatus((notQuantity || per !== '') && !broken ? 'level' : match.rank !== null ? 'count' : meaning.kind, planned && !looksBack, written, sentenceAt.cues, match.start - bounds.from);
    // What is done already is no estimate either, whatever 预计 the sentence opens with for its other clauses.
    const guessedStatus = doneAlready && cuedStatus === 'estimate' ? 'actual' : cuedStatus;
    // A plan-execution table says in its column heading which figures are targets and which results (计划, 完成, 2025年目标).
    const heard = cell && guessedStatus !== 'reference' ? columnStanding(cell.column, planned, layout) : null;
    // A note may say a column holds estimates (注：2025年完成数为预计数): its figures are the year's estimates, not results.
    const standing = heard?.status === 'actual' && cell !== null && estimated.some((words) => cell.column.includes(words)) ? { status: 'estimate' as const, year: heard.year } : heard;
    // A figure the words after it name as a goal (完成年初确定的“5.5%左右”的预期目标), or the words before (完成全年目标任务16.5亿元的52.4%),
    // is one, in the review part the reviewed year's own.
    GOAL_AFTER.lastIndex = match.end;
    // So is one listed right after such a goal (（分别为87.0%、32微克/立方米）).
    const namedGoal = !planned && (guessedStatus === 'actual' || guessedStatus === 'estimate')
      && (GOAL_AFTER.test(normalized) || (!cell && (GOAL_BEFORE.test(clause) || (quantity?.unit === 'yuan' && BUDGETED_BEFORE.test(clause)) || (goalEnd >= 0 && LIST_JOIN_ONLY.test(normalized.slice(goalEnd, match.start))))));
    goalEnd = namedGoal ? match.end : -1;
    // In the review, a figure after a time ahead of the year reviewed opening its clause (到2030年，…; 到“十五五”末，…) is a goal for that year.
    const ahead = guessedStatus === 'actual' && !cell && !planned && layout.reviewYear !== null ? yearAhead(sentenceAt.text, match.start - bounds.from) : null;
    const aheadYear = ahead !== null && ahead > (layout.reviewYear as number) ? ahead : null;
    // A goal set from above (高于国家下达的75%的目标要求, 超额完成市下达的13.5%的目标任务) is the bar the result is measured against, as a cap is.
    // So is a task set from above in a plan (落实市下达的58.3万亩粮食播种面积任务): the bar, not the region's own goal.
    const setAbove = (namedGoal && SET_ABOVE.test(clause)) || (!cell && ((SET_ABOVE_BEFORE.test(clause.slice(-SET_ABOVE_REACH)) && TASK_AFTER.test(after)) || (!RELATIVE.has(quantity?.unit ?? 'number') && TASK_SET_BEFORE.test(clause.slice(-TASK_SET_REACH)))));
    if (setAbove) meaning = { kind: 'threshold', direction: null };
    // A band of ages before the people it defines (0—14岁人口) is a definition, as a bound of age is (60岁及以上人口).
    const band = match.shape === 'range' && AGE_BAND.test(written) && BAND_OF.test(after);
    // A figure that defines a term or a unit (…是指…3次及以上; 按…6小时以上…统计; 1亩≈666.7平方米) reports nothing of the year.
    const defined = !cell && definedIn(sentenceAt.text, match.start - bounds.from, match.end - bounds.from);
    // A line of a scheme's cover (起付标准为每年200元, 最高支付限额3000元) is a rule of the scheme, not a result.
    const schemeLine = !cell && quantity?.unit === 'yuan' && SCHEME_LINE_BEFORE.test(clause.slice(-SCHEME_LINE_REACH));
    const status = cell?.inLabel ? 'reference' : standing?.status ?? (setAbove || band || defined || schemeLine ? 'reference' : namedGoal || aheadYear !== null ? 'target' : guessedStatus);
    // A month or a span within one year kept as text (2026年11月底前) is of the year it writes; a span of years (2021—2025年) of none.
    const dated = meaning.kind === 'date' || (span && ONE_YEAR.test(written)) ? YEAR_IN_DATE.exec(written)?.[1] : undefined;
    while (heading + 1 < layout.headings.length && (layout.headings[heading + 1] as { start: number }).start <= match.start) heading += 1;
    // A total or an average under a heading of five years (过去五年…累计完成76.5亿元; 今后五年…年均增长6.5%) is over those years; a target of them is for the last.
    // The years a sentence names a total or an average over hold for its figures after the name, and for one before it only in a clause of
    // its own total or average (…立案1286起…，为近五年来单月最低: not a figure of five years).
    const sentencePeriod = sentenceAt.period !== null && (match.start - bounds.from >= sentenceAt.periodAt || OVER_YEARS.test(clause)) ? sentenceAt.period : null;
    // So is a change over them (过去五年…城镇化率由68.2%提高到73.5%): its first figure is of the year before them, its last of their last.
    // A sentence that names a year of its own (2025年，城镇化率由…) is of that year, not of the years its paragraph opened with; but a total
    // or an average before the year it names (累计收到提案1148件，…由2021年的…) still is of them.
    const ownYears = paragraphPlan !== null && sentenceAt.period === null && WRITES_YEAR.test(OVER_YEARS.test(clause) ? sentenceAt.text.slice(0, match.start - bounds.from) : sentenceAt.text) ? null : paragraphPlan;
    const section = sentencePeriod === null && status !== 'reference' && (OVER_YEARS.test(clause) || (FROM_OR_TO_LAST.includes(clause.trimEnd().slice(-1)) && FROM_OR_TO.test(clause)))
      ? (heading >= 0 ? sectionPeriods[heading] : undefined) ?? ownYears ?? (!planned ? (OVER_YEARS.test(clause) ? planReviewed : null) : OVER_PLAN.test(clause) ? planOutlined : null) : null;
    const row = rows;
    rows += 1;
    if (cell) cellRows.push(row);
    columns.id[row] = `claim_${String(rows).padStart(4, '0')}`;
    columns.start[row] = match.start;
    columns.end[row] = match.end;
    columns.surface[row] = surface;
    // A number read as a code (“2332”) is kept as written, like the codes the scanner finds.
    columns.value[row] = (meaning.kind === 'code' && match.shape === 'quantity') || span || broken ? surface : valueOf(surface, written, match.shape, quantity);
    columns.scale[row] = quantity?.scale ?? 1;
    columns.unit[row] = unit;
    columns.kind[row] = meaning.kind;
    // A target in a document without a plan part (a bulletin's 力争2025年…) is for the year its sentence names before it, if one.
    const cues = sentenceAt.cues as StatusCues;
    // A figure of part of a year (1—9月，…1865.4亿元; 其中9月当月增长8.3%) has those months of its year as its period.
    let months: MonthPeriod | undefined;
    // A goal named as the year's (完成全年目标任务16.5亿元) is of the whole year, whatever months its sentence reports on.
    if (status !== 'reference' && !namedGoal) for (const found of sentenceAt.months) if (found.at <= match.start - bounds.from) months = found;
    // A change since the year's start to a month's end (2月末，…比年初增加21.7亿元) is over the months up to it.
    if (months?.point && SINCE_YEAR_START.test(clause)) months = { ...months, from: 1, name: `年初至${months.name}` };
    const inSection = heading >= 0 && !planned;
    /** The year of the review heading the figure stands under, where it is another than the one reviewed (see sectionYears). */
    const sectionYear = inSection ? sectionYears[heading] ?? null : null;
    if (status !== 'reference' && !namedGoal && months === undefined && inSection) months = sectionMonths[heading];
    // Not a balance at a month's end (9月末，…存款余额6284.75亿元): a stock at a date, of no months.
    // Nor a goal, nor a figure of the whole year (预计全年粮食总产量58万吨以上, 年度计划投资).
    if (status !== 'reference' && status !== 'target' && !namedGoal && months === undefined && !planned && sectionYear === null && titleMonths !== undefined
      && !AT_A_DATE.test(sentenceAt.text.slice(0, match.start - bounds.from)) && !WHOLE_YEAR.test(clause)) months = titleMonths;
    // The whole year named after months (上半年…，全年召开会议8次) is no part of it.
    if (months?.whole) months = undefined;
    const yearNamed = status !== 'target' || (layout.planYear !== null && !sentenceAt.laterYear) ? null : yearNamedBefore(sentenceAt.text, Number.isFinite(cues.target) ? cues.targetClause : 0, match.start - bounds.from);
    // A plan's target is for the plan year, unless its sentence names a later one (到2027年，…比重达到12%), or one on the way to it (到2027年
    // in a plan for 2030).
    // So is one the sentence names for the year reviewed where the plan year is only the guess after the commonest year
    // (确保2025年…增长5.5%以上 in a mid-term assessment of December 2025): a year written for the target outweighs it.
    // Without a plan year, one that names months of the year before it (四季度，全县还将组织…20场以上) or the rest of the year
    // (力争四季度完成…45亿元以上，…全年突破160亿元) is for the year reviewed.
    // In the review part of a document that has a plan part, a target is the reviewed year's own (计划新建公办幼儿园4所 in a report on the
    // year's undertakings), unless its sentence names a later year.
    const reviewed = planStart < normalized.length && !planned && layout.reviewYear !== null;
    // A goal of an audit given after the year it audits, that names no year of its own (确保资金支出进度不低于85%), is for the year it is
    // given in at the earliest: that year. (A bulletin's 全年计划… is of the year it reports on.)
    const givenAfter = layout.type === 'audit_report' && givenYear !== null && layout.reviewYear !== null && givenYear > layout.reviewYear ? givenYear : null;
    const targetYear = status !== 'target' ? null : reviewed ? yearNamed ?? layout.reviewYear : layout.planYear === null ? yearNamed
      ?? (months !== undefined || (!WRITTEN_AFTER.has(layout.type) && THIS_YEAR.test(sentenceAt.text)) ? layout.reviewYear : givenAfter)
      : yearNamed !== null && (yearNamed > layout.planYear || (yearNamed === layout.reviewYear && layout.from === 'commonest')
        || (layout.reviewYear !== null && yearNamed > layout.reviewYear && yearNamed < layout.planYear)) ? yearNamed : layout.planYear;
    // A threshold (10万元以上的村) defines a figure of its part's year: it has that year, as a reference.
    const referenceYear = meaning.kind === 'threshold' ? (planned ? layout.planYear : sectionYear ?? layout.reviewYear) : null;
    const ownYear = sentenceAt.year !== null && match.start - bounds.from < sentenceAt.year.until && match.start - bounds.from >= sentenceAt.year.from ? sentenceAt.year.year : null;
    // A target over years (“十五五”时期…年均增长6%左右; 今后五年累计…) is for their last year, as one under a heading of them is.
    const periodEnd = sentencePeriod !== null ? Number(PERIOD_END.exec(sentencePeriod)?.[1]) : NaN;
    // A span of months or days that writes no year (1—9月，…; 1月8—10日) is of the year of its part, the one its heading or the document reviews.
    // One after 次年 (11月至次年2月) is of the year after.
    const ofYear = span && !dated && !planned && MONTHS_ONLY.test(written) ? sectionYear ?? layout.reviewYear : null;
    const monthsOfYear = ofYear !== null && NEXT_YEAR_BEFORE.test(clause) ? ofYear + 1 : ofYear;
    columns.year[row] = dated ? Number(dated) : monthsOfYear !== null ? monthsOfYear : standing ? standing.year : status === 'target' ? (aheadYear ?? (namedGoal ? ownYear ?? sectionYear ?? layout.reviewYear : section?.to ?? (periodEnd > (targetYear ?? 0) ? periodEnd : targetYear))) : status === 'reference' ? referenceYear : bracketedBack ? bracketYear : ownYear ?? (inSection ? sectionYear : problems ? lastReviewSectionYear : null) ?? layout.reviewYear;
    columns.status[row] = status;
    columns.qualifier[row] = quantity?.qualifier ?? 'exact';
    // A table cell in square brackets that a note calls a total over years ([13.5], 注：[ ]内为五年累计数) has those years, to its own
    // column's, as its period. Its cumulative flag stays false: that flag says 累计 is written in the figure itself, and the loader checks it so.
    const total = totals !== null && cell !== null && TOTAL_OPEN.test(cell.lead) && status !== 'reference';
    // Beside them, a figure of a column of averages (年均增长〔累计〕: 6.5%) is an average over the same years.
    const averaged = totals !== null && cell !== null && !total && AVERAGED_IN_CLAUSE.test(cell.column) && status !== 'reference' && meaning.kind === 'growth';
    columns.cumulative[row] = quantity?.cumulative ?? false;
    columns.direction[row] = meaning.direction;
    let named = cell ? cell.indicator : guessIndicator(bracketed ? clause.slice(0, bracketed.at) : clause);
    // A threshold before the figure in its clause defines it (每千人口拥有3岁以下婴幼儿托位数): the name keeps it, as it keeps the people a rate is per (每10万人中拥有大学文化程度的). A stock restated
    // (全县176个行政村集体经济收入全部超过10万元) does not, but for the places a rank is held among (see nameRanks).
    // Nor does a limit (一般债务限额41.25亿元、专项债务限额…): an amount is no bound that defines.
    const restated = columns.qualifier[row - 1] === 'exact' && (UNIT_COUNTS.has(columns.unit[row - 1] as string) || columns.unit[row - 1] === 'yuan') && match.rank === null;
    if (!cell && !bracketed && row > 0 && (columns.kind[row - 1] === 'threshold' || (columns.kind[row - 1] === 'code' && columns.status[row - 1] === 'reference' && AGE_BAND.test(columns.surface[row - 1] as string)) || (columns.kind[row - 1] === 'name' && normalized[(columns.start[row - 1] as number) - 1] === '每')) && (columns.start[row - 1] as number) >= clauseFrom && !restated) {
      named = nameAcrossThreshold(clause, (columns.start[row - 1] as number) - clauseFrom, (columns.end[row - 1] as number) - clauseFrom) ?? named;
    }
    // 每10万人中拥有大学文化程度的由17526人上升为18362人；拥有高中文化程度的由…: a clause after that writes the rate's verb again is per the same people.
    const verbAt = !cell && !bracketed && named !== '' ? PER_VERB_OPENING.exec(clause) : null;
    if (verbAt !== null) {
      const reach = normalized.slice(Math.max(0, clauseFrom - PER_PEOPLE_REACH), clauseFrom);
      const before = reach.slice(reach.lastIndexOf('。') + 1);
      const per = [...before.matchAll(PER_PEOPLE_NAME)].at(-1);
      const at = clause.indexOf(named, verbAt[0].length - (verbAt[1] as string).length);
      if (per !== undefined && per[2] === verbAt[1] && at >= 0) named = `${per[1]}${clause.slice(verbAt[0].length - (verbAt[1] as string).length, at + named.length)}`;
    }
    // A count names the things counted after its classifier where the words before name nothing of their own (建成24个项目).
    // So does a bare number of them, where a short name written right after it ends where a predicate starts (实现4.2万农村贫困人口全部脱贫).
    // So does a stock restated (全区12个乡镇均未发生…) or the places a rank is held among.
    const countedUnit = !cell && quantity && (meaning.kind === 'count' || (meaning.kind === 'threshold' && quantity.qualifier === 'exact' && UNIT_COUNTS.has(quantity.unit))) ? quantity.unit : null;
    const bareName = countedUnit === 'number' && named === '' ? nameAfter(normalized, match.end) : '';
    // So does an amount in a unit of measure whose words before name nothing (完成282公里森林防火生物隔离带建设) or end in 的
    // (以…为重点的1.2万亩高标准农田), but for a part after 有 (…中，有2.35亿元未编入年初预算: what follows is said of it).
    const measured = !cell && !bracketed && meaning.kind === 'level' && quantity !== null && !NAMED_BEFORE_UNITS.has(quantity.unit) && (named === '' || clause.endsWith('的')) && !clause.endsWith('有');
    const measuredName = measured ? nameAfter(normalized, match.end) : '';
    // People are what 人 counts: words ending in 的 before them describe them (向不符合条件的46人发放…), and what follows is what was done.
    columns.indicator[row] = countedUnit !== null && UNIT_COUNTS.has(countedUnit) ? countName(named, countedUnit === 'person' ? clause.replace(DESCRIBING, '') : clause, normalized, match.end)
      : bareName.length <= BARE_COUNT_NAME && isIdeograph(bareName.charCodeAt(0)) ? bareName
      : measuredName.length >= 2 && isIdeograph(measuredName.charCodeAt(0)) ? measuredName : named;
    // 依法将1136人次纳入失信被执行人名单, 把86个村纳入整治范围: what 将 or 把 fronts is named by what is done to it.
    if (FRONTED.test(named) && !cell) {
      const things = countedUnit !== null ? nameAfter(normalized, match.end) : '';
      const said = SAID_OF.exec(normalized.slice(match.end + things.length, match.end + things.length + AFTER_NAME_REACH))?.[0] ?? '';
      if (said.length >= 2) columns.indicator[row] = things !== '' ? `${said}的${things}` : said;
    }
    // 全省排名由第7位上升至第5位, 比上年前移4位: a rank is named after what is ranked, once the figures are named (see nameRanks).
    if (match.rank !== null) rankRows.push(row);
    // 八成左右的行政村通了公交, 近三成企业亏损, 约三分之一的企业实现盈利: a share in words of the things after it, named after them and what is
    // said of them.
    // So is one of the things before it among which it is (318个村卫生室中一半以上实现医保联网结算 → 村卫生室实现医保联网结算的比例).
    const among = named.endsWith('中') && named.length >= 3 && !after.startsWith('的');
    if ((meaning.kind === 'share' || meaning.kind === 'ratio') && (named === '' || among) && !cell && SHARE_IN_WORDS.test(surface) && THINGS_AFTER.test(after)) {
      const said = SAID_OF.exec(after.startsWith('的') ? after.slice(1) : after)?.[0] ?? '';
      if (said.length >= 2) columns.indicator[row] = `${among ? named.slice(0, -1) : ''}${said}的比例`;
    }
    // A measure named before its amount and the thing it measures after it (总投资65亿元的鸿锐储能电池生产基地项目, 设立规模10亿元的产业引导基金)
    // is the measure of that thing: 鸿锐储能电池生产基地项目总投资.
    const measureOfThing = !cell && after.startsWith('的') ? MEASURE_OF_THING.exec(columns.indicator[row] as string) : null;
    if (measureOfThing !== null) {
      const thing = nameAfter(normalized, match.end + 1);
      if (thing.length >= 2 && isIdeograph(thing.charCodeAt(0)) && THING_MEASURED.test(thing)) columns.indicator[row] = `${thing}${measureOfThing[1]}`;
    }
    // A task set from above is named by the words after it (市下达的58.3万亩粮食播种面积任务 → 粮食播种面积任务).
    const task = setAbove && !namedGoal ? TASK_AFTER.exec(after)?.[0] : undefined;
    if (task !== undefined) columns.indicator[row] = task;
    columns.topic[row] = sentenceAt.topic;
    columns.low[row] = quantity && Number.isFinite(quantity.interval.low) ? quantity.interval.low : null;
    columns.high[row] = quantity && Number.isFinite(quantity.interval.high) ? quantity.interval.high : null;
    columns.amount[row] = quantity?.amount ?? null;
    columns.sentence[row] = sentenceAt.written;
    const rowYear = columns.year[row];
    columns.period[row] = status === 'reference' ? null : (total || averaged) && totals.years > 0 && typeof rowYear === 'number' ? `${rowYear - totals.years + 1}-${rowYear} (${total ? totals.name : '年均'})` : sentencePeriod ?? (section ? `${section.from}-${section.to} (${section.name})`
      : months && typeof rowYear === 'number' ? `${rowYear}-${String(months.from).padStart(2, '0')}/${rowYear}-${String(months.to).padStart(2, '0')} (${months.name})` : null);
    columns.form[row] = cell && unsigned ? messages.draftNegativeInUnit(cell.row, cell.column, cell.unit) : cell ? messages.draftTableCell(cell.row, cell.column, cell.unit, cell.unitFrom) : bracketed ? messages.draftUnitBefore(bracketed.unit) : broken ? messages.draftBrokenNumber()
      : per !== '' ? messages.draftPerUnit(quantity?.unitText ?? '', per) : span ? 'month, span of dates or time'
      : quantity?.unitText === '成' ? messages.draftTenths(quantity.value)
      : quantity?.unit === 'ratio' && !DIGIT.test(written) ? messages.draftFraction(quantity.value)
      : quantity !== null && match.shape === 'quantity' && !DIGIT.test(written) ? messages.draftChineseNumerals(quantity.value) : FORMS[match.shape] ?? null;
    columns.of[row] = null;
    columns.base[row] = null;
    columns.part_of[row] = null;
    columns.counterpart[row] = null;
    columns.guessed[row] = GUESSED;
    columns.sentenceFrom[row] = bounds.from;
    columns.clauseStart[row] = cell ? match.start : clauseFrom;
    const unitApart = inItsUnit !== null && meaning.kind !== 'code' && meaning.kind !== 'date' && meaning.kind !== 'name';
    columns.unit_text[row] = unitApart ? unitText : null;
    columns.unit_start[row] = unitApart ? unitStart : null;
  }
  truncateColumns(columns, rows);
  spanBounds(columns, normalized);
  nameAmongThings(columns, normalized);
  nameBreakdownParts(columns, normalized);
  shareCountNames(columns, normalized);
  nameSentenceTopics(columns, normalized);
  nameBareMeasures(columns, normalized);
  nameAccountSubjects(columns, normalized);
  nameFindings(columns, normalized);
  namePlaceMeasures(columns, normalized);
  nameSecondMeasures(columns, normalized);
  assignListIndicators(columns, normalized);
  nameListTotals(columns, normalized);
  nameAnomalies(columns);
  nameRanks(columns, rankRows);
  yearsOfLists(columns, normalized, layout.reviewYear);
  restatedEstimates(columns, cellRows);
  namePlanRatios(columns, normalized);
  fromTo(columns, normalized, layout.reviewYear);
  nameIntensities(columns);
  lastYearFigures(columns, normalized);
  nameChanges(columns, normalized);
  nameBudgetLines(columns, normalized);
  nameListMeasures(columns, normalized);
  nameListSiblings(columns, normalized);
  nameShareBases(columns, normalized);
  nameHolidayFigures(columns, normalized, layout.headings);
  nameStreaks(columns, normalized);
  nameSuperlatives(columns, normalized);
  nameSectionSubjects(columns, normalized);
  nameGrowthProperties(columns, normalized);
  readProgress(columns, normalized);
  nameMilestones(columns, normalized);
  nameBudgetSections(columns, normalized);
  nameDoublings(columns);
  namePerHeadGroups(columns);
  nameSectionDuplicates(columns, normalized);
  guessLinks(columns, normalized);
  namePartsOfWork(columns, normalized);
  const { links, notes, indicator, status, year } = columns;
  // A note that calls the year's figures preliminary (本公报数据为年报初步统计数) makes its results estimates.
  const preliminary = preliminaryYear(normalized, layout.reviewYear);
  // So does one that calls some figures preliminary (地区生产总值、各产业增加值…为初步核算数) those figures.
  const accounts = layout.reviewYear !== null ? preliminaryAccounts(normalized) : [];
  // No result is of a year after the one the document is given in (2026—2028年，到期政府债券本金分别为…, in a report of February 2026):
  // a figure of a later year the text reports is scheduled or foreseen, an estimate. Where the document gives no date, nothing is later.
  const latest = givenYear === null ? Infinity : Math.max(givenYear, layout.reviewYear ?? givenYear);
  let perOfLast = '';
  // A name put together from the text around its figure keeps no space of a page's wrap (增速比上年\n加快: see `unwrapLines`).
  for (let row = 0; row < rows; row += 1) {
    links[row] = notes.get(row)?.join('; ') ?? null;
    indicator[row] = withoutSpace(indicator[row] as string);
    // A景区全年接待游客: the whole year inside a name is the figure's year, which its row says.
    if ((indicator[row] as string).includes('全年')) indicator[row] = (indicator[row] as string).replace(YEAR_INSIDE, '');
    // 规模以上企业仅占企业总数, 执业医师数仍低于全省平均水平: an adverb before a share or a comparison is no part of its name.
    if ((indicator[row] as string).includes('仅') || (indicator[row] as string).includes('仍')) indicator[row] = (indicator[row] as string).replace(ADVERB_INSIDE, '');
    // 社会消费品零售总额增速较上年回落: the year compared with is the change's, not part of its name.
    if (columns.kind[row] === 'pp_change' && SPEED_COMPARED.test(indicator[row] as string)) indicator[row] = (indicator[row] as string).replace(SPEED_COMPARED, '$1');
    // 其中外地车辆占38.5%: a share named by its part and 占 alone is the part's share (外地车辆占比).
    // Not after 约 (外地车辆约占: the name keeps that the share is about so much, which its surface does not say).
    if (columns.kind[row] === 'share' && (indicator[row] as string).length >= 3 && PART_SHARE_END.test(indicator[row] as string)) indicator[row] = `${(indicator[row] as string).replace(PART_SHARE_END, '')}占比`;
    // 一季度全市地区生产总值520.3亿元: the months are the figure's period, not part of its name.
    if (MONTHS_PERIOD.test(columns.period[row] ?? '')) {
      const name = (indicator[row] as string).replace(MONTHS_OPENING, '');
      if (name.length >= 2) indicator[row] = name;
    }
    // 一般公共预算收入五年累计完成296.4亿元: a total over years says so in its name, that the year's figure of the same name is told apart.
    if (columns.period[row] !== null && YEARS_SPAN.test(columns.period[row] as string) && (columns.kind[row] === 'level' || columns.kind[row] === 'count') && !TOTALLED.test(indicator[row] as string)
      && (indicator[row] as string).length >= 2 && TOTALLED.test(normalized.slice(columns.clauseStart[row], columns.end[row]))) indicator[row] = `${indicator[row]}累计`;
    // 提高到每人每月780元: what the amount is per is part of what it measures, which its unit (元) does not say: the name says it. So it
    // is of the figure right after it in a list or a change (每人每月780元和640元, 由每人每月780元提高到810元).
    const start = columns.start[row] as number;
    const per = PER_BEFORE.exec(normalized.slice(Math.max(0, start - PER_BEFORE_REACH), start))?.[0]
      ?? (perOfLast !== '' && columns.unit[row] === columns.unit[row - 1] && PER_CARRIED.test(normalized.slice(columns.end[row - 1] as number, start)) ? perOfLast : undefined);
    perOfLast = '';
    if (per !== undefined && (columns.kind[row] === 'level' || columns.kind[row] === 'count') && (indicator[row] as string).length >= 2 && !(indicator[row] as string).includes(`（${per}）`)) {
      const name = (indicator[row] as string).replace(PER_BEFORE, '').replace(BY_ALONE, '');
      // 按每生每天5元标准补助: a standard named after it, where the words before name nothing but the per.
      const standard = name === '' ? STANDARD_AFTER.exec(normalized.slice(columns.end[row] as number, (columns.end[row] as number) + STANDARD_REACH)) : null;
      indicator[row] = `${name.length >= 2 ? name : standard ? `${standard[1] ?? ''}标准` : indicator[row]}（${per}）`;
      perOfLast = per;
    }
    // 审结涉黑涉恶案件3件45人: the people counted right after a count of cases are the people of those cases.
    if (row > 0 && columns.unit[row] === 'person' && columns.kind[row] === 'count' && columns.kind[row - 1] === 'count' && CASES.has(columns.unit[row - 1] as string)
      && columns.end[row - 1] === start && indicator[row] === indicator[row - 1]) {
      const cases = (indicator[row] as string).replace(CASE_ACT_OPENING, '');
      indicator[row] = `${cases}${cases.endsWith('案件') ? '涉案人员' : '涉及人员'}`;
    }
    // 完成全年目标任务16.5亿元的52.4%: a share of the year's goal done is the rate the goal is completed at, of what the figure before measures.
    if (columns.kind[row] === 'share' && GOAL_SHARE_BEFORE.test(normalized.slice(Math.max(columns.clauseStart[row] as number, start - GOAL_SHARE_REACH), start))
      && (indicator[row] as string).length >= 2 && !RATE_NAMED.test(indicator[row] as string)) indicator[row] = `${indicator[row]}目标完成率`;
    // 每千人口执业（助理）医师2.86人、注册护士3.31人: the people a rate is per hold for the items listed after it.
    const scope = row > 0 && columns.unit[row] === columns.unit[row - 1] ? PER_PEOPLE.exec(indicator[row - 1] as string)?.[0] : undefined;
    if (scope !== undefined && !(indicator[row] as string).startsWith('每') && (indicator[row] as string).length >= 2
      && LISTED_AFTER.test(normalized.slice(columns.end[row - 1] as number, start)) && normalized.slice(columns.end[row - 1] as number, start).endsWith(indicator[row] as string)) {
      indicator[row] = `${scope}${indicator[row]}`;
    }
    if (accounts.length > 0 && status[row] === 'actual' && year[row] === layout.reviewYear && accounts.some((name) => (indicator[row] as string).includes(name))) status[row] = 'estimate';
    if (status[row] === 'actual' && ((preliminary !== null && year[row] === preliminary) || (year[row] ?? -Infinity) > latest)) status[row] = 'estimate';
  }
  const { sentenceFrom: _sentenceFrom, clauseStart: _clauseStart, notes: _notes, ...claims } = columns;
  return { claims: table(Object.fromEntries(EXTRACT_COLUMNS.map((column) => [column, claims[column]]))), layout };
}

/**
 * The draft claims of a document's text: `extractDraft(text, options).claims` (see there for what
 * is read and how).
 *
 * @param text - The document text (any string).
 * @param options - See `ExtractOptions`.
 * @returns The draft claims, one row per numeric expression, in text order.
 * @example
 * extractClaims('全年接待游客4494万人次、旅游综合收入217亿元,均增长10%以上。').select('surface', 'unit', 'kind', 'indicator').objects()
 * // => [{ surface: '4494万人次', unit: 'person_time', kind: 'count', indicator: '接待游客' }, { surface: '217亿元', unit: 'yuan', kind: 'level', indicator: '旅游综合收入' }, { surface: '10%以上', unit: 'percent', kind: 'growth', indicator: '接待游客增长;旅游综合收入增长' }]
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ColumnTable {
  return extractDraft(text, options).claims;
}

/** A word of the measure a standard is given by, alone (按, 按照). */
const BY_ALONE = /^(?:按照|按|以)$/;
/** The standard a per amount is, named after it (5元标准补助, 500元的标准发放). */
const STANDARD_AFTER = /^的?标准(?:进行|予以|给予)?(补助|补贴|发放|奖励|资助|救助)?/;
const STANDARD_REACH = 8;
/** The people a rate is per, opening its name (每千人口, 每万常住人口拥有). */
const PER_PEOPLE = /^每(?:十万|千|万|百)(?:常住)?(?:人口|人|户籍人口)(?:拥有)?/;
/** The words between two items of a list, the second named alone (、注册护士). */
const LISTED_AFTER = /^[、和及][\u4e00-\u9fa5（）()]{2,16}$/;

/** Units of cases, and the acts a name of cases opens with (审结, 查处), which the people of the cases are not named by. */
const CASES: ReadonlySet<string> = new Set(['case', 'piece', 'event']);
const CASE_ACT_OPENING = /^(?:审结|执结|受理|办理|查处|查办|侦破|破获|起诉|判处|办结)/;
/** The words of a goal done before its share (完成全年目标任务16.5亿元的, 完成市下达目标任务2.4万人的), and a name that says it is a rate already. */
const GOAL_SHARE_BEFORE = /完成[^，,；;。]{0,10}目标(?:任务)?[^，,；;。]{0,14}的\s*$/;
const GOAL_SHARE_REACH = 32;
const RATE_NAMED = /(?:率|比例|比重|占比)$/;
/** A name that is only the word fronting an object (依法将, 把): what is done to it, after the figure, names it. */
const FRONTED = /^(?:依法|全部|共|先后)?(?:将|把)$/;
const AFTER_NAME_REACH = 24;
/**
 * What an amount is per, written right before it (每人每月780元, 每亩每年500元); also what a name ends with (义务教育学校生均公用经费
 * 标准小学每生), which the per said in full replaces.
 */
const PER_BEFORE = /(?:每(?:人|户|生|亩|床|公里|平方米|月|年|天|日|学年|次)){1,3}$/;
const PER_BEFORE_REACH = 9;

/** How long the name after a bare number may be (4.2万农村贫困人口): a longer run (12.6万农村人口供水保障水平) is more than what is counted. */
const BARE_COUNT_NAME = 6;

/** An average over years in a clause (年均增长), at the end of a name (地区生产总值年均), or in a column heading (年均增长〔累计〕). */
const AVERAGED_IN_CLAUSE = /年均|平均每年/;
const AVERAGE_END = /(?:年均|平均每年)$/;

/** Whether the text between two sentences ends the months the first opened with: a new paragraph, or a time of its own. */
const endsMonths = (between: string): boolean => between.includes('\n') || namesTime(between);

/** More or less than a year before, with the verb of what was done (比上年多争取, 同比少发生): an amount of change, more is 增加 and less 减少. */
const MORE_OR_LESS = /(?:比上年|较上年|比去年|较去年|同比)(?:同期)?([多少])[\u4e00-\u9fa5]{0,2}$/;
/**
 * The words a change with no name of its own is named by, from its clause: 年均 if it is an average, then its last word of change,
 * or 增加/减少 for more or less than a year before (比上年多争取); '' where none.
 */
const averagedChange = (clause: string): { averaged: boolean; change: string } => {
  const cue = CHANGE_CUE.exec(clause)?.[1];
  const more = cue === undefined ? MORE_OR_LESS.exec(clause)?.[1] : undefined;
  return { averaged: AVERAGED_IN_CLAUSE.test(clause), change: cue ?? (more === '多' ? '增加' : more === '少' ? '减少' : '') };
};

/** Words of a clause that make its figure a total or an average over years (累计, 年均, 五年增长). */
const OVER_YEARS = /累计|年均|平均每年|五年/;
/** Words of a goal over the years of the plan (年均, 五年): not 累计, which a goal for a year on the way says (到2027年累计建成…). */
const OVER_PLAN = /年均|平均每年|五年/;
/** The last characters of the words before a figure of a change from one to the other (由, 从, 到, 至): the pattern is tried only after them. */
const FROM_OR_TO_LAST = '由从到至';
/** A sentence that lists the difficulties or problems that remain now (当前…还面临一些困难：一是…), not those a plan addresses (聚焦企业面临的困难：…). */
const PROBLEMS = /(?:当前|目前|同时|但|还|仍|依然)[^，,。；;：:]{0,12}(?:面临|存在)[^，,。；;：:]{0,8}(?:困难|问题|挑战|不足|短板)(?:[：:]|，?主要(?:是|有|表现在))/;
/** A bound a province or city set, named right before it (控制在省定25%以内, 低于市下达的…). */
const SET_CAP_BEFORE = /(?:省|市)(?:定|下达的?|核定的?)\s*$/;
/** A year written (2025年). */
const WRITES_YEAR = /(?:19|20)\d{2}\s*年/;
/** A sentence that opens with years it reviews (五年来, 过去五年, “十四五”时期, 十四五以来). */
const YEARS_OPENING = /^\s*(?:各位代表[，,])?(?:五年来|过去五年|近五年|“?十[一二三四五六]五”?(?:时期|期间|以来))/;
/** The last year of a period as the `period` column writes it (2026-2030 (十五五) → 2030). */
const PERIOD_END = /^\d{4}-(\d{4})/;

/** The words of rank around the verb between two ranks (位上升至第, 名下降到第). */
const RANK_AROUND = /^\s*[位名]|第\s*$/g;
/** The verbs of "由x增至y", what lies between the two figures (由x提高到y; 由第12位跃升至第3位). */
const FROM_TO_VERBS = '增至|增加到|增加至|增长到|增长至|提高到|提高至|提升到|提升至|上升到|上升至|扩大到|扩大至|达到|降至|下降到|下降至|减少到|减少至|降低到|降低至|缩小到|缩小至|压缩到|压缩至|缩短到|缩短至|压减到|压减至|精简到|精简至|延长到|延长至|跃升至|跃升到|前移至|前移到|上升为|下降为|提高为|提升为|降低为|增加为|减少为|缩小为|扩大为|压降至|压降到|压降为|调整为|调整到|调整至|优化为|优化到|优化至';
const FROM_TO = new RegExp(`^(?:${FROM_TO_VERBS})$`);
/** The words between two figures that make the second of what the first is per (和, 、, 提高到). */
const PER_CARRIED = new RegExp(`^(?:和|、|及|与|至|到|-|—|${FROM_TO_VERBS})$`);
/** The words before the first or the second figure of a change from one to the other (由, 提高到); not 达到, which a level alone is said with. */
const FROM_OR_TO = new RegExp(`(?:由|从|${FROM_TO_VERBS.split('|').filter((verb) => verb !== '达到' && !verb.endsWith('为')).join('|')})\\s*$`);

/** 由/从 with the year of the figure after it (由2020年的7.2万元, 从2023年底的): the figure's year is the one named. */
const FROM_YEAR_BEFORE = /(?:由|从)\s*((?:19|20)\d{2})年(?:底|末)?的?$/;
/** 由/从 the year before the figure after it (由上年同期的2.13缩小到2.06, 从去年底的): the first figure is of that year, over the same months. */
const FROM_LAST_YEAR = /(?:由|从)\s*(?:上年|去年|上一年)(?:同期|底|末)?的?$/;
/** 全年 inside a name, after its subject and before what is done (A级景区全年接待游客); not a year compared with (增速比上年全年加快) nor the whole a share is of (占全年总量). */
const YEAR_INSIDE = /(?<=[\u4e00-\u9fa5A-Za-z]{2})(?<!上年|去年|今年|同期|占|完成|实现)全年(?=[\u4e00-\u9fa5]{2})/;
/** 仅 or 仍 inside a name, before a share or a comparison (规模以上企业仅占企业总数, …仍低于全省平均水平); not 不仅, nor 还, which ends words (偿还). */
const ADVERB_INSIDE = /(?<=[\u4e00-\u9fa5A-Za-z）)]{2})(?<!不)(?:仅|仍)(?=占|低于|高于|为|达|不足)/;
/** A period of years (2021-2025 (十四五)). */
const YEARS_SPAN = /^\d{4}-\d{4} /;
/** The words of a total over years (累计, 合计, 共计). */
const TOTALLED = /累计|合计|共计/;
/** A period of months (2025-01/2025-03 (一季度)), which a name need not say again. */
const MONTHS_PERIOD = /^\d{4}-\d{2}\//;
/** The months and the area a name opens with (一季度全市地区生产总值, 当月社会消费品零售额), said by a period of months. */
const MONTHS_OPENING = new RegExp(`^(?:(?:19|20)\\d{2}年|今年|去年)?(?:${PART_OF_YEAR}|\\d{1,2}月份?)?(?:当月|本月|累计)?(?:${WHOLE_AREAS})?`);
/** A period of months of one year (2025-01/2025-09 (前三季度)): its year, to be moved back for the year before. */
const MONTHS_OF_YEAR = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})( .*)?$/;
/** A year a sentence opens with as its time (2025年，…; 2024年度，…). */
const OPENS_WITH_YEAR = /^((?:19|20)\d{2})年度?[，,]/;
/** A year in brackets before the figure it is of (（2025年为79.1岁）). */
const BRACKETED_YEAR_REACH = 16;
const BRACKETED_YEAR = /[（(]\s*((?:19|20)\d{2})年(?:底|末)?(?:为|是|达到|达)\s*$/;
/**
 * Words for the rest of the year a document is of (全年, 四季度): a target without a year of its own is for that year, except in a
 * document written after the year it reports (a bulletin, an audit report). 今年 is left out: a bulletin writes it for the year after.
 */
const THIS_YEAR = /全年|年内|年底前|四季度|下半年/;
/** The documents written after the year they report (a bulletin, an audit report): the rest of the year is not theirs. */
const WRITTEN_AFTER: ReadonlySet<DocumentType> = new Set<DocumentType>(['bulletin', 'audit_report']);
/** A time up to which a sentence reports, opening a clause (截至2025年11月底已完工112个; not 较截至2025年末增加): the year of what was done by then. */
const UP_TO_YEAR = /(?:^|[（(，,；;：:])\s*(?:截至|截止到|截止)\s*((?:19|20)\d{2})年/;
/** What stands between a year and its figure (2022年的8.4万元, 2025年底的). */
const YEAR_TO_FIGURE = /^(?:底|末)?的?$/;

/**
 * "城镇化率由60.1%提高到62.4%", "从1.2万户增至1.5万户": both figures measure the indicator named
 * before 由/从, the first the year before the second; the first's year and the second's name and
 * kind follow from that, and the note says so. Where the text names the years
 * (由2020年的7.2万元提高到2022年的8.4万元), each figure has the year named before it; over a period
 * (“十四五”时期…由x提高到y) the first is of the year before the period, the second of its last; in a
 * plan (由66.8%提高到71%) the first is the result of the year reviewed, the second the target.
 */
function fromTo(columns: DraftColumns, text: string, reviewYear: number | null): void {
  const { start, end, unit, indicator, kind, direction, year, status, period, value } = columns;
  // The years of the last change that names them, in its sentence (由2020年的118家增加到2025年的196家).
  let named: { sentence: number; from: number; to: number } | null = null;
  for (let to = 1; to < start.length; to += 1) {
    // The second figure's year, where the text names it between the verb and the figure (提高到2022年的8.4万元).
    const dated = kind[to - 1] === 'date' && to >= 2 && /^\d{4}$/.test(value[to - 1] as string) && YEAR_TO_FIGURE.test(text.slice(end[to - 1], start[to]).trim());
    const from = dated ? to - 2 : to - 1;
    // Ranks (由第7位上升至第5位) have their 位 and 第 on either side of the verb.
    const ranks = kind[from] === 'ordinal' && kind[to] === 'ordinal';
    const written = dated ? text.slice(end[from], start[to - 1]).trim() : text.slice(end[from], start[to]);
    const between = ranks ? written.replace(RANK_AROUND, '') : written;
    // Between the figures stands the verb alone, or the verb and the second figure's year (提高到2022年的).
    if (unit[from] !== unit[to] || !FROM_TO.test(between)) continue;
    const around = clauseOf(columns, text, from);
    const clause = ranks ? around.replace(/第$/, '') : around;
    const fromYear = FROM_YEAR_BEFORE.exec(clause);
    const lastYear = !fromYear && FROM_LAST_YEAR.exec(clause);
    if (!fromYear && !lastYear && !FROM_BEFORE.test(clause)) continue;
    // The name stands before 由 and the year after it: 农村居民人均可支配收入由2020年的.
    // A name written there outweighs one a figure before lent it (累计招引项目312个；高新技术企业数量由2020年的118家…).
    if (fromYear) indicator[from] = guessIndicator(clause.slice(0, fromYear.index)) || (indicator[from] as string);
    if (lastYear) indicator[from] = guessIndicator(clause.slice(0, lastYear.index)) || (indicator[from] as string);
    indicator[to] = indicator[from] as string;
    kind[to] = kind[from] as Kind;
    direction[to] = direction[from] as Direction | null;
    let how = fromYear ? 'of the year named before it' : 'a year before the one after';
    const toYear = year[to];
    if (lastYear && status[from] !== 'reference' && typeof toYear === 'number') {
      // 由上年同期的2.13缩小到2.06: the first figure is of the year before the second's, over the same months.
      year[from] = toYear - 1;
      const months = MONTHS_OF_YEAR.exec(period[from] ?? '');
      if (months && months[1] === months[3] && Number(months[1]) === toYear) period[from] = `${toYear - 1}-${months[2]}/${toYear - 1}-${months[4]}${months[5] ?? ''}`;
      how = 'of the year before the one after';
    } else if (fromYear && status[from] !== 'reference') {
      // 由2020年的60.1%提高到62.4%: the first figure is of the year named; the second of its own (the one named before it, else as read).
      year[from] = Number(fromYear[1]);
      if (dated) year[to] = Number(value[to - 1]);
      // A goal from a level of a year reviewed (床位由2025年的680张增加到850张, in a plan): the first figure is that year's result.
      if (status[from] === 'target' && reviewYear !== null && Number(fromYear[1]) <= reviewYear) {
        status[from] = 'actual';
        how = 'the result of the year named that the target starts from';
      }
      if (typeof year[to] === 'number') named = { sentence: columns.sentenceFrom[to] as number, from: year[from] as number, to: year[to] as number };
    } else if (named !== null && named.sentence === columns.sentenceFrom[from] && status[from] !== 'reference' && status[from] === status[to] && year[to] === named.to) {
      // 规模以上工业企业由2020年的118家增加到2025年的196家，…高新技术企业由27家增加到58家: a change after one that names its years is
      // over the same years.
      year[from] = named.from;
      how = 'of the year the change before it in its sentence starts from';
      // In a plan (床位由2025年的680张增加到850张，注册护士由2300人增加到2600人), that year's level is its result.
      if (status[from] === 'target' && reviewYear !== null && named.from <= reviewYear) status[from] = 'actual';
    } else {
      // Over a period (“十四五”时期…由x提高到y) the first figure is of the year before the period starts, the second of its last year.
      const over = PERIOD_YEARS.exec(period[from] ?? '');
      if (status[from] === 'target' && status[to] === 'target' && reviewYear !== null) {
        // A goal from the level of now (由66.8%提高到71%, in a plan): the first figure is the result of the year reviewed.
        status[from] = 'actual';
        year[from] = reviewYear;
        how = 'the result of the year reviewed that the target starts from';
      } else if (over && status[from] !== 'reference' && period[from] === period[to]) {
        year[from] = Number(over[1]) - 1;
        year[to] = Number(over[2]);
        how = 'of the year before its period';
      } else if (typeof toYear === 'number' && status[from] !== 'reference' && !period[from] && !period[to]) year[from] = toYear - 1;
    }
    noteLink(columns, from, `from-to: the figure before 增至/提高到, ${how}`);
    noteLink(columns, to, 'from-to: the figure after 增至/提高到');
    // 由…增加到268.9亿元，年均增长7.2%: a growth rate right after, with no name of its own, is of what went from one to the other.
    const next = to + 1;
    if (next < start.length && kind[next] === 'growth' && indicator[next] === '' && columns.sentenceFrom[next] === columns.sentenceFrom[to] && indicator[to] !== '') {
      const growthClause = clauseOf(columns, text, next);
      const { averaged, change } = averagedChange(growthClause);
      indicator[next] = `${indicator[to]}${averaged ? '年均' : ''}${change || '增长'}`;
      noteLink(columns, next, 'from-to: a growth rate after the figures, named after them');
      // An average over the years from the one to the other (2016年的x增加到2021年的y，年均增长7.2%) is over 2017–2021.
      const [first, last] = [year[from], year[to]];
      if (averaged && !period[next] && typeof first === 'number' && typeof last === 'number' && last - first > 1) period[next] = `${first + 1}-${last} (${first}—${last}年年均)`;
    }
  }
}

/** An average per one of something, alone before its figure (村均, 户均, 人均): the name 均 leaves is the one character. */
const PER_EACH = /(?<![\u4e00-\u9fa5])([村户人亩场家生])均(?:为|达到|达)?$/;
/** A word of total that an average of the total does not keep (总收入 → 收入). */
const TOTAL_WORD = /总(?=[\u4e00-\u9fa5]{1,4}$)/;

/** Words of change just before an amount (增加2.1亿元, 比上年减少3万人): the amount is the change. */
const AMOUNT_CHANGE_WORDS = ['增加', '减少', '下降', '增长', '提高', '降低', '多增', '少增', '净增', '净减少', '缩短', '延长'];
const AMOUNT_OF_CHANGE = new RegExp(`(${AMOUNT_CHANGE_WORDS.join('|')})了?\\s*$`);
/** The last characters of those words (and 了), marked 1 in a table indexed by the UTF-16 unit. */
const CHANGE_LAST = new Uint8Array(0x10000);
for (const word of [...AMOUNT_CHANGE_WORDS, '了']) CHANGE_LAST[word.charCodeAt(word.length - 1)] = 1;


/** A name of an amount of change (企业增加, 常住人口减少), as `nameChanges` and the naming of a change after its level give it. */
const AMOUNT_CHANGED = new RegExp(`(?:${[...AMOUNT_CHANGE_WORDS, '缩小', '扩大', '回落'].join('|')})$`);
/** What joins two figures of a list (3个、8.2亿元; 3个和8.2亿元). */
const LIST_JOIN = /^\s*(?:、|和|及)\s*$/;

/** A table cell's name whose column heading is a change (地区生产总值(比上年增长), 常住人口(同比)): it is named by its column already. */
const COLUMN_OF_CHANGE = /\([^()]*(?:增|降|比上年|同比|比去年)[^()]*\)$/;
/** The column a table cell's name ends with (固定资产投资增速(计划)). */
const TABLE_COLUMN = /\([^()]*\)$/;
/** A column heading that names a change (比上年增长（%）, 增速, 同比): its cells are changes of their rows. */
const CHANGE_HEADING = /增|降|比上年|同比|比去年/;

/**
 * A growth rate or a change in points (or basis points) is named by what changes and how: 地区生产总值增长, not
 * 地区生产总值 (that is the level's name). The word is the clause's own (下降, 提高…), else 增长.
 */
function nameChanges(columns: DraftColumns, text: string): void {
  const { kind, indicator, direction } = columns;
  for (let i = 0; i < kind.length; i += 1) {
    const name = indicator[i] as string;
    // "国有土地使用权出让收入减少2.1亿元": an amount of change, named by its word of change, not as the level it changes; so is a range of change (增长5%—5.5%).
    if (kind[i] === 'level' || kind[i] === 'count' || columns.form[i] === FORMS.range) {
      // Most amounts follow no word of change: its last character is looked at before any pattern is.
      if (name === '' || !CHANGE_LAST[text.charCodeAt(lastBefore(text, columns.start[i] as number))] || name.includes(';')) continue;
      const clause = clauseOf(columns, text, i);
      const change = AMOUNT_OF_CHANGE.exec(clause.slice(-8))?.[1];
      // 净增58家 named 净增规模以上工业企业 says its change already, first.
      if (change !== undefined && !name.endsWith(change) && !name.startsWith(change)) indicator[i] = `${name}${change}`;
      continue;
    }
    if ((kind[i] !== 'growth' && kind[i] !== 'pp_change' && kind[i] !== 'bp_change') || name === '' || name.includes(';')) continue;
    const measured = name.endsWith(']') ? name.replace(LIST_POSITION, '') : name;
    if (CHANGE_END.test(measured.replace(TABLE_COLUMN, '')) || ENDS_COMPARED.test(measured) || COLUMN_OF_CHANGE.test(measured) || GAP_NAMED.test(measured)) continue;
    const clause = clauseOf(columns, text, i);
    const words = clause.match(CHANGE_IN_CLAUSE);
    const word = words?.at(-1) ?? (direction[i] === 'down' ? '下降' : '增长');
    // 住宿餐饮业增速较上年回落2.1个百分点: a change in points of a growth rate is of the rate (住宿餐饮业增速回落), which the name lost.
    const speed = kind[i] === 'pp_change' ? SPEED_CHANGED.exec(clause)?.[1] : undefined;
    indicator[i] = name.replace(measured, `${measured}${speed !== undefined && !measured.includes(speed) ? speed : ''}${word}`);
  }
}

/** A name of a gap between two figures (低于省定警戒线, 两者相差): a difference, which takes no word of change. */
const GAP_NAMED = /低于|高于|快于|慢于|相差|领先|落后/;
/** The words of a change in points of a growth rate, and the year it is compared with (比上年, 同比). */
const SPEED_MOVES = '回落|提高|加快|放缓|下降|上升|收窄|扩大|回升|降低|减少|增加';
const YEAR_COMPARED = '比上年|较上年|比去年|较去年|同比';
/** A growth rate and the year it is compared with inside a name of its change (增速较上年回落). */
const SPEED_COMPARED = new RegExp(`(增速|增幅)(?:${YEAR_COMPARED})(?=${SPEED_MOVES})`);
/** A growth rate a change in points is said of, before its word of change (增速较上年回落). */
const SPEED_CHANGED = new RegExp(`(增速|增幅)(?:${YEAR_COMPARED})?(?:${SPEED_MOVES})\\s*$`);
/** A share named by its part and 占 alone (外地车辆占, 仅占), not 约占. */
const PART_SHARE_END = /(?<!约)(?:仅)?占$/;

/** What separates the items of a list (批发、零售和住宿业; 百日咳、梅毒和淋病). */
const LIST_SEPARATOR = /[、和及与]/;
/** What separates items alone, never joining words inside one. */
const ITEM_SEPARATOR = /、/;

/**
 * Words that contract the items of a list, as reports write them: 城乡居民… with two figures is the
 * urban and the rural one, 存贷款余额 the deposits and the loans, “批零住餐”营业额 the four trades.
 */
const CONTRACTIONS: readonly { word: string; items: readonly string[] }[] = [
  { word: '城乡', items: ['城镇', '农村'] },
  { word: '存贷款', items: ['存款', '贷款'] },
  { word: '进出口', items: ['进口', '出口'] },
  { word: '批零住餐', items: ['批发业', '零售业', '住宿业', '餐饮业'] },
  { word: '批零', items: ['批发业', '零售业'] },
  { word: '住餐', items: ['住宿业', '餐饮业'] },
];

/** How long the items before the last may be for the last to be read as theirs with the name they share (城镇、农村常住居民…). */
const SHARED_HEAD_ITEM = 4;

/**
 * The items of a list that share the name written once after the last (城镇、农村常住居民人均可支配收入;
 * 工业和服务业增加值; 科技型、高新技术和“专精特新”企业): each short item before the last takes the
 * last's name. The last item's own word ends where the item before it ends (工业 → 服务业), else it is
 * as long as that item (城镇 → 农村). Items that are not short, or a list of another length than the
 * figures, are kept as they are.
 */
function sharedHead(items: string[], count: number): string[] {
  const last = items[items.length - 1] as string;
  const previous = items[items.length - 2] as string;
  if (items.length !== count) return items;
  if (items.slice(0, -1).some((item) => item.length > SHARED_HEAD_ITEM || item.length >= last.length)) {
    // Items of any length (化学需氧量、氨氮、…、挥发性有机物重点工程减排量) share a measure the last ends with, where none of them names one.
    const measure = MEASURE_HEAD.exec(last);
    return measure && measure.index >= 2 && items.slice(0, -1).every((item) => !MEASURE_HEAD.test(item)) ? [...items.slice(0, -1).map((item) => `${item}${measure[0]}`), last] : items;
  }
  const same = last.indexOf(previous.slice(-1));
  const head = last.slice(same >= 0 && same < last.length - 2 ? same + 1 : previous.length);
  if (head.length < 2 || items.slice(0, -1).some((item) => item.endsWith(head))) return items;
  return [...items.slice(0, -1).map((item) => `${item}${head}`), last];
}

/**
 * Measures a list's last item may end with that its other items share (二氧化硫、二氧化氮年平均浓度; 企业、高等学校经费所占比重),
 * longest first where one ends another.
 */
const MEASURE_HEAD = /(?:重点工程减排量|减排量|排放总量|排放量|年平均浓度|年均浓度|平均浓度|浓度|经费所占比重|所占比重|比重|增加值|营业收入|营业额|产量|产值|达标率|合格率|覆盖率)$/;

/**
 * The items of the list before 分别: split at 、和及与, each named with the bound it opens with (`listItem`), the items before
 * the last taking the name they share with it (`sharedHead`), those after the first the per they share with it (`sharedPer`);
 * a single name with a contraction of as many items as figures (`CONTRACTIONS`: 城乡, 存贷款, 批零住餐…) is one name per item.
 */
function listItems(list: string, count: number): string[] {
  // Items joined by 、 alone first, where as many as the figures: an item may have 和 inside it (批发和零售业、住宿和餐饮业).
  const whole = list.includes('、') ? list.split(ITEM_SEPARATOR).map(listItem).filter((item) => item !== '') : [];
  const items = whole.length === count && count > 1 ? whole : list.split(LIST_SEPARATOR).map(listItem).filter((item) => item !== '');
  if (items.length !== 1) return items.length > 1 ? sharedPer(sharedHead(items, count)) : items;
  const name = items[0] as string;
  const contraction = CONTRACTIONS.find(({ word, items: parts }) => parts.length === count && name.includes(word));
  // 进出口总额 stays whole where its figures are one each of something else (进出口总额和增速分别…).
  return contraction ? contraction.items.map((item) => name.replace(contraction.word, item)) : items;
}

/** What a list's first item is counted per (每千常住人口床位数、执业（助理）医师数…): the items after it that say no per of their own share it. */
const PER_OPENING = /^每[千万百十](?:名|个)?(?:常住人口|户籍人口|人口|老年人|学生|人|户)/;

/** A measure that may be counted per something (医师数, 注册护士数), not a total (卫生技术人员总数, 专利授权量). */
const PER_MEASURE = /(?<!总)数$/;

/** The items of a list, those after the first counted per what the first is counted per where they say no per of their own and are such a measure. */
function sharedPer(items: string[]): string[] {
  const per = PER_OPENING.exec(items[0] as string)?.[0];
  return per === undefined ? items : items.map((item, k) => (k === 0 || item.startsWith('每') || !PER_MEASURE.test(item) ? item : `${per}${item}`));
}

/**
 * The name of a running total of the things a name of new things counts (新增企业 → 企业累计), with its word of change if any; a name
 * that says it is a total already (累计发放个人住房贷款) does not say it twice.
 */
const runningTotal = (name: string, cue: string): string => (TOTALLED.test(name) ? `${name}${cue}` : `${name.replace(NEW_THINGS_OPENING, '')}累计${cue}`);

/** A bound an item of a list opens with, which sets its things apart (5岁以下儿童死亡率, 65周岁及以上老年人): part of its name. */
const BOUND_OPENING = /^\s*\d+(?:\.\d+)?(?:岁|周岁|万元|元|万人|人|%|亩|吨)?(?:及以上|及以下|以上|以下)(?=[\u4e00-\u9fa5])/;

/** The name of one item of a list: its indicator, with the bound it opens with (5岁以下儿童死亡率). */
function listItem(item: string): string {
  const bound = BOUND_OPENING.exec(item);
  if (bound === null) return guessIndicator(item);
  const name = guessIndicator(item.slice(bound[0].length));
  return name === '' ? '' : `${bound[0].trim()}${name}`;
}

/** Whether a number's span runs up to a line break that splits it (52.\n4%): the span, or the decimal point after it, ends at one, or one stands just before it. */
function brokenNumber(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end) === 46 ? end + 1 : end;
  return splitsNumber(text, after) || splitsNumber(text, start - 1);
}

/** The verbs a clause without a figure may name a figure by, before the next clause gives it (地区生产总值突破千亿元，达到…). */
const NAMING_VERB = /突破|超过|达到|迈上|跨越|跃上|站上|首次|达/;
/** An amount written in words after that verb (突破千亿元, 迈上万亿大关): the clause names a figure, not a feat (跃上新台阶). */
const AMOUNT_IN_WORDS = /[十百千万亿]|大关/;

/**
 * The name a clause before a figure's own gives it, where that clause, in the figure's sentence,
 * holds no digit and names a subject before a verb of reaching followed by an amount in words:
 * "全市地区生产总值突破千亿元，达到1023.5亿元" → 地区生产总值. '' where there is none (综合实力跃上新台阶).
 */
function nameInClauseBefore(text: string, clauseStart: number, sentenceFrom: number): string {
  const mark = text.charCodeAt(clauseStart - 1);
  if (clauseStart - 1 <= sentenceFrom || (mark !== 0xff0c && mark !== 44)) return '';
  const clause = clauseBefore(text, clauseStart - 1);
  const verb = NAMING_VERB.exec(clause);
  if (!verb || verb.index === 0 || clauseStart - 1 - clause.length < sentenceFrom || /\d/.test(clause) || !AMOUNT_IN_WORDS.test(clause.slice(verb.index))) return '';
  return guessIndicator(clause.slice(0, verb.index));
}

/** A list mark between two figures, or between a name and the next figure: 、和及与. */
const LIST_MARK = /^[、和及与]$/;

/**
 * Counts listed with one name written once: "125栋、1248户城区危房" (the first count takes the
 * name of the next), "25个市级和78个区级重点项目" (the first takes the name the two share:
 * 市级重点项目, see `sharedHead`). Only counts next to each other in one sentence, joined by a list
 * mark, are read so.
 */
function shareCountNames(columns: DraftColumns, text: string): void {
  const { start, end, kind, indicator, sentenceFrom } = columns;
  for (let i = start.length - 2; i >= 0; i -= 1) {
    const next = i + 1;
    if (kind[i] !== 'count' || kind[next] !== 'count' || sentenceFrom[i] !== sentenceFrom[next] || indicator[next] === '') continue;
    const between = text.slice(end[i], start[next]);
    const name = indicator[i] as string;
    if (name === '' && LIST_MARK.test(between)) indicator[i] = indicator[next] as string;
    else if (name !== '' && between.length === name.length + 1 && between.startsWith(name) && LIST_MARK.test(between.slice(-1))) {
      indicator[i] = sharedHead([name, indicator[next] as string], 2)[0] as string;
    }
  }
}

/** Where the things a clause lists start: after its last 为, 是 or colon (依次为百日咳、梅毒…). */
const LIST_OPENING = /(?:为|是|：|:)([^为是：:]*)$/;

/**
 * The things the clause before `listStart` in its sentence lists after 为 (居前五位的依次为百日咳、梅毒、病毒性肝炎、肺结核和淋病), if
 * it lists exactly `count`; none otherwise.
 */
function listBefore(text: string, sentenceStart: number, listStart: number, count: number): string[] {
  const before = text.slice(sentenceStart, listStart).replace(/[，,]\s*$/, '');
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；')) + 1);
  const list = LIST_OPENING.exec(clause)?.[1];
  if (list === undefined) return [];
  // Items joined by 、 alone first, where as many as the figures: an item may have 和 inside it (批发和零售业、制造业、租赁和商务服务业).
  for (const separator of [ITEM_SEPARATOR, LIST_SEPARATOR]) {
    const things = list.split(separator).map((thing) => thing.trim());
    if (things.length === count && things.every((thing) => thing.length >= 2 && thing.length <= SHORT_NAME && !/\d/.test(thing))) return things;
  }
  return [];
}

/**
 * "批发、零售、住宿、餐饮业营业额分别增长12.3%、8.1%、…": the i-th number after 分别 measures the
 * i-th item of the list before it, and is the same kind of figure as the first. "…4494万人次、
 * …217亿元,均增长10%以上": a number after 均 measures every indicator of the clause before it. A
 * change with no name of its own ("273.46亿元、增长5.5%") is the change of the figure before it.
 * Rows are in text order, so each looks only at its neighbours: the pass is linear.
 */
function assignListIndicators(columns: DraftColumns, text: string): void {
  const { clauseStart, start, end, indicator, sentenceFrom, kind, direction, unit } = columns;
  const rows = start.length;
  // Which of the words a name may be alone row i's name is: a lookup, not a pattern per kind of word.
  const wordOf = (row: number): OneWord | undefined => {
    const name = indicator[row] as string;
    if (((NAME_FIRST[name.charCodeAt(0)] as number) & ONE_WORD_FIRST) === 0) return undefined;
    // Two steps of handling named together (审结、执结171036件) are one.
    return ONE_WORD_NAMES.get(name) ?? (HANDLED_PAIR.test(name) ? 'handled' : undefined);
  };
  for (let i = 0; i < rows; i += 1) {
    const clause = clauseOf(columns, text, i);
    const respectively = clause.indexOf('分别');
    if (respectively >= 0) {
      const listStart = clauseStart[i] as number;
      // A bracket holds a list of its own (分别下降17.9%和22.2%（上年同期分别为28起、18人）): a figure past one opened or closed is in another.
      const inList = (other: number) => other >= 0 && other < rows && clauseStart[other] === listStart && (start[other] as number) > listStart + respectively
        && !BRACKET_MARK.test(text.slice(Math.min(end[other] as number, end[i] as number), Math.max(start[other] as number, start[i] as number)));
      let first = i;
      while (inList(first - 1)) first -= 1;
      let last = i;
      while (inList(last + 1)) last += 1;
      const count = last - first + 1;
      const position = i - first;
      // Only a word of change names a different figure (分别增长 → 增长); 分别达到/为 name the same one.
      // A figure after the first may have a word of change of its own (分别下降16%、上升9.4%): that is its word, and its direction.
      const ownCue = i > first ? OWN_CHANGE.exec(text.slice(end[i - 1] as number, start[i] as number))?.[1] : undefined;
      const shareOf = RESPECTIVELY_SHARE.exec(clause.slice(respectively))?.[1];
      const cue = ownCue ?? RESPECTIVELY_CHANGE.exec(clause.slice(respectively))?.[1] ?? (shareOf !== undefined ? `占${shareOf}比重` : '');
      const items = listItems(clause.slice(0, respectively), count);
      // 科技型、高新技术和“专精特新”企业分别新增115家、7家、4家: new things are named with 新增 before them, as a count of them is.
      const newly = NEWLY_RESPECTIVELY.test(clause.slice(respectively)) ? '新增' : '';
      if (items.length > 1 && position < items.length) indicator[i] = `${newly}${items[position]}${cue}`;
      else if (items.length <= 1) {
        // "接待游客1850万人次,实现旅游综合收入126亿元,分别增长12.5%、15.3%": the list is the figures just before, in the same sentence.
        const named = first - count + position;
        let listed = first - count >= 0 && sentenceFrom[named] === sentenceFrom[i];
        for (let j = first - count; listed && j < first; j += 1) listed = sentenceFrom[j] === sentenceFrom[i] && indicator[j] !== '';
        // "居前五位的依次为百日咳、梅毒…和淋病，分别报告612例、398例…": the clause before lists as many things as figures.
        const things = listed || count < 2 ? [] : listBefore(text, sentenceFrom[i] as number, listStart, count);
        // "…分别达到44180元和22960元，年均分别增长5.2%和7.6%": an average's word before 分别 is the changes' too.
        const averaged = cue !== '' && AVERAGE_BEFORE_RESPECTIVELY.test(clause.slice(Math.max(0, respectively - AVERAGE_REACH), respectively)) ? '年均' : '';
        if (listed) {
          // "新评定…重点村3个，累计分别达到…12个": a running total is of the things, not of the new ones.
          indicator[i] = clause.includes('累计') ? runningTotal(indicator[named] as string, cue) : `${indicator[named]}${averaged}${cue}`;
        } else if (things.length === count) {
          indicator[i] = `${things[position]}${averaged}${cue}`;
        } else if (count > 1) {
          // A list whose items the text does not name apart (两项收入分别增长…): each figure is its own item, never one indicator stated again.
          indicator[i] = items.length === 1 ? `${items[0]}${cue}[${position + 1}/${count}]` : `${indicator[i]}[${position + 1}/${count}]`;
        }
      }
      // The list's figures are one kind of figure, where they are in one unit (a code or a date among them stays what it is).
      if (first !== i && unit[first] === unit[i]) {
        kind[i] = kind[first] as Kind;
        direction[i] = ownCue === undefined ? direction[first] as Direction | null : DOWN_WORD.test(ownCue) ? 'down' : 'up';
      }
    }
    const previous = i - 1;
    // The names below that are one word alone (产量, 总投资, 高于全省, 占比) are short: a long name is none of them.
    const short = (indicator[i] as string).length <= SHORT_NAME;
    // The rules below rename a name at most once, each into a longer one that is no such word: the word is looked up once.
    const word = short ? wordOf(i) : undefined;
    // "粮食播种面积稳定在73.3万亩、产量19.5万吨": a bare aspect (产量) is of the subject the figure before named with another aspect.
    if (word === 'aspect') {
      // An amount's subject is the amount before's, past a growth of it (…收入5.2亿元，增长3%，支出…).
      const figure = figureBefore(columns, i, AMOUNTS.has(kind[i] as Kind) ? AMOUNTS : undefined);
      const before = figure >= 0 ? ASPECTS.exec(indicator[figure] as string) : null;
      const subject = before && before.index > 0 && before[1] !== indicator[i] ? (indicator[figure] as string).slice(0, before.index) : '';
      if (subject !== '' && (!BUDGET_ASPECTS.has(indicator[i] as string) || BUDGET_SUBJECT.test(subject))) indicator[i] = `${subject}${indicator[i]}`;
      // A bare line of an account after other lines (加上中央转移支付收入…、调入资金…、上年结转…，收入总计…) is of the budget
      // the paragraph last named, however many lines stand between: where its sentence adds lines up (加上) or the figure
      // just before is a line too (not 接待游客320万人次，实现收入28亿元).
      else if (BUDGET_ASPECTS.has(indicator[i] as string) && (ADDING_LINES.test(text.slice(sentenceFrom[i] as number, start[i] as number)) || accountLineBefore(columns, text, i))) {
        const budget = budgetBefore(columns, text, i);
        if (budget !== '') indicator[i] = `${budget}${indicator[i]}`;
      }
    }
    // "受理执行案件61,328件，执结58,702件": cases handled at one step are the cases the amount before names at another (执结执行案件).
    if (word === 'handled') {
      const figure = casesBefore(columns, i);
      const handled = figure >= 0 && unit[figure] === unit[i] ? HANDLED_NAME.exec(indicator[figure] as string) : null;
      // Not where the cases are named by the step itself (办理审查起诉案件1234件，起诉980件).
      if (handled && !(handled[2] as string).includes(indicator[i] as string)) indicator[i] = `${handled[1]}${indicator[i]}${handled[2]}`;
    }
    // "审结…金融纠纷案件12847件，标的额74.5亿元": the sum at stake is of the cases the count before names (金融纠纷案件标的额).
    // "超时限分配下达直达资金2笔，涉及资金2380万元": the money involved is of what the count before counts.
    // "查处…违法案件327件，案值1486万元，罚没款863万元": the value and the fines of cases are of the cases counted before, past the amounts
    // named so and the counts of other things (下达处罚决定书152份).
    if (word === 'fines') {
      let figure = figureBefore(columns, i, COUNT_KINDS);
      while (figure >= 0 && !(indicator[figure] as string).includes('案件')) figure = figureBefore(columns, figure, COUNT_KINDS);
      const cases = figure >= 0 ? (indicator[figure] as string).replace(CHANGE_OF_COUNT, '') : '';
      if (cases !== '') indicator[i] = `${cases}${indicator[i]}`;
    }
    if (word === 'involved') {
      const figure = figureBefore(columns, i, AMOUNTS);
      const counted = figure >= 0 && kind[figure] === 'count' ? (indicator[figure] as string).replace(CHANGE_OF_COUNT, '') : '';
      if (counted !== '' && !ONE_WORD_NAMES.has(counted)) indicator[i] = `${counted}${indicator[i]}`;
    }
    if (word === 'atStake') {
      const figure = casesBefore(columns, i);
      const cases = figure >= 0 && kind[figure] === 'count' ? HANDLED_NAME.exec(indicator[figure] as string) : null;
      if (cases) indicator[i] = `${cases[1]}${cases[2]}${indicator[i]}`;
    }
    // "人均可支配收入39218元，增长6.3%，扣除价格因素，实际增长6.1%": a real (nominal, month-on-month) growth is of the level the growth before describes.
    if (word === 'real' && kind[i] === 'growth') {
      const figure = figureBefore(columns, i, DESCRIBED.growth);
      // Where no level is given (规上工业增加值同比增长6.2%，环比增长0.5%), it is of what the growth before measures.
      const measured = figure >= 0 ? (indicator[figure] as string) : measuredByGrowthBefore(columns, i);
      if (measured !== '') indicator[i] = `${measured}${indicator[i]}`;
    }
    // "全国居民恩格尔系数为29.8%，其中城镇为28.8%，农村为32.4%": a group alone names the figure before's measure for that group.
    if (word === 'group') {
      // Past a change of the whole in points (…41.6%，比上年提高1.3个百分点，其中城镇居民为44.2%), not past ；.
      const figure = figureBefore(columns, i, undefined, true);
      const whole = figure >= 0 && unit[figure] === unit[i] && !text.slice(end[figure] as number, start[i] as number).includes('；') ? (indicator[figure] as string) : '';
      const people = whole.indexOf('居民');
      // The whole may be another group's figure (其中城镇…，农村…): its group is not the measure's.
      const measure = people >= 0 ? whole.slice(people) : whole.replace(WHOLE_AREA, '').replace(GROUP_OPENING, '');
      // A group of residents (城镇居民) names them itself: the measure's 居民 is not written twice.
      const own = (indicator[i] as string).endsWith('居民') && measure.startsWith('居民') ? measure.slice(2) : measure;
      if (own !== '' && ONE_WORD_NAMES.get(whole) !== 'group') indicator[i] = `${indicator[i]}${own}`;
    }
    // "新引进项目156个、总投资826亿元": a total named by no more than 总投资 or 总数 is the total of what the figure before counts.
    if (word === 'total') {
      const figure = figureBefore(columns, i, AMOUNTS);
      // 总数 and 总量 count all the things, not the new ones (新增市场主体…，总数…); 总投资 is the new projects' own.
      const all = indicator[i] === '总数' || indicator[i] === '总量';
      const named = figure >= 0 ? (indicator[figure] as string) : '';
      // 云溪至北山快速通道全长38.5公里，总投资约42亿元: the total of the work a measure before is of.
      const ofWork = WORK_MEASURE_END.test(named);
      const counted = named.replace(ofWork ? WORK_MEASURE_END : CHANGE_OF_COUNT, '');
      const subject = all ? counted.replace(NEW_THINGS_OPENING, '') : counted;
      // An investment's total is of projects and works only (新增市场主体1.2万户，计划总投资120亿元的32个项目 is none of the firms').
      const invested = INVESTMENT_TOTAL.test(indicator[i] as string);
      if (subject !== '' && ONE_WORD_NAMES.get(subject) !== 'total' && (!invested || ofWork || INVESTED.test(subject))) indicator[i] = `${subject}${indicator[i]}`;
    }
    // "建成城市门户更新项目11个，完成投资1.4亿元": investment named by no more than 投资 is the investment in what the figure before counts.
    if (word === 'investment') {
      const figure = figureBefore(columns, i, AMOUNTS);
      const subject = figure >= 0 && kind[figure] === 'count' ? (indicator[figure] as string).replace(CHANGE_OF_COUNT, '') : '';
      // Only projects and works are invested in (新增就业5600人，完成投资12亿元 is no investment in jobs).
      if (INVESTED.test(subject)) indicator[i] = `${subject}${clause.endsWith('完成投资') ? '完成投资' : indicator[i]}`;
    }
    // "“三保”支出安排21.5亿元，占一般公共预算支出的59.4%": a share of a whole whose part is the figure before.
    // "网上零售额增长12.0%，占社会消费品零售总额的比重为15.2%": where no amount is given, the part is what the growth before measures.
    // "R&D经费支出1120亿元，与地区生产总值之比为2.15%": a ratio to a whole named after 与 is of the figure before too.
    const toWhole = kind[i] === 'share' && (indicator[i] as string).startsWith('占') ? '' : (kind[i] === 'share' || kind[i] === 'rate' || kind[i] === 'ratio') && (indicator[i] as string).endsWith('之比') && clause.trimStart().startsWith('与') ? '与' : null;
    if (toWhole !== null) {
      const figure = stockBefore(columns, text, i);
      const part = figure >= 0 ? (clauseStart[figure] !== clauseStart[i] ? (indicator[figure] as string) : '') : measuredByGrowthBefore(columns, i);
      if (part !== '') indicator[i] = `${part}${toWhole}${indicator[i]}`;
    }
    // "其中50亿元以上项目4个": the bound right before the name is part of it, as the group it sets apart.
    if (previous >= 0 && kind[previous] === 'threshold' && clauseStart[previous] === clauseStart[i] && indicator[i] !== '' && text.slice(end[previous], start[i]) === indicator[i]) {
      indicator[i] = text.slice(start[previous], start[i]);
    }
    // "人口低于60万人的有1个": a count of what a bound defines, named by nothing of its own, is of what the bound and its name define.
    if (previous >= 0 && kind[previous] === 'threshold' && indicator[i] === '' && indicator[previous] !== '' && DEFINED_HAVE.test(text.slice(end[previous], start[i]))) {
      indicator[i] = `${indicator[previous]}${columns.surface[previous]}的`;
    }
    // "规上工业增加值增长8.5%，高于全省1.2个百分点": a gap to a wider area is named after the figure it compares.
    // So is one named by its comparison word alone, its target cut away as a word of intent (高于预期目标0.2个百分点: 高于).
    if (short && ((NAME_FIRST[(indicator[i] as string).charCodeAt(0)] as number) & COMPARED_FIRST) !== 0 && (COMPARED.test(indicator[i] as string) || (COMPARED_VERB.test(indicator[i] as string) && COMPARED_IN_CLAUSE.test(clause)))) {
      let figure = figureBefore(columns, i);
      // 增长5.6%，比上半年加快0.3个百分点，高于全省0.4个百分点: the growth is compared, past its change since an earlier time.
      while (figure >= 0 && kind[figure] === 'pp_change' && SINCE_EARLIER.test(indicator[figure] as string)) figure = figureBefore(columns, figure);
      const compared = figure >= 0 ? (indicator[figure] as string) : '';
      if (compared !== '' && !COMPARED.test(compared)) {
        // The growth compared is named with its word of change, as nameChanges will name it (规上工业增加值增长高于全省).
        const word = kind[figure] === 'growth' && !CHANGE_END.test(compared) ? clauseOf(columns, text, figure).match(CHANGE_IN_CLAUSE)?.at(-1) ?? '增长' : '';
        indicator[i] = `${compared}${word}${COMPARED_IN_CLAUSE.exec(clause)?.[0].trim() ?? indicator[i]}`;
      }
    }
    // "村级集体经济总收入达到486万元，村均40.5万元": an average per village (household, person…) of the total before it.
    const per = PER_EACH.exec(clause);
    if (per && (indicator[i] === per[1] || indicator[i] === `${per[1]}均`)) {
      const figure = figureBefore(columns, i, AMOUNTS);
      if (figure >= 0 && unit[figure] === unit[i] && indicator[figure] !== '') indicator[i] = `${per[1]}均${(indicator[figure] as string).replace(TOTAL_WORD, '')}`;
    }
    // "税收收入142.3亿元，占比65.1%": a share named by no more than 占比 is the share of the figure before it.
    if (word === 'share' && ONE_WORD_NAMES.has(indicator[i] as string)) {
      const figure = stockBefore(columns, text, i);
      if (figure >= 0 && indicator[figure] !== '' && ONE_WORD_NAMES.get(indicator[figure] as string) !== 'share') indicator[i] = `${indicator[figure]}${indicator[i]}`;
    }
    if (indicator[i] === '') {
      // 年均增长7.2% after the level: the level's average growth.
      const { averaged, change } = averagedChange(clause);
      // "协议金额28.6亿元，比去年同期增加3个、8.2亿元": an amount listed after another amount of change shares its word of change.
      const listed = previous >= 0 && clauseStart[previous] === clauseStart[i] && AMOUNTS.has(kind[i] as Kind) && AMOUNTS.has(kind[previous] as Kind)
        && LIST_JOIN.test(text.slice(end[previous] as number, start[i] as number)) ? AMOUNT_CHANGED.exec(indicator[previous] as string)?.[0] : undefined;
      // 其中Ⅰ～Ⅲ类水质断面34个，占94.4%: a share that names no whole is the share of the things before (…断面占比), not those things.
      const cue = `${averaged ? '年均' : ''}${listed ?? change}${kind[i] === 'share' && (SHARE_ALONE.test(clause) || SHARE_AFTER_FIGURE.test(clause)) ? '占比' : ''}`;
      // The figure it describes: the nearest before it in its sentence that is one (a date, code or name between, as 比2020年, is
      // passed over); a growth rate describes a level or a count (为预算的101.3%，增长5.2%: the growth is the level's, not the
      // ratio's), a change in points a percentage.
      let figure = figureBefore(columns, i, DESCRIBED[kind[i] as Kind]);
      // A share after a bracket of parts (医院398.6万人次（公立医院…，民营医院86.1万人次），占65.1%) is of the figure before the bracket.
      while (figure >= 0 && (kind[i] === 'share' || kind[i] === 'growth') && insideClosed(columns, text, figure, i)) figure = figureBefore(columns, figure, DESCRIBED[kind[i] as Kind]);
      // "优良天数为301天，比例为82.5%，同比增加12天": an amount of change in a unit is of the figure before in that unit, past one in another.
      if (figure >= 0 && AMOUNTS.has(kind[i] as Kind) && unit[figure] !== unit[i] && (listed !== undefined || AMOUNT_OF_CHANGE.test(clause.slice(-8)))) {
        const inUnit = figureBefore(columns, i, AMOUNTS, true);
        if (inUnit >= 0) figure = inUnit;
      }
      // "全市地区生产总值突破千亿元，达到1023.5亿元": with no figure before, the clause before names it up to its verb.
      // "规上工业增加值同比增长7.3%，比1-2月加快1.1个百分点": a change in points with no rate before it, named by its comparison
      // alone, is of the growth rate before (规模以上工业增加值增速比1-2月加快, as nameGrowthProperties names 增速比上半年回落).
      const compared = figure < 0 && kind[i] === 'pp_change' ? COMPARED_RATE.exec(clause) : null;
      const growth = compared ? figureBefore(columns, i, GROWTHS) : -1;
      if (compared && growth >= 0 && indicator[growth] !== '') {
        indicator[i] = `${(indicator[growth] as string).replace(CHANGE_END, '')}增速${compared[1]}`;
        continue;
      }
      const named = figure < 0 ? nameInClauseBefore(text, clauseStart[i] as number, sentenceFrom[i] as number) : '';
      if (named !== '') indicator[i] = `${named}${cue}`;
      if (figure >= 0 && indicator[figure] !== '') {
        // "新增企业1200家，累计达到8600家": a running total is of the things, not of the new ones, and says it is a total.
        const total = clause.includes('累计');
        // "比年初增加401.2亿元，增长8.7%": a growth rate after an amount of change is the growth of the amount changed.
        // "地区生产总值年均增长6.5%以上，到2026年突破370亿元": a level after a growth rate is the level of what grows.
        const changed = kind[i] === 'growth' ? (indicator[figure] as string).replace(AMOUNT_CHANGED, '')
          : AMOUNTS.has(kind[i] as Kind) && kind[figure] === 'growth' ? (indicator[figure] as string).replace(CHANGE_END, '').replace(AVERAGE_END, '') : '';
        // 比重为68.9%，比上半年提高0.7个百分点: a change since another time than the year before says which (比重比上半年提高).
        const since = kind[i] === 'pp_change' || kind[i] === 'growth' ? SINCE_PART_OF_YEAR.exec(clause)?.[0] ?? '' : '';
        indicator[i] = total ? runningTotal(indicator[figure] as string, cue) : `${changed || indicator[figure]}${since}${cue}`;
        // 城乡居民收入比为2.18，比上年缩小0.05: a change of a ratio, in no unit, is a ratio too.
        if (kind[figure] === 'ratio' && unit[figure] === 'number' && unit[i] === 'number') kind[i] = 'ratio';
      }
    }
    const all = clause.includes('均');
    const each = all ? EACH_OF_BEFORE.exec(clause.trim()) : null;
    if (respectively < 0 && each && previous >= 0 && (end[previous] as number) <= (clauseStart[i] as number)) {
      // every number of the clause just before, which all share that clause's start
      const names: string[] = [];
      for (let j = i - 1; j >= 0 && clauseStart[j] === clauseStart[previous]; j -= 1) names.unshift(`${indicator[j]}${each[1] ?? ''}`);
      indicator[i] = names.join(';');
    } else if (respectively < 0 && all && clause.lastIndexOf('均') >= clause.length - 5) {
      // "国控水质监测断面、集中式饮用水水源地水质、功能区环境噪声达标率均为100%": one figure for every item of the list.
      const names = eachItemNames(clause);
      if (names) indicator[i] = names.join(';');
    }
    // Seats of vehicles (营运客车1.32万辆、32.6万客位): the seats of what the name names, not the vehicles.
    if (unit[i] === 'seat' && VEHICLES_END.test(indicator[i] as string)) indicator[i] = `${indicator[i]}客位`;
  }
}

/** A list of items that one figure measures each of, ending the clause: items、…、items达标率均为 (no figure among them). */
const ALL_OF_LIST = /^([^\d]+)均(?:为|达到|达|保持在|稳定在|在|(增长|下降|提高|降低|减少|增加))?\s*$/;
/** A rate word that ends a list's last item and is written once for all (达标率, 覆盖率, 满意率…). */
const RATE_WORD = /[\u4e00-\u9fff]{2}率$/;

/**
 * The name of each item of a list one figure measures (…均为100%, …均增长5%): items that share the
 * name written once after the last take it (城镇、农村居民人均可支配收入, see `sharedHead`); each item that has no rate word
 * of its own takes the one the last item ends with (…断面、…水质、功能区环境噪声达标率 → 断面达标率…);
 * an item that is a rate word alone takes the subject of the first (人大建议和政协提案办结率、满意率
 * → …提案满意率). Null where the clause is no such list.
 */
function eachItemNames(clause: string): string[] | null {
  const found = ALL_OF_LIST.exec(clause);
  const list = found?.[1];
  if (list === undefined || !list.includes('、')) return null;
  const items = list.split('、').map((item) => guessIndicator(item));
  if (items.length < 2 || items.some((item) => item === '')) return null;
  const change = found?.[2] ?? '';
  const rate = RATE_WORD.exec(items[items.length - 1] as string)?.[0];
  // Items share a name written once after the last only where the figure is a change of each (城镇、农村居民人均可支配收入均增长5%); 学校、医院、养老机构均为120家 names three things.
  if (rate === undefined) return (change === '' ? items : sharedHead(items, items.length)).map((item) => `${item}${change}`);
  const first = items[0] as string;
  const subject = RATE_WORD.test(first) ? first.slice(0, -3) : '';
  return items.map((item) => {
    if (item.length === 3 && RATE_WORD.test(item) && subject !== '') return `${subject}${item}${change}`;
    return `${item.endsWith('率') ? item : `${item}${rate}`}${change}`;
  });
}
