import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';
import { FIVE_YEAR_PLANS } from './plan-period.ts';

/** The kinds of document the layout reader knows by their titles. */
/**
 * The kinds of document the layout reader knows by their titles: a government work report, a report
 * on the execution of the plan or of the budget, a statistical bulletin, an audit report (审计工作报告:
 * the results of the year it audits, no targets), and a list of a year's undertakings (2025年十件民生实事,
 * 重点项目计划, 工作要点: every figure a target of its year), and a five-year plan's outline (第十五个五年规划纲要:
 * the plan's targets are for its last year, its review of the plan before for the year before its first).
 */
export type DocumentType = 'work_report' | 'plan_report' | 'budget_report' | 'bulletin' | 'audit_report' | 'plan_list' | 'five_year_plan' | 'unknown';

/** A numbered heading of a document (一、2023年工作回顾), where it starts and what part it opens. */
export interface Heading {
  start: number;
  text: string;
  role: 'review' | 'plan' | 'other';
}


/** What `documentLayout` read from a document: its type, source, years and parts. */
export interface DocumentLayout {
  type: DocumentType;
  /** The title, from the first lines (with the place added when the title line has none, as in 政府工作报告). */
  title: string;
  /** The government or place the document is of (青岚县, 重庆市武隆区), or `null`. */
  place: string | null;
  /** The date the report was given (——2025年1月15日在…), or a bulletin's date line, as YYYY-MM-DD, or `null`. */
  date: string | null;
  /** A date of publication in the page's head (2024-02-23 in a web page's header line, 发布时间:2024年2月23日), or `null`. */
  published: string | null;
  /** The year whose results the document gives (2023 in a work report given in early 2024; a bulletin's own year), or `null`. */
  reviewYear: number | null;
  /** The year whose targets it sets, or `null` (a bulletin sets none). */
  planYear: number | null;
  /** Offset where the plan part starts (targets from here on), or the text's length when there is none. */
  planStart: number;
  /**
   * Offset where the plan part ends: the first of the annexes after it (附件：1.2025年度…统计表, 附表, 附录, and the closing notes 注：…) from
   * which on none names a year of the plan; their figures are of the years their own lines name. Else the text's length. Read from
   * the document whatever `planStart` is given.
   */
  planEnd: number;
  /**
   * Where the years were read: `override` (given), `headings` (一、2023年工作回顾 / 二、2024年工作安排),
   * `title` (云溪市2024年…统计公报; …2024年计划执行情况与2025年计划草案), `date` (a work report given in
   * 2025 reviews 2024), `census` (a census bulletin's standard time: 以2023年12月31日为标准时点), `commonest` (the year written most
   * often, but not after a word of comparison: a weak guess) or `none`.
   */
  from: 'override' | 'headings' | 'title' | 'census' | 'date' | 'commonest' | 'none';
  /** The numbered headings read (一、… 二、…), with the part each opens. */
  headings: Heading[];
}

/** Options of `documentLayout`: explicit years and plan start, each overriding what is read. */
export interface LayoutOptions {
  /** The year whose results the document gives. Default: read from the document. */
  reviewYear?: number;
  /** The year whose targets it sets. Default: read from the document (the year after the review year when it has a plan part). */
  planYear?: number;
  /** Where the plan part starts, as an offset. Default: the heading with 工作安排/主要目标/预期目标…. */
  planStart?: number;
}

/** The first year of the five-year plan a title is the outline of (…第十五个五年规划纲要, “十五五”规划), or null. */
function planOf(title: string): number | null {
  const found = /第(十[一二三四五六])个五年规划|(十[一二三四五六])五”?(?:时期)?[^，。]{0,12}规划/.exec(title);
  // The plan's number (十五 in 十五五 and in 第十五个五年规划) names it as FIVE_YEAR_PLANS does, with 五.
  return found ? FIVE_YEAR_PLANS[`${found[1] ?? found[2]}五`] ?? null : null;
}

/** A bulletin's title: a statistical bulletin (统计公报), or a census's (第五次全国经济普查公报, 第七次全国人口普查公报（第一号）). */
const BULLETIN_TITLE = /统计公报|普查公报/;
/** The standard time of a census, whose year its figures are of (以2023年12月31日为标准时点; 普查标准时点为2020年11月1日零时). */
const CENSUS_TIME = /以\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:零时)?为(?:普查)?标准时点|标准时点(?:是|为)\s*((?:19|20)\d{2})\s*年/;
/** A year written in the text, counted for the commonest. */
const YEAR_WRITTEN = /((?:19|20)\d{2})年/g;
/** A word of comparison right before a year (比2018年, 较2020年, 与2018年相比, 由2020年的): the year compared with. */
const COMPARED_BEFORE = /[比较与由从]$/;

