import { BARE_THINGS, BOUND_AFTER_AND, byFirstChar, NAME_LIMIT } from './guess-meaning.ts';
import { isDigit } from './is-digit.ts';
import { isSpace } from './is-space.ts';
import { RANK_VERBS } from './rank-words.ts';

/** Words that start what is said of the things counted (24件民生实事全面兑现): a name written after a count ends before them. */
const PREDICATE_START = byFirstChar([
  '为', '是', '以', '尚未', '没有', '无法', '不能', '未能', '全面', '全部', '全覆盖', '逐步', '持续', '加快', '有序', '顺利', '成功', '基本', '正在', '陆续', '稳步', '已', '均', '分别', '累计', '共', '被',
  '入选', '入围', '进入', '纳入', '列入', '获评', '获得', '荣获', '通过', '实现', '完成', '建成', '完工', '竣工', '开工', '投产', '投用', '通车',
  '年内', '年底', '当年', '逐项', '逐一', '运营', '启动', '落地', '挂牌', '签约', '到位', '达到', '达', '提升', '升级', '改造', '建设', '覆盖', '增长', '增加', '下降', '提高', '比', '开展', '进行', '实施情况',
  '提供', '派驻', '发放', '办理', '配备', '赠送',
]);
/** Verbs a name before a count may end with (仙女山机场开通8条航线, 解决2800人饮水安全问题): the things counted are named after the classifier, and the name is both. */
const COUNTING_VERBS = ['开通', '新增', '建成', '新建', '引进', '培育', '打造', '实施', '开工', '创建', '改造', '兑现', '推进', '落实', '招引', '认证', '签约',
  '召开', '举办', '组建', '组织', '成立', '设立', '设', '抽查', '检查', '解决', '化解', '整治', '排查', '培训', '帮扶', '救助', '慰问', '走访', '安置',
  '吸纳', '带动'];
/** The verbs examples of projects may open with (开工…等27个项目, 建成投产…等5个项目): no verb of one character (设 opens 设备, 设施), and none a prefix of one after it. */
const OPENING_VERBS = ['建成投产', '开工建设', '新开工', ...COUNTING_VERBS.filter((verb) => verb.length > 1)];
/** Prepositions a count may follow (对27件涉案企业…, 向1200名群众…): the things counted are named after the classifier, and the preposition is no name. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['对', '向', '为', '给', '帮助', '指导']);
/** A preposition after the verb that governs it (组织对126家企业开展…, 先后向…): no name either; not a word that ends in 对 or 向 (方向, 相对). */
const VERB_PREPOSITION = /^[\u4e00-\u9fa5]{1,4}(?<!方|绝|相|导|倾|去|走|意|投|反|应)(?:对|向)$/;
/**
 * Words of where or whose that name nothing counted (在全县14个乡镇, 对市级83个重点项目, 所辖7个县, 年内14个): the things are named after
 * the classifier, as after a preposition.
 */
const SCOPE_BEFORE = /^(?:(?:在|对|向|为|给)?(?:全县|全市|全区|全省|全州|市级|县级|区级|省级|本级)|所辖|辖区内?|年内)$/;
/** Where a name after a count stops besides a predicate: clause and list marks, brackets, 的 (and digits and white space). */
const NAME_AFTER_END = new Uint8Array(0x10000);
for (const char of '。，,；;：:！!？?\n、和及与()（）的') NAME_AFTER_END[char.charCodeAt(0)] = 1;

