import type { Kind, Status, Direction, Topic } from '../report/types.ts';
import type { Qualifier, UnitCode } from '../quantity/types.ts';
import type { NumberShape } from './scan-numbers.ts';

const LEVEL_UNITS: readonly UnitCode[] = ['yuan', 'usd', 'yuan_per_m2', 'ug_m3', 'mm', 'mu', 'hectare', 'm2', 'km2', 'km', 'm', 'm3', 'tonne', 'kg', 'kw', 'kwh'];
const DURATION_UNITS: readonly UnitCode[] = ['hour', 'minute'];

/** Words that say a percentage is a change, and which way (the nearest before the number wins). */
const CHANGE_UP = ['增长', '增速', '增幅', '提高', '提升', '上升', '上涨', '增加', '扩大', '涨'];
const CHANGE_DOWN = ['下降', '降低', '减少', '回落', '下滑', '压减', '压缩', '缩减', '降幅', '减'];
const SHARE = ['占比', '比重', '占', '份额'];
/** Words of intent; 计划 only as a verb (计划新增), not as the plan a result is measured against (完成年度计划的103%). */
const TARGET_CUES = /(力争|确保|预期目标|计划(?!的|执行|完成率)(?=新增|完成|实施|建成|开工|投资|引进|培育|新建))/;

/** How far back a clause is looked for: a clause is a few dozen characters; text without punctuation must not make the search quadratic. */
const CLAUSE_LIMIT = 200;

/** Where clauses end: 。，；：！？ (full width and ASCII) and line breaks. A comma between digits (1,234) is a thousands separator. */
const CLAUSE_END = /[。，,；;：:！!？?\n]/;

/** The clause a number stands in, up to the number: back to the previous 。，；：！？ or line break (at most 200 characters). */
export function clauseBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < CLAUSE_LIMIT) {
    const char = text[from - 1] ?? '';
    if (CLAUSE_END.test(char) && !(char === ',' && /\d/.test(text[from - 2] ?? '') && /\d/.test(text[from] ?? ''))) break;
    from -= 1;
  }
  return text.slice(from, start);
}

/** The cue nearest before the number in its clause, among the given words, and its distance. */
function nearest(clause: string, words: readonly string[]): number {
  let best = Infinity;
  for (const word of words) {
    const at = clause.lastIndexOf(word);
    if (at >= 0) best = Math.min(best, clause.length - at - word.length);
  }
  return best;
}

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
  const down = nearest(clause, CHANGE_DOWN);
  const up = nearest(clause, CHANGE_UP);
  const direction: Direction | null = down < up ? 'down' : up < Infinity ? 'up' : null;
  if (unit === 'pp') return { kind: 'pp_change', direction: direction ?? 'up' };
  if (unit === 'bp') return { kind: 'bp_change', direction: direction ?? 'up' };
  // 第4个, 第二十届: an ordinal, whatever follows it
  if (/第\s*$/.test(clause)) return { kind: 'ordinal', direction: null };
  // 65岁以上老年人: a bound in a definition; 人均预期寿命78.5岁: a level
  if (unit === 'age') return { kind: qualifier === 'exact' || qualifier === 'about' ? 'level' : 'threshold', direction: null };
  if (unit === 'multiple') return { kind: 'ratio', direction: null };
  if (unit === 'permille') return { kind: 'rate', direction: null };
  if (unit === 'percent') {
    // 完成年度计划的103%, 为上年的96%: a percentage of another figure, which may pass 100%
    if (/(?:计划|目标|任务|预算|上年|同期)的?$|完成率(?:为|达到?)?$/.test(clause)) return { kind: 'ratio', direction: null };
    const share = nearest(clause, SHARE);
    const change = Math.min(up, down);
    // 提高到95% / 达到95%: a level reached, not a change
    if (/(到|至|达|为)\s*$/.test(clause)) return { kind: share < 8 ? 'share' : 'rate', direction: null };
    if (change <= 6 && change <= share) return { kind: 'growth', direction };
    if (share < Infinity) return { kind: 'share', direction: null };
    return { kind: 'rate', direction: null };
  }
  if (/周年$/.test(surface) || /^届/.test(after)) return { kind: 'ordinal', direction: null };
  if (unit === 'year') return { kind: 'duration', direction: null };
  if (DURATION_UNITS.includes(unit)) return { kind: 'duration', direction: null };
  if ((qualifier === 'at_least' || qualifier === 'above' || qualifier === 'at_most') && /^的/.test(after)) return { kind: 'threshold', direction: null };
  if (unit === 'number') return { kind: /[“"「『]$/.test(clause) || /^[”"」』]/.test(after) ? 'code' : /第\s*$/.test(clause) ? 'ordinal' : 'count', direction: null };
  if (LEVEL_UNITS.includes(unit)) return { kind: 'level', direction: null };
  return { kind: 'count', direction: null };
}