/** A title of a list of a year's undertakings: 2025年十件民生实事, 2025年重点项目计划, 2025年工作要点. */
const LIST_TITLE = /(?:19|20)\d{2}\s*年.{0,12}(?:民生实事|重点民生项目|重点项目(?:计划|清单|安排)|工作要点)/;

/**
 * A title that reports on the results of a list or a plan (关于2024年十件民生实事完成情况的报告, “十四五”规划中期评估, 2025年重点项目建设情况及
 * 2026年重点项目计划): no list of targets alone.
 */
const LIST_RESULTS = /完成情况|落实情况|办理情况|实施情况|执行情况|建设情况|进展|总结|评估/;

/** A heading of the rest of a year (下半年工作措施): its plans are for the year the review before it reports on. */
const REST_OF_YEAR = /下半年|四季度/;
/** A title that sums up a year's first half and plans its second (2025年上半年工作总结和下半年工作计划). */
const HALF_YEAR = /上半年[^\n]{0,12}下半年/;

/** The people's congress a report is given at (在…第五届人民代表大会第四次会议上): its yearly session reviews the year before. */
const AT_CONGRESS = /人民代表大会(?!常务委员会)/;
/** The last month a congress's yearly session is held in (most sit from January to March, a few into April): a report given later is no yearly review. */
const CONGRESS_LAST_MONTH = 4;
/**
 * A heading: a line opening with its number (一、, 第三章), or a short line of its own that opens with a year and has no
 * punctuation of a sentence, digits or spaces after it (2026年主要任务; not a table's row 2026年预算安排 55 60), which counts only
 * where it reviews or plans.
 */
const HEADING = /(?:^|\n)[ \t\u3000]*((?:[一二三四五六七八九十]+[、,.，．]|第[一二三四五六七八九十]+[章篇][ \t\u3000]*)[^\n]{0,60}|(?:19|20)\d{2}\s*年[^\n，。；,;：:！!？?\d\s]{2,20}(?=[ \t\u3000]*(?:\n|$)))/g;
/** A heading without its number (2026年主要任务). */
const UNNUMBERED = /^(?:19|20)\d{2}/;
const PLAN_WORDS = /((?:下半年|下一步|下步)(?:工作)?措施|工作安排|工作计划|工作要点|工作重点|重点任务|工作打算|工作思路|发展思路|下步打算|下一步工作|工作任务|主要任务|预期目标|主要目标|目标任务|奋斗目标|发展目标|总体要求|工作建议|重点工作|计划草案|计划安排|预算草案|预算安排|项目计划|建设计划|投资计划)/;
/** Words of a heading that reviews (重点工作开展情况 too); what was done to carry out a decision (落实省人大决议和财政重点工作情况) too, whatever plan words it names. */
const REVIEW_WORDS = /(工作回顾|回顾|工作总结|执行情况|完成情况|推进情况|进展情况|实施情况|开展情况|办理情况|决算情况|发展基础|主要成效|工作成效|主要成绩|工作成绩|主要做法|建设情况|(?:落实|贯彻)[^\n]{0,30}情况)/;
const YEAR = /((?:19|20)\d{2})\s*年/;
/** A line that opens an annex (附件, 附件1, 附表：…, 附录, 附：名词解释, 附注: group 1) or the document's notes (注：…, 注释：, 说明：). */
const ANNEX = /(?:^|\n)[ \t\u3000]*(?:((?:附件|附表|附录)[ \t\u3000]*\d{0,2}(?=[：:\s]|$)|附(?=[：:])|(?:附注|名词解释)(?=[：:\s]|$))|(?:注释|注|说明)[ \t\u3000]*(?=[：:]))/g;

/** A line of running text (全年新建5G基站1000个。): long, and no item of a note (2.…, [3]…). */
const TEXT_LINE = /^(?![ \t\u3000]*(?:\d{1,2}[.．、]|[[［(（]\d{1,2}[\]］)）]))[^\n]{41,}$/gm;

/** Where the last line of running text from `from` on starts, or -1: a note whose line ends before it does not close the text. */
function lastTextLine(text: string, from: number): number {
  let last = -1;
  TEXT_LINE.lastIndex = from;
  for (let found = TEXT_LINE.exec(text); found !== null; found = TEXT_LINE.exec(text)) last = found.index;
  return last;
}