const AMONG = '中'.charCodeAt(0);
const AND = '及'.charCodeAt(0);
/** Words whose second character starts a predicate elsewhere (达, 共): inside a name they are no predicate (12个乡镇一般公共预算收入). */
const IN_WORD: ReadonlySet<string> = new Set(['直达', '通达', '送达', '下达', '抵达', '公共', '总共']);
/** 达标率: a measure that runs on from the things counted (水源地水质达标率), no predicate; and the end of a name of such a measure. */
const MEASURE_END = /(?:率|总量|总额)$/;
const RATE_OF_STANDARD = '达标率';
/** A party named with 被 (被告人, 被害人, 被执行人, 被保险人): a noun, not the passive that starts a predicate. */
const PARTY = /^被(?:告|害|执行人|征收|保险|监护|扶养|抚养|赡养|申请人|调查人)/;
/** A clause that ends with a count and the things it counts (审计抽查了15个乡镇): words after it are the count's, not the next figure's. */
const AFTER_COUNT = /\d(?:万|亿)?[个家项件名人户座所处条台辆艘架张套批次笔](?:[^\d，,；;、。]{1,10})$/;

/**
 * The name written after a count's classifier, from `end` (the end of the figure): 兑现24件民生实事
 * 全面兑现 → 民生实事; 江上明珠等11个问题楼盘逐步打通… → 问题楼盘. It stops at a clause or list
 * mark, a digit, white space, a bracket, 的, or a word that starts a predicate (35个已建成, 280家为…:
 * nothing is named there); at most `NAME_LIMIT` characters, less a 中 that ends the clause (抽查的11个项目中，…).
 */
export function nameAfter(text: string, end: number): string {
  let to = end;
  while (to < text.length && to - end < NAME_LIMIT) {
    const code = text.charCodeAt(to);
    // 14个县级及以上城市…: 及 of a bound (及以上, 及以下) ends no name, and its 以 starts no predicate.
    if (code === AND && BOUND_AFTER_AND.test(text.slice(to, to + 3))) {
      to += 3;
      continue;
    }
    if (NAME_AFTER_END[code] === 1 || isDigit(code) || isSpace(code)) break;
    // "318个村卫生室中一半以上…": 中 before a share in words sets apart the part the share is of.
    // "16个设区市中排名第4位": so does 中 before a rank, which is held among them.
    if (code === AMONG && (SHARE_AFTER_AMONG.test(text.slice(to + 1, to + 1 + SHARE_REACH)) || RANK_AFTER_AMONG.test(text.slice(to + 1, to + 1 + SHARE_REACH)))) return text.slice(end, to);
    // "11个县（市、区）第3位": 第 of a rank ends the name of the places it is held among.
    if (code === RANK_MARK && (isDigit(text.charCodeAt(to + 1)) || CHINESE_DIGIT.test(text.charAt(to + 1)))) break;
    const words = PREDICATE_START.get(code);
    // 直达资金, 下达: 达 after these is part of a word, no predicate; nor is 被 of a party (被告人, 被执行人).
    if (words && words.some((word) => text.startsWith(word, to)) && !IN_WORD.has(text.slice(to - 1, to + 1)) && !PARTY.test(text.slice(to, to + 4)) && !text.startsWith(RATE_OF_STANDARD, to)) break;
    to += 1;
  }
  // "34名员额法官人均结案…": 均 after 人 (人均, 户均) is an average of the things named, and takes its 人 with it.
  if (text.charCodeAt(to) === EACH_AVERAGED && to - end > 2 && PER_ONE.includes(text.charAt(to - 1))) return text.slice(end, to - 1);
  // "抽查的11个项目中，有3个…": 中 after the name sets apart a part of what is named; it is no part of the name.
  if (text.charCodeAt(to - 1) === AMONG && NAME_AFTER_END[text.charCodeAt(to)] === 1 && to - end > 2) return text.slice(end, to - 1);
  // "12个乡镇一般公共预算收入合计1.74亿元": a name that runs into the next figure names that figure after the places counted; the
  // count is of the places.
  // So does one that runs into it after the things counted (286个市级重点项目年度计划投资1120亿元 → 市级重点项目), or into a rate of
  // them (14个…水源地水质达标率为100% → …水源地).
  if (isDigit(text.charCodeAt(to)) || (MEASURE_END.test(text.slice(end, to)) && !text.startsWith(RATE_OF_STANDARD, end))) {
    const name = text.slice(end, to);
    return PLACES_OPENING.exec(name)?.[0] ?? THINGS_THEN_FIGURE.exec(name)?.[1] ?? name;
  }
  return text.slice(end, to);
}

