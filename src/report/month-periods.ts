/** Months of the year a sentence's figures are of, from a character of the sentence on. */
export interface MonthPeriod {
  /** Where in the sentence the months are named: they hold for the figures after it. */
  at: number;
  /** The months as written (1—9月, 前三季度, 9月当月). */
  name: string;
  /** The first and last month (1 to 12). */
  from: number;
  to: number;
  /** Set on the whole year a clause turns to (…，全年召开会议8次): it ends the months before it, and is no part of a year. */
  whole?: true;
  /** Set on a month's end (2月末，…): the time the stocks of its sentence stand at, which only sentences after of stocks carry on. */
  point?: true;
}

/** Parts of the year by name, with their months. */
const PARTS: Readonly<Record<string, readonly [number, number]>> = {
  上半年: [1, 6], 下半年: [7, 12], 前三季度: [1, 9], 一季度: [1, 3], 第一季度: [1, 3], 二季度: [4, 6], 第二季度: [4, 6],
  三季度: [7, 9], 第三季度: [7, 9], 四季度: [10, 12], 第四季度: [10, 12],
};

/** The parts of a year reports name (上半年, 前三季度, 二季度, 第一季度), as pattern alternatives. */
const PART_NAMES = '上半年|下半年|前三季度|第?[一二三四]季度';
/** The months a report names part of a year by (1—9月, 10—11月份, 上半年, 二季度, 前10个月), as pattern alternatives without groups. */
export const PART_OF_YEAR = `\\d{1,2}\\s*[-—–~～至]\\s*\\d{1,2}月(?:份)?|${PART_NAMES}|前\\d{1,2}个月`;

/** A sentence that opens with the months its figures are of: 1—9月，…; 今年1-10月，…; 前三季度，…; 前10个月，…; 2024年上半年，…; 2月末，… */
const OPENING = new RegExp(`^(?:(?:19|20)\\d{2}年|今年|去年)?(?:(\\d{1,2})\\s*[-—–~～至]\\s*(\\d{1,2})月(?:份)?|(${PART_NAMES})|前(\\d{1,2})个月|(\\d{1,2})月(?:末|底))(?=[，,])`);
/**
 * Months a clause opens with, before a figure of its own (一季度全县新登记经营主体1786户，二季度2116户，上半年合计3902户；
 * 1—9月累计5967户): each holds from there. Not a time since (二季度以来), one a clause names no figure of, nor one of a list
 * whose figures follow it (一季度、二季度、三季度分别增长…: each its own).
 */
const CLAUSE_OPENING = new RegExp(`(?<=^|[，,；;、])\\s*((\\d{1,2})\\s*[-—–~～至]\\s*(\\d{1,2})月(?:份)?|(${PART_NAMES})|前(\\d{1,2})个月)(?!以来)(?![^，,；;。\\d]{0,16}分别)(?=[^，,；;。\\d]{0,16}\\d)`, 'g');
/** One month a clause turns to (其中9月当月增长8.3%; 10月当月，…; 10月份，…). */
const ONE_MONTH = /(?<![\d—–~～至-])(\d{1,2})月(?:当月|份)(?=[，,]|[^，,；;。\d]{0,12}\d)/g;
/** A time of a sentence's own (a year, 全年, 上年 but for 上年同期, 截至, a month, a quarter, the year's end or start, but not one compared with: 比年初, 比上年末, 与年初相比): the months before it do not hold for it. */
const NAMES_TIME = /(?:19|20)\d{2}年|全年|今年|去年|上年(?!同期|末|底)|截至|截止|\d{1,2}\s*月|季度|半年|个月|(?<!(?:比|较|与)上?)年(?:末|底|初)/;

/**
 * The months of the year a sentence's figures are of, as reports on part of a year write them (a
 * monthly economic bulletin's 1—9月，全市地区生产总值1865.4亿元: the figure is of January to
 * September, not of the year): the months the sentence opens with, the months a later clause opens with before a figure
 * of its own (…，二季度2116户，上半年合计3902户), and any one month a clause after turns to (其中9月当月增长8.3%), each holding
 * from where it is named. Empty where the
 * sentence names none. A date the figures stand at (截至9月末) is no part of a year: not read here.
 *
 * A paragraph of such a report opens with its months and goes on in sentences that do not repeat
 * them (1—9月，…增长7.1%。分产业看，第一产业增加值102.3亿元…): given the months the sentence before
 * in the same paragraph opened with, a sentence that names no time of its own has them too.
 *
 * @param sentence - The sentence around a figure.
 * @param carried - The months the sentence before it in its paragraph opened with (or carried), if any.
 * @returns The months named, in the order of the sentence.
 */
export function monthPeriods(sentence: string, carried?: MonthPeriod): MonthPeriod[] {
  const found: MonthPeriod[] = [];
  if (carried !== undefined && !namesTime(sentence)) return [{ ...carried, at: 0 }];
  // Most sentences name no month: they are not read further.
  if (!sentence.includes('月') && !sentence.includes('季') && !sentence.includes('半年')) return found;
  const opening = OPENING.exec(sentence.trimStart());
  if (opening) {
    const [name, from, to, part, first, end] = opening;
    // A month's end (2月末，…余额412.6亿元) is the time its stocks stand at: that month.
    const months = from !== undefined ? [Number(from), Number(to)] : part !== undefined ? PARTS[part] : end !== undefined ? [Number(end), Number(end)] : [1, Number(first)];
    if (months && valid(months[0] as number, months[1] as number)) found.push({ at: 0, name: name.replace(/^(?:(?:19|20)\d{2}年|今年|去年)/, ''), from: months[0] as number, to: months[1] as number, ...(end !== undefined ? { point: true as const } : {}) });
  }
  // Clauses are looked at only where one opens with a word of months.
  if (OPENING_WORD.test(sentence)) {
    for (const clause of sentence.matchAll(CLAUSE_OPENING)) {
      const [, name = '', from, to, part, first] = clause;
      const months = from !== undefined ? [Number(from), Number(to)] : part !== undefined ? PARTS[part] : [1, Number(first)];
      const at = (clause.index ?? 0) + clause[0].length - name.length;
      if (months && valid(months[0] as number, months[1] as number)) found.push({ at, name, from: months[0] as number, to: months[1] as number });
    }
  }
  // A clause that opens with the whole year (…，全年召开会议8次) ends the months before it: a year of twelve months holds from there.
  if (found.length > 0) for (const year of sentence.matchAll(WHOLE_YEAR)) found.push({ at: year.index ?? 0, name: '全年', from: 1, to: 12, whole: true });
  for (const month of sentence.matchAll(ONE_MONTH)) {
    const number = Number(month[1]);
    if (valid(number, number)) found.push({ at: month.index ?? 0, name: month[0], from: number, to: number });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** A clause that opens with the whole year (，全年召开会议8次). */
const WHOLE_YEAR = /(?<=[，,；;])\s*全年/g;
/** A word of part of a year that a clause may open with, looked for before the clauses are. */
const OPENING_WORD = new RegExp(`(?:^|[，,；;、])\\s*(?:${PART_OF_YEAR})`);

const valid = (from: number, to: number): boolean => from >= 1 && to <= 12 && from <= to;

/**
 * Whether a text names a time of its own (a year, 全年, 上年 but for 上年同期, 截至, a month, a
 * quarter, the year's end): months named before it do not hold for its figures.
 *
 * @param text - A sentence, or the text between two.
 */
export const namesTime = (text: string): boolean => NAMES_TIME.test(text);