/**
 * Where the plan part ends: at the first of the annexes after it from which on none names the plan's year (附件：1.2025年度…统计表;
 * not 附表：2026年重点项目表, nor one that says 截至2026年底), so that every annex after the end is of other years. The document's closing
 * notes (注：…, 注释：, 说明：) count as an annex, but not a note with a numbered heading after it (注：[ ]内为五年累计数 under a table of
 * targets, in the middle of the plan). The text's length where no annex ends it.
 */
function annexesAfter(text: string, planStart: number, plan: number | null, headings: readonly Heading[]): number {
  const lastHeading = headings.at(-1)?.start ?? -1;
  // A note closes the text where no line of the text goes on after its own line (a signature and a date may): read once, when needed.
  let lastText: number | undefined;
  const starts: number[] = [];
  ANNEX.lastIndex = planStart;
  for (let found = ANNEX.exec(text); found !== null; found = ANNEX.exec(text)) {
    const at = found.index + (found[0].length - found[0].trimStart().length);
    if (found[1] !== undefined) starts.push(at);
    else if (at > lastHeading) {
      lastText ??= lastTextLine(text, planStart);
      const lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0 || lastText <= lineEnd) starts.push(at);
    }
  }
  let end = text.length;
  // The plan's year, but not in a date (the signature's 2026年1月15日).
  const planned = plan === null ? null : new RegExp(`${plan}\\s*年(?!\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)`);
  // From the last annex back: each that names no year of the plan, up to the next, ends the plan where it opens.
  for (let k = starts.length - 1; k >= 0; k -= 1) {
    const at = starts[k] as number;
    if (planned !== null && planned.test(text.slice(at, starts[k + 1] ?? text.length))) break;
    end = at;
  }
  return end;
}
/** How many characters of the start of a document hold its title, date and source lines. */
const HEAD_REACH = 400;

const PLACE = /(?:[\u4e00-\u9fa5]{1,8}?(?:特别行政区|自治区|自治州|自治县|省|市|区|县|旗|州)){1,3}/;
/** Words that open a title or an occasion line but are not part of the place. */
const NOT_PLACE = /^(?:关于|在|中共|全|本)/;

/** The place a title, occasion or signature line names first (重庆市武隆区, 云溪市), or `null`; prose (今年全区…) names none. */
function placeIn(line: string): string | null {
  if (/[。，,；;]/.test(line)) return null;
  const cleaned = line.replace(/^[\s—-]*(?:\d{4}年\d{1,2}月\d{1,2}日)?/, '').replace(NOT_PLACE, '');
  const found = PLACE.exec(cleaned)?.[0] ?? null;
  return found && !/^(?:人民|政府|人大|地区)/.test(found) && !/年|全|本|园区|社区/.test(found) ? found : null;
}

const iso = (year: string, month: string, day: string): string => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;

function checkYear(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 1000 && value <= 9999)) {
    throw new FactcheckError('INVALID_ARGUMENT', messages.badYear(value, name));
  }
}

/**
 * Reads the layout of a Chinese government document from its own text, not from any one report's
 * layout: its type (a government work report, a report on the execution of the plan, a budget
 * report, a statistical bulletin) from its title; its place and date from the title and occasion
 * lines; the year it reviews and the year it plans for, from the first source that says — the
 * options, the numbered headings (一、2023年工作回顾 … 二、2024年工作安排; 一、2025年和“十四五”时期工作回顾),
 * the title (云溪市2024年国民经济和社会发展统计公报: results of 2024, no plan; …2024年计划执行情况与2025年
 * 计划草案), the date given (a work report given in January 2025 reviews 2024), or, as a weak guess
 * said to be one, the year written most often; and where the plan part starts.
 *
 * @param text - The document text.
 * @param options - See `LayoutOptions`.
 * @returns What was read, and from where.
 * @example
 * documentLayout('云溪市2024年国民经济和社会发展统计公报\n一、综合\n全年地区生产总值增长5.3%。')
 * // => { type: 'bulletin', title: '云溪市2024年国民经济和社会发展统计公报', place: '云溪市', date: null, published: null, reviewYear: 2024, planYear: null, planStart: 42, planEnd: 42, from: 'title', headings: [{ start: 22, text: '一、综合', role: 'other' }] }
 * documentLayout('政府工作报告\n——2025年1月15日在青岚县第十八届人民代表大会第五次会议上\n一、2024年工作回顾\n…\n二、2025年工作安排\n…').planYear
 * // => 2025
 */