/** 均 of an average per one (人均, 户均, 亩均), and the ones it may be per. */
const EACH_AVERAGED = '均'.charCodeAt(0);
const PER_ONE = '人户亩村';
/** A share in words (一半, 三分之一, 近三成) right after a 中 that ends a count's name. */
const SHARE_AFTER_AMONG = /^(?:近|约|超过|不足|不到)?(?:一半|[一二三四五六七八九十两]{1,2}(?:成|分之))/;
const SHARE_REACH = 6;
/** The words of a rank right after a 中 that ends a count's name (排名, 位列). */
const RANK_AFTER_AMONG = new RegExp(`^(?:${RANK_VERBS}|排)`);
/** The 第 of a rank, and the numerals it may be written with. */
const RANK_MARK = '第'.charCodeAt(0);
const CHINESE_DIGIT = /[一二三四五六七八九十]/;

/** Things counted ending the words of a name that runs into the next figure (市级重点项目|年度计划投资, 大中型水库|蓄水总量; the last such word, 省级企业技术中心|研发投入), before two more characters. */
const THINGS_THEN_FIGURE = /^([\u4e00-\u9fa5]{0,14}(?:项目|工程|企业|单位|学校|医院|卫生院|卫生室|幼儿园|法庭|派出所|行政村|社区|乡镇|街道|园区|中心|基地|平台|水库|电站|码头|泊位|桥梁|隧道|景区|监测站|断面|水源地))(?=[\u4e00-\u9fa5]{2})/;

/** The places or works a name after a count may open with before the name of another figure (乡镇一般公共预算收入, 项目总投资). */
const PLACES_OPENING = /^(?:乡镇|街道|社区|行政村|区县|县区|园区|学校|医院|企业|部门|单位|项目|工程)(?=[\u4e00-\u9fa5]{2})/;

/**
 * The indicator of a count, where the text names the things counted after the classifier (the way
 * Chinese writes most counts: 建成24个项目): the name after it (`nameAfter`) when the words before
 * name nothing of their own (nothing, a preposition: 对27件涉案企业, a scope: 在全县14个乡镇, 所辖7个县, the things of the count before: 15个乡镇86个项目, examples ending in 等, other items of a list ending in 、, or words
 * that end in 的 and so describe what follows: 以高山番茄谷为重点的5个产业示范片),
 * or those words and it when they end in a verb of counting (开通 + 航线, 召开 + 会议, 设 + 科室). Otherwise, or where nothing
 * is named after it, the name before.
 *
 * @param before - The name guessed from the words before (`guessIndicator`).
 * @param clause - The clause before the figure, as `clauseBefore` cuts it.
 * @param text - The (normalised) text.
 * @param end - Where the figure ends in the text.
 */
export function countName(before: string, clause: string, text: string, end: number): string {
  const items = before === '' || PREPOSITIONS.has(before) || VERB_PREPOSITION.test(before) || SCOPE_BEFORE.test(before) || before.endsWith('等') || clause.endsWith('、') || clause.endsWith('的') || AFTER_COUNT.test(clause);
  const verb = !items && COUNTING_VERBS.some((word) => before.endsWith(word));
  if (!items && !verb) return before;
  const after = nameAfter(text, end);
  if (after === '') return before;
  if (verb) return `${before}${after}`;
  // 开工垫丰武高速等27个项目: things too general to name the count alone keep the verb the examples open with (开工项目).
  const opened = clause.trimStart();
  const opening = BARE_THINGS.test(after) && before.endsWith('等') ? OPENING_VERBS.find((word) => opened.startsWith(word)) : undefined;
  return `${opening ?? ''}${after}`;
}
