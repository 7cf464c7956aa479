import type { Kind } from '../report/types.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';
import { COUNT_KINDS, figureBefore, MEASURE_KINDS } from './figure-before.ts';
import { clauseBefore, PART_END } from './guess-meaning.ts';
import { withoutSpace } from './without-space.ts';
import { NEW_THINGS, NEW_THINGS_OPENING } from './new-things.ts';
import { PART_OF_YEAR } from '../report/month-periods.ts';
import { WHOLE_AREAS } from './whole-areas.ts';

/** Verbs of what is done to things counted, as a count's name opens with them (制定地方性法规, 发现并督促整改安全隐患, 组织…抽查). */
const ACT_WORDS = '制定|修改|修订|废止|审议|通过|批准|审查|备案|纠正|撤销|采纳|整改|清理|征集|发现|查处|查办|检查|抽检|抽查|核查|督办|受理|办理|办结|审结|执结|登记|组织|开展|完成|督促|推动|改造|排查|完工|开工';
/** The acts of `ACT_WORDS` and what joins two of them, opening a name: what is left is the things acted on. */
const OPENING_ACTS = new RegExp(`^(?:(?:${ACT_WORDS})(?:到位|完毕)?(?:并|和|、)?)+`);
/** A name that is one such verb alone (修改2件 after 制定地方性法规3件): it acts on the things the count before counts. */
const ACT_ALONE = /^(?:修改|修订|废止|审议|通过|批准|纠正|撤销|采纳|整改|清理|查处|备案|完工|开工)$/;
/** A share named by the whole it is of alone (相当于地区生产总值): of the amount before. */
const EQUIVALENT = /^相当于[\u4e00-\u9fa5]{2,12}$/;
/** Figures that are a part of a whole. */
const RATIOS: ReadonlySet<Kind> = new Set(['share', 'ratio', 'rate']);
/** A verb of building or doing alone, with the word of a running total or of the year it may open with (累计建成, 全年改造). */
const BUILT_ALONE = /^(?:累计|共|全年)?(?:建成|新建|改造|完成|建设|治理|整治|修复|实施)$/;
/** The verb of building or getting that the name of things built before opens with (新建标准厂房, 改造提升老旧小区): the rest is the things. */
const BUILT_OPENING = new RegExp(`^(?:累计|全年)?(?:${NEW_THINGS}|建成|改造提升|改造|建设|治理|整治|修复|实施)+`);
/** A rate named by its word alone (合格率97.8% after 抽检2860批次): the rate of what the figure before counts or rates. */
const RATE_ALONE = /^(?:合格率|整改率|满意率|群众满意率|办结率|结案率|适用率|败诉率|成功率|办复率|答复率|支出进度|执行进度|采纳率|达标率|完成率|完工率|开工率|执行率|通过率|到位率|兑现率|知晓率|化解率|综合利用率|利用处置率|利用率|处置率|无害化处理率|处理率|收集率|回收率|整治率|治理率|优良率|完好率|签约率|履约率|交付率|去化率)$/;
/** Words before a rate's word that are acts or adverbs, not its subject (排查整改, 发现并整改, 目前已整改). */
const ENDS_WITH_ACT = new RegExp(`(?:${ACT_WORDS}|已|并|和|及|目前|累计|全部)$`);
/** Verbs of giving money a name opens with (下达直达资金), which what a rate of it rates does not keep. */
const GIVING_OPENING = /^(?:下达|拨付|发放|安排|投入|争取|筹集|统筹)(?=[\u4e00-\u9fa5]{2})/;
/** The first act in a name (认罪认罚从宽制度|审结案件). */
const FIRST_ACT = new RegExp(`${ACT_WORDS}|审理`);
/** The word of an amount a level's name ends with (一般工业固体废物产生量): what a rate after it rates is the things without it. */
const AMOUNT_WORD_END = /(?:产生量|排放量|总量|产量|数量|存量)$/;
/** The amounts a deal or a firm's accounts are measured by (成交额, 营业收入, 负债总额…). */
const AMOUNT_MEASURES = '成交额|合同金额|签约金额|营业收入|主营业务收入|利润总额|利税总额|负债总额|所有者权益|净资产|净利润';
/** A measure named by its word alone (成交额 after 登记技术合同4.27万项, 面积 after 国家级自然保护区2处, 净载重量 after 水上运输船舶418艘): of the things before. */
const MEASURE_ALONE = new RegExp(`^(?:${AMOUNT_MEASURES}|净载重量|载重量|载客量|集装箱箱位|平均年龄|资产负债率|运营里程|建筑面积|占地面积|面积|总面积|综合利用量|利用处置量|处置量|标的额|涉及居民|惠及居民|惠及群众)$`);
/** A measure an amount before may be named by (规模以上工业企业利润总额), which a measure after it does not take as its subject. */
const MEASURE_ENDING = new RegExp(`(?:${AMOUNT_MEASURES}|营业总收入|资产总额|资产总计|负债合计|负债)$`);
/** The measures of a firm's accounts or deals alone (营业收入, 利润总额, 成交额): of firms or deals, never of the people counted. */
const FIRMS_MEASURE = new RegExp(`^(?:${AMOUNT_MEASURES})$`);
/** A step of handling things named with no things (向市政协报送, 被市政协采用, 省政协采用, 获县领导批示). */
const STEP_ALONE = /^(?:向|被|获)?[\u4e00-\u9fa5]{0,6}?(?:报送|上报|采用|采纳|批示|转办|转交)$/;
/** A step the things undergo (被市政协采用, 获县领导批示): named after the things, the step after. */
const PASSIVE = /^[被获]/;
/** The verb of getting things a count's name opens with (收到社情民意信息, 征集意见建议): what follows is the things. */
const RECEIVED_OPENING = /^(?:全年)?(?:共)?(?:收到|接收|征集|收集|受理)到?(?:并?(?:整理|汇总))?/;
/** Those who benefit, named by the verb alone (惠及2873户). */
const BENEFIT_ALONE = /^(?:惠及|受益)$/;
/** The words of giving, doing or of new things a name of what is given opens with (新增发放…, 累计投入…), which the benefit's name does not keep. */
const GIVEN_OPENING = /^(?:全年|累计|共)?(?:新增)?(?:发放|投放|投入|拨付|安排|落实|实施|开展|建成|新建|改造)?/;
/** How long what is given must be named to name those who benefit (脱贫人口小额信贷; not a verb alone: 支付). */
const GIVEN_LENGTH = 4;
/** A count of the people a place holds, named by its verb alone (应急避难场所216处，可容纳8.3万人): of the places before. */
const CAPACITY_ALONE = /^可?容纳$/;
/** The words a measure ends with (面积, 金额, 率…). */
const MEASURE_WORD = '率|额|金额|面积|收入|人数|户数|人次|里程|量';
/** A measure that is a word of what is done and a measure word (销售金额 after 商品房销售面积, 参保率 after …参保人数): the word. */
const SHARED_STEM = new RegExp(`^([\\u4e00-\\u9fa5]{2})(?:${MEASURE_WORD})$`);
/** The rest of the name before after that word: a measure word alone (商品房销售|面积), or nothing (大病保险赔付 before 赔付金额). */
const MEASURED_STEM = new RegExp(`^(?:${MEASURE_WORD})?$`);
/** A word of new things the name before may end with before the shared word (城镇新增|就业): its measure is not the new things'. */
const NEW_BEFORE_STEM = /(?:新增|净增|新)$/;
/** The characters a word of what is done may follow inside a longer one (进出口, 收支), where the name before does not split. */
const INSIDE_WORD = /[进出收支]$/;
/** Measures of a work named alone (全长38.5公里, 建筑面积2.3万平方米), which the clause before may name. */
export const WORK_MEASURE_WORDS = '全长|总长|建筑面积|总建筑面积|占地面积|总面积|设计里程|新增床位|新增学位|新增停车位|床位|学位|停车位';
const WORK_MEASURE = new RegExp(`^(?:${WORK_MEASURE_WORDS})$`);
/** The verbs a clause naming a work opens with (力争开工建设, 加快推进), which its name does not keep. */
const WORK_VERBS = /^(?:力争|确保|加快|推进|推动|启动|完成|实施|开工建设|新开工|开工|建成|新建|续建|改扩建|建设|谋划|规划建设|规划)+/;
/** What is said of a work once built, after its name (区人民医院新院区投入使用), which its name does not keep. */
const WORK_DONE = /(?:建成)?(?:投入使用|投用|启用|竣工|建成|开工|开园|开学|开业)$/;
/** A name of a work: the thing built (…快速通道, …大桥, …综合楼, …项目), a short name. */
const WORK = /^[\u4e00-\u9fa5A-Za-z\d]{2,18}(?:项目|工程|通道|公路|大道|大桥|桥|铁路|高速|隧道|园区|中心|医院|学校|场馆|体育馆|馆|楼|广场|车站|码头|线|港|管网|水库|电站|院区|校区|分院|新院)$/;
/** A digit: a clause with one has a figure of its own and names no work alone. */
const DIGIT = /\d/;
/** The words of a pair of groups or times a measure is given for, one after the other (昼间/夜间, 城镇/农村, 男性/女性). */
const PAIR_WORDS = '昼间|夜间|城镇|农村|城市|乡村|男性|女性|小学|初中|高中';
/** A measure of one of a pair named alone (夜间达标率): the pair's word and the measure. */
const PAIRED = new RegExp(`^(${PAIR_WORDS})([\\u4e00-\\u9fa5]{2,5})$`);
/** The other of the pair, ending the name before without its measure (功能区声环境|昼间). */
const PAIR_END = new RegExp(`(?:${PAIR_WORDS})$`);
/** A name that is a part of the year alone (二季度2116户 after 一季度全县新登记经营主体1786户): the same measure, of those months. */
const PERIOD_ALONE = new RegExp(`^(?:${PART_OF_YEAR})(?:合计|累计)?$`);
/** The part of the year and the area a name of the measure may open with (一季度全县…), which the other parts' figures do not share. */
const PERIOD_OPENING = new RegExp(`^(?:${PART_OF_YEAR})?(?:${WHOLE_AREAS})?`);
/** The word of rate a rate's name ends with (代表建议办结率): the rest is what is rated. */
const RATE_END = /[\u4e00-\u9fa5]{2}率$/;
/** A rate named by a word of two or three characters and 率 alone (优秀率, 电气化率). */
const RATE_WORD = /^[\u4e00-\u9fa5]{2,3}率$/;
/**
 * The rate words a name before may end with, whose subject a rate alone after it shares (国民体质监测|合格率 before 优秀率, 高血压患者|规范管理率
 * before 控制率, 高中阶段|毛入学率 before 巩固率, 全省铁路|电气化率 before 复线率), longest first. A name ending with another word is left.
 */