export function documentLayout(text: string, options: LayoutOptions = {}): DocumentLayout {
  checkYear('reviewYear', options.reviewYear);
  checkYear('planYear', options.planYear);
  if (options.planStart !== undefined && !(Number.isInteger(options.planStart) && options.planStart >= 0)) {
    throw new FactcheckError('INVALID_ARGUMENT', messages.badCount('planStart', options.planStart));
  }
  // Line breaks of any kind and full-width digits read as their plain forms, one character for one.
  const plain = text.replace(/[\r\u2028\u2029\uff10-\uff19]/g, (char) => (char.charCodeAt(0) >= 0xff10 ? String.fromCharCode(char.charCodeAt(0) - 0xfee0) : '\n'));
  const head = plain.slice(0, HEAD_REACH);
  const lines = head.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const bulletinLine = lines.slice(0, 2).find((line) => BULLETIN_TITLE.test(line));
  const firstLine = bulletinLine ?? lines[0] ?? '';
  const type: DocumentType = bulletinLine !== undefined ? 'bulletin'
    : /计划(?:的)?执行情况/.test(head.slice(0, 120)) ? 'plan_report'
      : /预算(?:的)?执行情况|决算(?:的)?报告|决算草案/.test(head.slice(0, 120)) ? 'budget_report'
        : /政府工作报告/.test(head.slice(0, 120)) ? 'work_report'
          : /审计工作报告|审计结果(?:的)?(?:报告|公告)/.test(firstLine) ? 'audit_report'
            : planOf(firstLine) !== null && !LIST_RESULTS.test(firstLine) ? 'five_year_plan'
            : LIST_TITLE.test(firstLine) && !LIST_RESULTS.test(firstLine) ? 'plan_list' : 'unknown';
  const occasion = /——\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在([^\n]{0,60})/.exec(head);
  const dateLine = lines.slice(0, 6).map((line) => /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(line)).find((match) => match);
  const date = occasion ? iso(occasion[1] as string, occasion[2] as string, occasion[3] as string)
    : dateLine ? iso(dateLine[1] as string, dateLine[2] as string, dateLine[3] as string) : null;
  const stamp = /(?:发布(?:时间|日期)[:：]?\s*|\|\s*|^)((?:19|20)\d{2})[-/年](\d{1,2})[-/月](\d{1,2})日?(?!\s*在)/m.exec(head);
  const stamped = stamp ? iso(stamp[1] as string, stamp[2] as string, stamp[3] as string) : null;
  const published = stamped !== null && stamped !== date ? stamped : null;
  const place = placeIn(firstLine) ?? (occasion ? placeIn(occasion[4] ?? '') : null) ?? lines.slice(1, 4).map(placeIn).find((found) => found) ?? null;
  const title = place && !firstLine.includes(place) && /^[^\d]{0,20}(报告|公报)$/.test(firstLine) ? `${place}${firstLine}` : firstLine;

  const headings: Heading[] = [];
  let planStart = text.length;
  let planHeadingYear: number | null = null;
  let reviewHeadingYear: number | null = null;
  /** The year of the last review heading read (2026 of 二、2026年上半年预算执行情况). */
  let lastReviewYear: number | null = null;
  for (const match of plain.matchAll(HEADING)) {
    const line = (match[1] ?? '').trim();
    const start = (match.index ?? 0) + (match[0].length - (match[1] ?? '').length);
    const written = YEAR.exec(line);
    // A heading that reports on its targets (2023年主要目标完成情况) reviews: review words are tested first.
    const role = REVIEW_WORDS.test(line) ? 'review' : PLAN_WORDS.test(line) ? 'plan' : 'other';
    if (role === 'other' && UNNUMBERED.test(line)) continue;
    headings.push({ start, text: line, role });
    if (role === 'plan') {
      // The plan part starts at its first heading (“十五五”时期奋斗目标); its year is the first a plan heading names (2026年主要目标任务),
      // or, for the rest of a year (下半年工作措施), the year of the review heading before it (2026年上半年预算执行情况).
      if (planStart === text.length) planStart = start;
      if (written && planHeadingYear === null) planHeadingYear = Number(written[1]);
      else if (!written && planHeadingYear === null && REST_OF_YEAR.test(line) && lastReviewYear !== null) planHeadingYear = lastReviewYear;
    } else if (role === 'review' && written) lastReviewYear = Number(written[1]);
    if (role === 'review' && written && reviewHeadingYear === null) {
      reviewHeadingYear = Number(written[1]);
      // 2024年预算执行情况和2025年预算草案: one heading for both, the last year the plan's.
      const years = [...line.matchAll(/((?:19|20)\d{2})\s*年/g)].map((found) => Number(found[1]));
      if (PLAN_WORDS.test(line) && years.length > 1 && planHeadingYear === null) planHeadingYear = years.at(-1) as number;
    }
  }
  if (options.planStart !== undefined) planStart = Math.min(options.planStart, text.length);

  const titleYears = [...firstLine.matchAll(/((?:19|20)\d{2})\s*年/g)].map((match) => Number(match[1]));
  let review: number | null = null;
  let plan: number | null = null;
  let from: DocumentLayout['from'] = 'none';
  if (reviewHeadingYear !== null || planHeadingYear !== null) {
    review = reviewHeadingYear;
    plan = planHeadingYear;
    from = 'headings';
  } else if (type === 'bulletin' && titleYears.length > 0) {
    review = titleYears[0] as number;
    from = 'title';
  } else if (type === 'bulletin' && CENSUS_TIME.test(head)) {
    // 第五次全国经济普查公报: its figures are of the census's standard time (以2023年12月31日为标准时点), written in its opening.
    const found = CENSUS_TIME.exec(head) as RegExpExecArray;
    review = Number(found[1] ?? found[2]);
    from = 'census';
  } else if (type === 'five_year_plan') {
    // 第十五个五年规划纲要: its targets are for the plan's last year (2030), its review of the plan before ends the year before its first.
    const first = planOf(firstLine) as number;
    plan = first + 4;
    review = first - 1;
    from = 'title';
  } else if (type === 'audit_report' && titleYears.length > 0) {
    // 关于2023年度…的审计工作报告: the results of the year audited; the date it was given is later.
    review = titleYears[0] as number;
    from = 'title';
  } else if (type === 'plan_list' && titleYears.length > 0) {
    // 青岚市2025年十件民生实事: every figure after the title is a target of the title's year.
    plan = titleYears[0] as number;
    review = plan - 1;
    if (options.planStart === undefined && planStart === text.length) planStart = Math.min(text.length, (plain.indexOf(firstLine) + firstLine.length));
    from = 'title';
  } else if ((type === 'plan_report' || type === 'budget_report') && titleYears.length > 0) {
    review = titleYears[0] as number;
    plan = titleYears[1] ?? null;
    from = 'title';
  } else if (date !== null && ((type !== 'unknown' && type !== 'bulletin') || (occasion !== null && AT_CONGRESS.test(occasion[4] ?? '') && Number(occasion[2]) <= CONGRESS_LAST_MONTH))) {
    // A report given at the people's congress early in a year (a court's, a procuratorate's, the standing committee's) reports on the year before.
    plan = Number(date.slice(0, 4));
    review = plan - 1;
    from = 'date';
  } else if (HALF_YEAR.test(firstLine) && titleYears.length > 0) {
    // 2025年上半年工作总结和下半年工作计划: the results of the year's first half, and plans for the rest of the same year.
    review = titleYears[0] as number;
    plan = review;
    from = 'title';
  } else {
    const counts = new Map<number, number>();
    // Not a year a figure is compared with (比2018年末增加3.12万个), which a text on a later year writes as often as its own.
    for (const match of plain.matchAll(YEAR_WRITTEN)) if (!COMPARED_BEFORE.test(plain.slice(Math.max(0, (match.index ?? 0) - 1), match.index))) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
    const commonest = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
    if (commonest !== undefined) {
      review = commonest;
      from = 'commonest';
    }
  }
  // A document with a plan part plans for the year after the one it reviews, and reviews the year before the one it plans for.
  const plans = planStart < text.length || reviewHeadingYear !== null || type === 'work_report' || type === 'plan_report' || type === 'budget_report' || type === 'plan_list' || type === 'five_year_plan';
  if (plan === null && review !== null && plans && type !== 'bulletin' && type !== 'audit_report') plan = review + 1;
  if (review === null && plan !== null) review = plan - 1;
  if (options.reviewYear !== undefined || options.planYear !== undefined) {
    review = options.reviewYear ?? (options.planYear === undefined ? review : options.planYear - 1);
    plan = options.planYear ?? (plans ? (review === null ? null : review + 1) : null);
    from = 'override';
  }
  const planEnd = planStart < text.length ? annexesAfter(text, planStart, plan, headings) : text.length;
  return { type, title, place, date, published, reviewYear: review, planYear: plan, planStart, planEnd, from, headings };
}