/** Guesses whether a number is a result, an estimate, a target or a reference (a date, a code, a threshold). */
export function guessStatus(kind: Kind, inPlan: boolean, surface: string, sentenceBefore: string): Status {
  if (kind === 'date' || kind === 'code' || kind === 'name' || kind === 'threshold' || kind === 'ordinal') return 'reference';
  // 预计 governs the rest of its sentence: 预计…增长8%,…比重11%
  if (/^预计/.test(surface) || /预计|初步核算|初步统计|初步测算/.test(sentenceBefore)) return 'estimate';
  if (inPlan) return 'target';
  // In the review, only words of intent make a target (争取 there means "secured", so it does not count).
  return TARGET_CUES.test(sentenceBefore) ? 'target' : 'actual';
}

/** Words before a number that belong to the verb or the qualifier, not to the indicator's name. */
const LEADING = /^(?:——|[一二三四五六七八九十]+、|初步核算|初步统计|按常住地分|全年|年末|年初|全区|全县|全市|全省|全州|全旗|全镇|全乡|其中|同时|并|力争|确保|争取|实现|完成|达到|预计|建成|推动|加快|开展|深化|实施|共|合计|总计|的|比上年末|较上年末|比上年同期|比年初|同比|比上年|较上年|分别|均|和|及|与)+/;
const TRAILING = /(?:比上年末|较上年末|比上年同期|比年初|同比|比上年|较上年|分别为|分别达到|分别|(?<!年)均|实现|完成|达到|控制在|保持在|稳定在|达|为|至|到|增长|增速|下降|降低|减少|提高|提升|上升|上涨|增加|突破|超过|超|约|近|预计|共|计|了|在|的|由|从)+$/;

/**
 * The part of a clause that names one number: after the last 、 (or 和/及/与) that closes an earlier figure
 * ("接待游客4494万人次、旅游综合收入217亿元": the second number's part is "旅游综合收入"). A 、 between
 * names without figures (批发、零售…分别) is kept.
 */
export function ownPart(clause: string): string {
  for (let at = clause.length - 1; at >= 0; at -= 1) {
    if (/[、和及与]/.test(clause[at] ?? '') && /\d/.test(clause.slice(0, at))) return clause.slice(at + 1);
  }
  return clause;
}

/** The indicator a number measures, guessed from the words before it in its clause. */
export function guessIndicator(clause: string): string {
  // Only the words after the last figure of the clause name this one ("…485.2万人比上年末" names nothing of its own).
  const own = ownPart(clause).replace(/\s+/g, '');
  const lastFigure = /^.*(?<![A-Za-z\d.])\d[\d.,]*(?:万亿|亿|万)?(?:%|‰|个百分点|元|人次|人|户|家|个|项|吨|亩|公里|平方米|千瓦时|千瓦|岁|倍|万)?(?:以上|以下|以内|左右)?/.exec(own);
  const words = (lastFigure ? own.slice(lastFigure[0].length) : own).replace(LEADING, '').replace(TRAILING, '');
  const trimmed = words.replace(/^[“"「『(（]+|[”"」』)）]+$/g, '').slice(-24);
  // Quotation marks and brackets left unpaired by the cut (“批零住餐”营业额, 专家人才(团队) are dropped; paired ones stay.
  const paired = (open: RegExp, close: RegExp) => (trimmed.match(open)?.length ?? 0) === (trimmed.match(close)?.length ?? 0);
  let name = trimmed;
  if (!paired(/[“「『]/g, /[”」』]/g)) name = name.replace(/[“”「」『』]/g, '');
  if (!paired(/[(（]/g, /[)）]/g)) name = name.replace(/[()（）]/g, '');
  return name;
}

const TOPIC_WORDS: readonly [Topic, RegExp][] = [
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

/** Guesses the topic of a number from its sentence; `meta` when nothing matches. */
export function guessTopic(sentence: string): Topic {
  return TOPIC_WORDS.find(([, words]) => words.test(sentence))?.[0] ?? 'meta';
}