const PAIRED_RATE_END = /(?:规范管理率|毛入学率|电气化率|合格率|优秀率|达标率|复线率|知晓率|治愈率|控制率|巩固率|入学率|普及率|签约率|履约率|办结率|满意率|开工率|投产率|完工率|开业率)$/;
/** How long the subject must be, and the words of two characters before a rate word that are part of the rate's name (森林|覆盖率). */
const SUBJECT_LENGTH = 2;
const PART_OF_RATE = /^(?:森林|城镇|绿化|植被|湿地|草原|人口|水土|耕地|土地)$/;
/** Rates and shares, which a rate alone after another is named with. */
const RATED_SHARES: ReadonlySet<Kind> = new Set(['rate', 'share']);
/** A subject that ends with a word of change, a comparison or a group of another rate (…比上年, …其中): no subject of the rate after. */
const SUBJECT_END = /(?:增长|下降|提高|比上年|同比|其中|和|及|、)$/;
/** A part that fails a test (检出不合格样品63批次): not what a rate of passing (合格率) is of. */
const FAILING = /不合格|不达标|未/;

/** Figures a rate alone may be of: a count or an amount, or a rate of the same things. */
const RATED: ReadonlySet<Kind> = new Set(['count', 'level', 'rate']);
/** Figures a measure alone may be of: a count of things or an amount. */
const MEASURED: ReadonlySet<Kind> = new Set(['count', 'level']);
/** Amounts (a use, 用于…, is part of one; an amount new alone may be the change of one). */
const AMOUNTS_OF_MONEY: ReadonlySet<Kind> = new Set(['level']);
/** Verbs of getting or making things that a list's first item opens with and its later items share: those of new things (新增, 新培育, 培育引进…), and 盘活, 认定, 创建, 改造, and a court's 受理, 审结. */
const SHARED_VERB = new RegExp(`^(?:${NEW_THINGS}|盘活|认定|创建|改造|改扩建|维修改造|修缮|受理|审结|执结|办理|查处)+`);
/** Quotation marks a listed item's name is written with (“专精特新”企业) and its indicator is not. */
const QUOTES = /[“”"「」『』]/g;
/** The people an accident or a disaster harms, named alone (死亡43人, 造成死亡198人、受伤1204人). */
const CASUALTIES = /^(?:造成)?(死亡|受伤|失踪|遇难|死亡失踪)$/;
/** The name of such a count once named after its accidents (道路运输事故死亡人数), or still alone. */
const HARMED = /(?:死亡|受伤|失踪|遇难)(?:人数)?$/;
/** What a count of accidents or disasters names (生产安全事故, 森林火灾, 自然灾害). */
const EVENTS = /(?:事故|火灾|灾害|灾情)$/;
/** The words of happening before such a name (共发生各类…). */
const HAPPENED = /^(?:共|全年|全市|全县|全区)*(?:发生)?(?:各类)?/;
/** A kind of things named by its level, grade or ownership alone (省级58项, 其中国有7个, 其中五星级2家, 其中4A级6家, 甲级8家). */
const MODIFIER_ALONE = /^(?:国家级|省级|市级|县级|区级|乡镇级|村级|国有|非国有|民营|集体|五星级|四星级|三星级|[1-5]A级|甲级|乙级|丙级)$/;
/** The same words opening the name of the figure before (国家级非物质文化遗产代表性项目), which the kind after replaces. */
const MODIFIER_OPENING = /^(?:全市|全省|全县|全区)?(?:共有)?(?:(?:国家级|省级|市级|县级|区级|乡镇级|村级)(?:以上|及以上)?|国有|非国有|民营|集体|五星级|四星级|三星级|星级|A级|[1-5]A级|等级|甲级|乙级|丙级)?/;
/** A trade named alone (其中批发业23家), not a word that ends as one does (企业, 就业, 专业, 事业, 作业). */
const TRADE_ALONE = /^[\u4e00-\u9fa5]{1,6}(?<![企就专事作物])业$/;
/**
 * The firms a count of them names, with the trades they are of after their scope (限额以上商贸流通企业, 规模以上工业企业, 限上批发零售业企业),
 * which a trade alone after replaces; without a scope, the trade words before 企业.
 */
const FIRMS_OF_TRADE = /(?:(?<=以上|以下|限上|规上)[\u4e00-\u9fa5]{0,8}?|(?:商贸|工业|商业|服务业|流通)*)企业$/;
/** New things named alone (新增7家): the things are those of the count before. */
const NEW_ALONE = /^(?:年内|当年|全年)?(?:新增|净增|新培育|新引进|新建)$/;
/** A comparison with the year before in a clause (比上年新增). */
const COMPARED_WITH_YEAR = /(?:比|较)(?:上年|去年)|同比/;
/** The words of time that open such a name (年内新增) and the name of the new things does not keep. */
const NEW_TIME = /^(?:年内|当年|全年)/;
/** A fund or a budget's subject shortened to its last word before a line of its account (基金支出, 基金当期结余), and the line. */
const SHORT_SUBJECT = /^(.*(?:基金|预算))(收入|支出|当期结余|累计结余|结余|累计结存|结存)$/;
/** A line of a fund's or a budget's account named alone after its other lines (…预算收入15.73亿元，支出14.96亿元，当年结余0.77亿元). */
const LINE_ALONE = /^(?:当年|当期|本年|年末)?(?:滚存|累计)?(?:结余|结存)$/;
/** A clause that sets a part apart (其中…). */
const OF_WHICH = /^\s*其中/;
/** Counts, the only figures an act alone acts on. */

/**
 * The things a count's name counts, without the acts it opens with (发现并督促整改安全隐患 → 安全隐患, 整改到位问题金额 → 问题金额);
 * '' where it opens with none, or is acts alone (采纳, 办结: nothing is named).
 */
function thingsActedOn(name: string): string {
  const acts = OPENING_ACTS.exec(name);
  return acts ? name.slice(acts[0].length) : '';
}

/**
 * What a name opens with before a word (商品房 in 商品房销售面积 before 销售): two characters or more, not inside a longer word
 * (进出口); '' where the word is not in the name.
 */
function openingBefore(name: string, word: string): string {
  const at = name.indexOf(word);
  return at >= 2 && !INSIDE_WORD.test(name.slice(0, at)) ? name.slice(0, at) : '';
}

/** The word of a running total a count's name may open with before its act (累计改造老旧小区). */
const RUNNING_TOTAL = /^累计/;

/** Any act of `ACT_WORDS` in a name, with its complement. */
const ACT_ANYWHERE = new RegExp(`(?:${ACT_WORDS})(?:到位|完毕)?`, 'g');

/**
 * The things acted on last in a count's name that opens with an act (通过基层立法联系点征集意见建议 → 意见建议: the things
 * after its last act); '' where it opens with none.
 */
function thingsActedOnLast(name: string): string {
  if (!OPENING_ACTS.test(name)) return '';
  let after = 0;
  for (const act of name.matchAll(ACT_ANYWHERE)) after = (act.index ?? 0) + act[0].length;
  return name.slice(after);
}

/** What a figure before names as the subject of a rate or a measure after it: the things a count counts, else its whole name. */
function subjectOf(name: string): string {
  const acted = name.replace(RUNNING_TOTAL, '');
  return OPENING_ACTS.test(acted) ? thingsActedOn(acted) : name;
}

/**
 * Names a figure whose name is a single word that says what is done or measured but not of what, as work
 * summaries write a series after its first item:
 * - an act alone (制定地方性法规3件、修改2件、废止1件; 征集意见建议1340条，采纳218条) → 修改地方性法规, 采纳意见建议: the act and
 *   the things the count before, in the same unit, acts on;
 * - a rate alone (发现并督促整改安全隐患87处，整改率100%; 办结率100%，满意率98%) → 安全隐患整改率, …满意率: of the things the
 *   figure before counts (a part that fails, 检出不合格样品, passed over), or of what the rate before rates;
 * - a measure alone (登记技术合同4.27万项，成交额1563.8亿元; 在编人员168人，平均年龄46.7岁; 规模以上…企业6218家，实现营业收入…;
 *   改造城镇老旧小区46个，涉及居民8350户、建筑面积…) → 技术合同成交额, 在编人员平均年龄, 规模以上…企业营业收入, 城镇老旧小区建筑面积: of the
 *   things counted before (a second measure takes the things the first took), or the amount before; 可容纳8.3万人 after places is their
 *   可容纳人数;
 * - a measure that is a word of what is done and a measure word, after a name that ends with the same word and another measure word
 *   (商品房销售面积86.42万平方米…；销售金额94.16亿元; 土地流转面积…，流转率46.2%) → 商品房销售金额, 土地流转率;
 * - a balance alone after the lines of its account (社会保险基金预算收入…，支出…，当年结余0.77亿元) → 社会保险基金预算当年结余;
 * - a measure of a work alone after the clause with no figure that names the work (开工建设云溪至北山快速通道，全长38.5公里) →
 *   云溪至北山快速通道全长;
 * - one of a pair named alone after the other (声环境昼间达标率为95.3%，夜间达标率为84.1%) → 声环境夜间达标率;
 * - a part of the year alone (一季度全县新登记经营主体1786户，二季度2116户) → 新登记经营主体: the measure of the figure before in its
 *   unit, without its own months (the months are the figure's period);
 * - a use of an amount (转贷再融资债券27.35亿元，其中用于偿还到期债券本金19.60亿元) → 转贷再融资债券用于偿还到期债券本金: after the
 *   amount before in its unit that is no use itself.
 * - new things alone (规上工业企业达到38家，新增7家) → 新增规上工业企业;
 * - a kind named by its level or ownership alone (国家级…代表性项目9项，省级58项; 艺术表演团体46个，其中国有7个) → 省级…代表性项目, 国有艺术表演团体;
 * - the dead or injured of the accidents counted before (发生各类生产安全事故86起、死亡43人) → 生产安全事故死亡人数;
 * - a fund's line with the fund shortened to its last word (…养老保险基金收入4.62亿元，基金支出3.98亿元) → …养老保险基金支出;
 * - a rate alone right after a rate of a subject whose rate word is one of a pair (国民体质监测合格率…，优秀率) → 国民体质监测优秀率;
 * - those who benefit alone after what was given (新增发放脱贫人口小额信贷1.26亿元，惠及2873户) → 脱贫人口小额信贷惠及;
 * - a step of handling with no things after a count of things received in its unit (收到社情民意信息213篇，向市政协报送168篇，
 *   被市政协采用42篇) → 向市政协报送社情民意信息, 社情民意信息被市政协采用;
 * - an item listed right after another of its kind (新培育…龙头企业5家、农民专业合作社37家; 盘活土地312亩、厂房4.8万平方米) →
 *   新培育农民专业合作社, 盘活厂房: the verb of getting or making things the item before opens with.
 * Only within a sentence; a name with more words, or with no figure before to take from, is left as it is. The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`), before `assignListIndicators` names the changes after them.
 * @param text - The normalised text.
 */
export function nameBareMeasures(columns: DraftColumns, text: string): void {
  const { kind, indicator, start, end } = columns;
  /** The things a measure alone was named after, by row. */
  const measured = new Map<number, string>();
  /** The things a step of handling was named after, by row: the steps after it are of the same things. */
  const stepThings = new Map<number, string>();
  for (let i = 0; i < kind.length; i += 1) {
    const name = withoutSpace(indicator[i] as string);
    // 新培育…龙头企业5家、农民专业合作社37家: an item listed right after another of its kind shares the verb the first opens with.
    // Not a trade after 其中 (其中批发业23家、零售业18家), of the whole before it (see below).
    const tradeOfWhole = TRADE_ALONE.test(name) && OF_WHICH.test(text.slice(columns.clauseStart[i] as number, start[i] as number));
    if (i > 0 && kind[i] === kind[i - 1] && MEASURED.has(kind[i] as Kind) && name !== '' && !SHARED_VERB.test(name) && !MODIFIER_ALONE.test(name) && !tradeOfWhole && columns.sentenceFrom[i] === columns.sentenceFrom[i - 1]) {
      const verb = SHARED_VERB.exec(indicator[i - 1] as string)?.[0];
      const between = text.slice(end[i - 1] as number, start[i] as number).trim();
      if (verb !== undefined && between.startsWith('、') && between.slice(1).replace(QUOTES, '').trim() === name) {
        rename(i, `${verb}${name}`, i - 1);
        continue;
      }
    }
    // 转贷再融资债券27.35亿元，其中用于偿还到期债券本金19.60亿元: a use of an amount is named after that amount.
    if (name.startsWith('用于') && AMOUNTS_OF_MONEY.has(kind[i] as Kind)) {
      let figure = figureBefore(columns, i, AMOUNTS_OF_MONEY, true);
      while (figure >= 0 && (indicator[figure] as string).includes('用于')) figure = figureBefore(columns, figure, AMOUNTS_OF_MONEY, true);
      if (figure >= 0 && indicator[figure] !== '') rename(i, `${indicator[figure]}${name}`, figure);
      continue;
    }
    // 研发经费支出68.3亿元，相当于地区生产总值的2.21%: what the amount before is as a share of a whole.
    if (RATIOS.has(kind[i] as Kind) && name.startsWith('相当于') && EQUIVALENT.test(name)) {
      const figure = figureBefore(columns, i, AMOUNTS_OF_MONEY);
      if (figure >= 0 && indicator[figure] !== '') {
        rename(i, `${indicator[figure]}${name}的比例`, figure);
        continue;
      }
    }
    // Most names are longer than any of these words: one comparison passes them.
    if (name.length < 2 || name.length > 7) continue;
    // 开工建设云溪至北山快速通道，全长38.5公里: a measure of a work alone, after a clause with no figure that names the work.
    if (WORK_MEASURE.test(name) && MEASURED.has(kind[i] as Kind)) {
      // The clause before the comma that opens the measure's own.
      const mark = (columns.clauseStart[i] as number) - 1;
      const clause = text.charAt(mark) === '，' || text.charAt(mark) === ',' ? clauseBefore(text, mark) : '';
      const work = clause.replace(WORK_VERBS, '').replace(WORK_DONE, '');
      if (!DIGIT.test(clause) && WORK.test(work)) {
        indicator[i] = `${work}${name}`;
        noteLink(columns, i, 'named after the work the clause before it names');
        continue;
      }
    }
    // 国民体质监测合格率为93.2%，优秀率为17.8%; 铁路复线率71.3%，电气化率88.5%: a rate alone right after another rate of a subject
    // is a rate of the same subject.
    if (RATE_WORD.test(name) && RATED_SHARES.has(kind[i] as Kind)) {
      // Past a change of the rate before in points (合格率为93.2%，比上年提高0.4个百分点，优秀率为17.8%), not past ；, where another
      // subject's figures start (定量检测…合格率99.2%；快速检测…，合格率99.6%).
      const figure = figureBefore(columns, i, RATED_SHARES, true);
      const before = figure >= 0 && !text.slice(end[figure] as number, start[i] as number).includes('；') ? (indicator[figure] as string) : '';
      const word = PAIRED_RATE_END.exec(before)?.[0] ?? '';
      const subject = word !== '' ? before.slice(0, before.length - word.length) : '';
      if (subject.length >= SUBJECT_LENGTH && !PART_OF_RATE.test(subject) && !OF_WHICH.test(text.slice(columns.clauseStart[i], start[i])) && !SUBJECT_END.test(subject)) {
        rename(i, `${subject}${name}`, figure);
        continue;
      }
    }
    // 声环境昼间达标率为95.3%，夜间达标率为84.1%: one of a pair (昼间, 夜间) after the other is the same measure of the same thing.
    const measure = PAIRED.exec(name)?.[2];
    if (measure !== undefined) {
      const figure = figureBefore(columns, i, RATED, true);
      const before = figure >= 0 && kind[figure] === kind[i] ? (indicator[figure] as string) : '';
      const pair = before.endsWith(measure) && !before.endsWith(name) ? PAIR_END.exec(before.slice(0, before.length - measure.length)) : null;
      if (pair !== null && pair.index >= 2) {
        rename(i, `${before.slice(0, pair.index)}${name}`, figure);
        continue;
      }
    }
    if (PERIOD_ALONE.test(name)) {
      const figure = figureBefore(columns, i, MEASURED, true);
      const before = figure >= 0 ? (indicator[figure] as string) : '';
      const measure = before.replace(PERIOD_OPENING, '');
      if (measure === '' || PERIOD_ALONE.test(before)) continue;
      rename(i, `${measure}${name.endsWith('累计') ? '累计' : ''}`, figure);
      // The series' first figure, whose months are its period too (一季度全县新登记经营主体1786户), is named as the rest are.
      if (measure !== before && columns.period[figure] !== null) indicator[figure] = measure;
      continue;
    }
    // 发生各类生产安全事故86起、死亡43人: the dead of the accidents the count before counts.
    if (CASUALTIES.test(name) && kind[i] === 'count') {
      // Past the other harms of the same accidents (死亡29人，受伤12人).
      let figure = figureBefore(columns, i, COUNT_KINDS);
      while (figure >= 0 && columns.unit[figure] === columns.unit[i] && HARMED.test(indicator[figure] as string)) figure = figureBefore(columns, figure, COUNT_KINDS);
      const events = figure >= 0 ? (indicator[figure] as string).replace(HAPPENED, '') : '';
      if (EVENTS.test(events)) rename(i, `${events}${(CASUALTIES.exec(name) as RegExpExecArray)[1]}人数`, figure);
      continue;
    }
    // 艺术表演团体46个，其中国有7个; 国家级…代表性项目9项，省级58项: a kind named by its modifier alone is of the things the figure before names.
    if (MODIFIER_ALONE.test(name) && MEASURED.has(kind[i] as Kind)) {
      const figure = figureBefore(columns, i, MEASURED, true);
      const before = figure >= 0 ? (indicator[figure] as string) : '';
      // 新增省级以上研发平台17个，其中国家级2个 → 新增国家级研发平台: the words of new things stay first.
      const newly = NEW_THINGS_OPENING.exec(before)?.[0] ?? '';
      const things = before.slice(newly.length).replace(MODIFIER_OPENING, '');
      if (things !== '' && !MODIFIER_ALONE.test(things)) rename(i, `${newly}${name}${things}`, figure);
      continue;
    }
    // 新增限额以上商贸企业52家，其中批发业23家 → 新增限额以上批发业企业: a trade alone after 其中 is the firms of that trade among them.
    if (tradeOfWhole && kind[i] === 'count') {
      // The whole is the count before 其中, past the trades listed after it (批发业23家、零售业18家).
      const ofWhich = text.lastIndexOf('其中', start[i] as number);
      let figure = i - 1;
      while (figure >= 0 && (start[figure] as number) > ofWhich) figure -= 1;
      const before = figure >= 0 && kind[figure] === 'count' && columns.unit[figure] === columns.unit[i] && columns.sentenceFrom[figure] === columns.sentenceFrom[i] ? (indicator[figure] as string) : '';
      if (before.endsWith('企业')) rename(i, `${before.replace(FIRMS_OF_TRADE, '')}${name}企业`, figure);
      continue;
    }
    // 规上工业企业达到38家，新增7家: new things alone are new things of the count before, in its unit.
    if (NEW_ALONE.test(name) && kind[i] === 'count') {
      const figure = figureBefore(columns, i, COUNT_KINDS, true);
      const things = figure >= 0 ? subjectOf(indicator[figure] as string) : '';
      if (things !== '' && !NEW_ALONE.test(things)) rename(i, `${name.replace(NEW_TIME, '')}${things.replace(NEW_THINGS_OPENING, '')}`, figure);
      continue;
    }
    // 中药材种植面积7.3万亩，比上年新增0.9万亩: an amount new alone, compared with the year before, is the change of the amount before.
    if (NEW_ALONE.test(name) && kind[i] === 'level' && COMPARED_WITH_YEAR.test(text.slice(columns.clauseStart[i] as number, start[i] as number))) {
      const figure = figureBefore(columns, i, AMOUNTS_OF_MONEY, true);
      if (figure >= 0 && indicator[figure] !== '') rename(i, `${indicator[figure]}${name.replace(NEW_TIME, '')}`, figure);
      continue;
    }
    // 城乡居民基本养老保险基金收入4.62亿元，基金支出3.98亿元: a subject shortened to its last word is the subject before, written whole.
    const aspect = SHORT_SUBJECT.exec(name);
    if (aspect && kind[i] === 'level') {
      const figure = figureBefore(columns, i, MEASURED, true);
      const whole = figure >= 0 ? SHORT_SUBJECT.exec(indicator[figure] as string) : null;
      const subject = whole ? (indicator[figure] as string).slice(0, whole.index + (whole[1] as string).length) : '';
      if (whole && subject.length > (aspect[1] as string).length && subject.endsWith(aspect[1] as string) && whole[2] !== aspect[2]) {
        rename(i, `${subject}${aspect[2]}`, figure);
        continue;
      }
    }
    // 社会保险基金预算收入15.73亿元，支出14.96亿元，当年结余0.77亿元: a balance alone is of the account the lines before name.
    if (LINE_ALONE.test(name) && kind[i] === 'level') {
      // Past the lines named alone before it (支出14.96亿元).
      let figure = figureBefore(columns, i, MEASURED, true);
      while (figure >= 0 && !SHORT_SUBJECT.test(indicator[figure] as string)) figure = figureBefore(columns, figure, MEASURED, true);
      const whole = figure >= 0 ? SHORT_SUBJECT.exec(indicator[figure] as string) : null;
      if (whole) rename(i, `${whole[1]}${name}`, figure);
      continue;
    }
    // 新建标准厂房52.6万平方米，累计建成186.4万平方米: a verb of building alone, after things built in the same unit, is of them.
    if (BUILT_ALONE.test(name) && MEASURED.has(kind[i] as Kind)) {
      const figure = figureBefore(columns, i, MEASURED, true);
      const built = figure >= 0 ? BUILT_OPENING.exec(indicator[figure] as string) : null;
      const things = built ? (indicator[figure] as string).slice(built[0].length) : '';
      if (things.length >= 2) {
        rename(i, `${name}${things}`, figure);
        continue;
      }
    }
    if (ACT_ALONE.test(name) && kind[i] === 'count') {
      const figure = figureBefore(columns, i, COUNT_KINDS, true);
      const things = figure >= 0 ? thingsActedOnLast(indicator[figure] as string) : '';
      if (things !== '') rename(i, `${name}${things}`, figure);
    } else if (RATE_ALONE.test(name) && (kind[i] === 'rate' || kind[i] === 'share')) {
      let figure = figureBefore(columns, i, RATED);
      while (figure >= 0 && FAILING.test(indicator[figure] as string)) figure = figureBefore(columns, figure, RATED);
      // A part the figure before sets apart (…，其中20亿元以上项目3个，开工率60%以上) may not be what the rate rates: no name is guessed.
      if (figure < 0 || OF_WHICH.test(text.slice(columns.clauseStart[figure], start[figure]))) continue;
      const before = indicator[figure] as string;
      // 综合利用量874.7万吨，综合利用率68.0%: a rate after a measure named after its things (一般工业固体废物综合利用量) rates those things.
      let subject = measured.get(figure) ?? (kind[figure] === 'rate' ? (RATE_END.test(before) ? before.replace(RATE_END, '') : '') : subjectOf(before).replace(AMOUNT_WORD_END, '').replace(GIVING_OPENING, ''));
      // 适用认罪认罚从宽制度审结案件511件，适用率85.5%: a rate of a verb the count opens with is of what the verb is done to, up to the next act.
      const stem = name.length === 3 && before.startsWith(name.slice(0, 2)) ? before.slice(2) : '';
      const act = stem === '' ? null : FIRST_ACT.exec(stem);
      if (act && act.index >= 2) subject = stem.slice(0, act.index);
      // 行政机关败诉案件12件，败诉率6.6%: a rate of a word the name before holds after its subject is of that subject.
      const inside = name.length === 3 ? before.indexOf(name.slice(0, 2)) : -1;
      if (inside >= 2 && !ENDS_WITH_ACT.test(before.slice(0, inside))) subject = before.slice(0, inside);
      // 采纳218条，采纳率16.3%; 审执结9517件，结案率96.5%: a count of the act the rate rates names no things to rate. The count before
      // it may (受理欠薪案件186件，结案183件，结案率98.4% → 欠薪案件结案率).
      if (subject === '' || subject.endsWith(name.slice(0, -1)) || subject.endsWith(name.charAt(0))) {
        const counted = figureBefore(columns, figure, COUNT_KINDS, true);
        subject = counted >= 0 ? thingsActedOnLast(indicator[counted] as string) : '';
        if (subject !== '') figure = counted;
      }
      // 实际支出…，支出进度74.8%: a rate whose word the name before ends with is of that name, no subject of its own.
      if (subject !== '' && !subject.endsWith(name.slice(0, -1)) && !subject.endsWith(name.charAt(0)) && !subject.endsWith(name.slice(0, 2))) rename(i, `${subject}${name}`, figure);
    } else if (MEASURE_ALONE.test(name)) {
      let figure = figureBefore(columns, i, MEASURED);
      // 法人单位5246个，从业人员8.43万人，…营业收入: a firm's amount is of the firms, not of the people counted after them.
      while (figure >= 0 && columns.unit[figure] === 'person' && FIRMS_MEASURE.test(name)) figure = figureBefore(columns, figure, MEASURED);
      const before = figure >= 0 ? indicator[figure] as string : '';
      // 涉及居民8350户、建筑面积62.4万平方米: a measure after another of the same things takes the things it took.
      // 利润总额（亿元）236.5；营业收入(亿元)4125.3: an amount named by a measure gives its things without the measure.
      // 一般工业固体废物产生量…，综合利用量…: a measure of the same things after an amount of them takes the things without its word.
      const subject = measured.get(figure) ?? (kind[figure] === 'count' ? subjectOf(before) : before.replace(MEASURE_ENDING, '').replace(AMOUNT_WORD_END, ''));
      // 城市轨道交通运营线路4条、运营里程126.4公里: the word the measure opens with is not written twice.
      const opening = openingBefore(subject, name.slice(0, 2));
      if (subject !== '' && !subject.endsWith(name)) {
        rename(i, `${opening || subject}${name}`, figure);
        measured.set(i, subject);
      }
    } else if (STEP_ALONE.test(name) && kind[i] === 'count') {
      // 收到社情民意信息213篇…，向市政协报送168篇，被市政协采用42篇: a step of handling with no things is of the things a count
      // before in its unit names with a verb of getting them, past the other steps.
      let figure = figureBefore(columns, i, COUNT_KINDS, true);
      while (figure >= 0 && STEP_ALONE.test(indicator[figure] as string)) figure = figureBefore(columns, figure, COUNT_KINDS, true);
      const received = figure >= 0 ? RECEIVED_OPENING.exec(indicator[figure] as string) : null;
      const things = stepThings.get(figure) ?? (received ? (indicator[figure] as string).slice(received[0].length) : '');
      // Not things after another verb (收集并报送…), nor past the end of a part of the sentence (…；向市委报送32件).
      if (things.length >= 2 && !things.startsWith('并') && !PART_END.test(text.slice(end[figure] as number, start[i] as number))) {
        rename(i, PASSIVE.test(name) ? `${things}${name}` : `${name}${things}`, figure);
        stepThings.set(i, things);
      }
    } else if (BENEFIT_ALONE.test(name) && kind[i] === 'count') {
      // 新增发放脱贫人口小额信贷1.26亿元，惠及2873户: those who benefit are of what the figure before gives or does.
      const figure = figureBefore(columns, i, MEASURED);
      const given = figure >= 0 ? (indicator[figure] as string).replace(GIVEN_OPENING, '') : '';
      if (given.length >= GIVEN_LENGTH && !BENEFIT_ALONE.test(given)) rename(i, `${given}${name}`, figure);
    } else if (CAPACITY_ALONE.test(name) && kind[i] === 'count' && columns.unit[i] === 'person') {
      const figure = figureBefore(columns, i, COUNT_KINDS);
      const places = figure >= 0 ? subjectOf(indicator[figure] as string) : '';
      if (places !== '') rename(i, `${places}可容纳人数`, figure);
    } else {
      // 商品房销售面积86.42万平方米，…；销售金额94.16亿元: a measure opening with a word of the name before shares what that name opens with.
      const stem = SHARED_STEM.exec(name)?.[1];
      const figure = stem === undefined || !MEASURE_KINDS.has(kind[i] as Kind) ? -1 : figureBefore(columns, i, RATED);
      const before = figure >= 0 ? (indicator[figure] as string) : '';
      const opening = stem === undefined ? '' : openingBefore(before, stem);
      // The name before may end with the word itself (大病保险赔付 before 赔付金额, 基本医疗保险参保 before 参保率), but not after new
      // things (城镇新增就业 before 就业率: the rate is of all employment, not of the new).
      const rest = before.slice(opening.length + 2);
      if (opening !== '' && MEASURED_STEM.test(rest) && (rest !== '' || !NEW_BEFORE_STEM.test(opening)) && !OF_WHICH.test(text.slice(columns.clauseStart[i], start[i]))) rename(i, `${opening}${name}`, figure);
    }
  }

  function rename(i: number, named: string, figure: number): void {
    indicator[i] = named;
    noteLink(columns, i, `named after what the figure before it in its sentence (${columns.surface[figure]}) counts or measures`);
  }
}
