import { DECADE } from './decade.ts';

/**
 * A year that opens a sentence as the time of what it reports (2023年全市粮食产量…, 2022年，全区…,
 * 2023年度…), not as the start of a span, a base or a point in the year (2021年以来, 2022年末,
 * 2021—2025年), nor as the time of a clause that qualifies a name (2021年启动的老旧小区改造…).
 */
const RESULT_YEAR = new RegExp(`^((?:19|20)\\d{2})年(?![\\d末底初份内前后起至到和、—~～-]|${DECADE}|以来|基础|同期|以前|[^，,；;。\\d]{0,8}的)`);
/** A date a sentence or a clause of it opens with as the time its figures stand at (截至2025年7月底, 截止2025年6月; …的78个问题，截至2025年6月底已整改71个). */
const AS_AT = /(?:^|[，,；;]\s*)(?:截至|截止到?)((?:19|20)\d{2})年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末)?/;
/**
 * The time since the start of the year the document is given in, as a sentence opens with it (今年以来, 今年上半年, 今年1—6月), or that year
 * itself (今年共完成审计项目36个); not 今年是…, 今年将…, 今年要… (what the year is, or is to bring).
 */
const THIS_YEAR_SO_FAR = /^今年(?:以来|上半年|前三季度|一季度|(?:1|一)[-—~～至到](?:\d{1,2}|[二三四五六七八九十]{1,2})月|(?![是将要的]))/;
/**
 * A sentence that opens with the hearing of an earlier year's final accounts or audit (听取审议2024年度县级决算和审计工作报告，…，
 * 一般公共预算支出决算58.7亿元): its figures are of that year.
 */
const ACCOUNTS_HEARD = /^(?:听取(?:和)?审议|审查(?:和)?批准|审议(?:批准)?)((?:19|20)\d{2})年度?[^，,；;。\d]{0,16}(?:决算|审计)/;
/** What follows a year that names a report of it (2023年度审计工作报告), tried after the 年. */
const REPORT_OF_YEAR = /^度[^，,；;。\d]{0,16}报告/;
/** Where a sentence turns to another time: another year, or one named relative to the text (今年, 去年…), but as a comparison's base (比上年, 较2020年). */
const OTHER_TIME = /(?<![比较与同])(?:(?:19|20)\d{2}年|今年|去年|明年|本年|当年|上年)/g;

/**
 * The year of the results a sentence reports, and how far into the sentence it holds: where the
 * sentence opens with a year before the review year (a bulletin of 2024 giving 2023's harvest), up
 * to where the sentence turns to another year or to 今年 (2018年…120亿元，2023年达到260亿元); or a
 * later year the sentence or a clause of it opens with as the date its figures stand at (截至2025年7月底, in an audit of
 * 2024), from that clause on; the year a document is given in, where a sentence opens with the time since that year's start
 * (今年以来, in an audit of 2024 given in 2025); the year of the final accounts a sentence opens by hearing (听取审议2024年度县级决算…);
 * null where it opens with none, or with the review year or a later one.
 *
 * @param sentence - The sentence's text.
 * @param reviewYear - The year the document reviews, or `null`.
 * @param givenYear - The year the document is given or published in, or `null`.
 */
export function resultYear(sentence: string, reviewYear: number | null, givenYear: number | null = null): { year: number; from: number; until: number } | null {
  // 截至2025年7月底，已整改…: the figures stand as at that date, whatever year the document reviews, from the clause it opens.
  // Most sentences have no 截 at all: the pattern is tried only where one is.
  const asAt = sentence.includes('截') ? AS_AT.exec(sentence) : null;
  if (asAt && reviewYear !== null && Number(asAt[1]) > reviewYear) {
    OTHER_TIME.lastIndex = asAt.index + asAt[0].length;
    let other = OTHER_TIME.exec(sentence);
    // 截至2025年6月底，对2023年度审计工作报告反映的128个问题…: a year naming a report is no time of the figures.
    while (other && REPORT_OF_YEAR.test(sentence.slice(other.index + other[0].length))) other = OTHER_TIME.exec(sentence);
    return { year: Number(asAt[1]), from: asAt.index, until: other ? other.index : sentence.length };
  }
  // 今年以来，…移送问题线索4件 in a report given in 2025 on 2024: the figures are of the year it is given in.
  const soFar = givenYear !== null && reviewYear !== null && givenYear > reviewYear ? THIS_YEAR_SO_FAR.exec(sentence) : null;
  if (soFar) {
    OTHER_TIME.lastIndex = soFar[0].length;
    const other = OTHER_TIME.exec(sentence);
    return { year: givenYear as number, from: 0, until: other ? other.index : sentence.length };
  }
  const found = RESULT_YEAR.exec(sentence) ?? ACCOUNTS_HEARD.exec(sentence);
  if (found === null) return null;
  const year = Number(found[1]);
  if (reviewYear !== null && year >= reviewYear) return null;
  // The time the sentence turns to is looked for after the words that named the year.
  OTHER_TIME.lastIndex = found[0].length;
  const other = OTHER_TIME.exec(sentence);
  return { year, from: 0, until: other ? other.index : sentence.length };
}
