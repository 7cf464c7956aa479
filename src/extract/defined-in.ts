/** Words that open a definition (总抚养比是指…, …系指…; not 是指导, 是指标): figures after them in their clause define, they report nothing. */
const DEFINING = /是指(?![导引示挥标])|系指|指的是|定义为/;
/** A sentence of a note ([5]总抚养比是指…，计算抚养比时…按15—64岁计算; 注：…): a definition holds for the whole of it. */
const NOTE_OPENING = /^\s*(?:[[［]\d{1,2}[\]］]|注[：:]|注释[：:])/;
/** The marks a clause ends at (，；。); a definition's list (3次及以上、每次…30分钟) goes on past 、. */
const CLAUSE_MARK = /[，,；;。]/;
/** 按 opening a rule of counting that has not ended before the figure (游客人次按游客到访本市并停留6小时以上、距常住地10公里以上统计; not 按可比价格计算增长5.2%). */
const COUNTED_BY_BEFORE = /按(?:(?!统计|计算|折算|认定)[^，,。；;：:])*$/;
/** A rule of counting with words of its own before the figure (按…停留6小时以上): not a figure counted by (常住人口按68.5万人计算). */
const RULE_BEFORE = /按[^，,。；;：:]{2,}$/;
/** A conversion after the figure (按5公斤鲜薯折1公斤粮食计算). */
const CONVERTED_AFTER = /^[^，,。；;：:]*?折/;
/** The end of such a rule after the figure: 统计, 计算, 折算, 认定 before the clause ends. */
const COUNTED_BY_AFTER = /^[^，,。；;：:]*?(?:统计|计算|折算|认定)/;
/** A sign of equal measure right before or after a figure (1亩≈666.7平方米, 1公斤=2斤, 1公顷＝15亩), and the spaces it may stand past. */
const EQUALS = /^[≈=＝]$/;
const SPACE = /^[ \t\u3000]$/;
/** 以…为 right before a figure: the base an index or a ratio is counted from (not 以下, 以上…: 5岁以下儿童死亡率分别为). */
const BASE_BEFORE = /(?<![可所难予加足得用借])以(?![下内来及后前外便确此致]|上(?![年月期]))[^，,。；;：:]{1,24}为\s*$/;
const BASE_REACH = 30;
/** A worked example (例如：有2个全时人员…，则全时当量为2+0.2…=3.2人年): every figure of its sentence illustrates a rule, none is reported. */
const WORKED_EXAMPLE = /(?:例如|比如|举例|假设|假定)[^。；;]*?则/;

/**
 * Whether a figure of a sentence defines a term or a unit rather than reports one: it stands after 是指 (经常参加体育锻炼人数是指每周参加
 * 体育锻炼频度3次及以上), as the base of an index or a ratio (以上年同期价格为100计算), in a worked example (例如：有2个全时人员…，则全时当量为…3.2人年), inside a rule of counting (按…停留6小时以上…统计; 按5公斤鲜薯折1公斤粮食计算; not the figure a rate is counted by,
 * 常住人口按68.5万人计算), or on either side of a sign of equal measure (1亩≈666.7平方米, 1公斤=2斤).
 *
 * @param sentence - The figure's sentence.
 * @param from - Where the figure starts in it.
 * @param to - Where it ends.
 */
export function definedIn(sentence: string, from: number, to: number): boolean {
  // A sign of equal measure right before or after the figure, past spaces: looked at by character, as most figures have none.
  let next = to;
  while (next < sentence.length && SPACE.test(sentence.charAt(next))) next += 1;
  let last = from - 1;
  while (last >= 0 && SPACE.test(sentence.charAt(last))) last -= 1;
  if (EQUALS.test(sentence.charAt(next)) || (last >= 0 && EQUALS.test(sentence.charAt(last)))) return true;
  if (sentence.includes('则') && WORKED_EXAMPLE.test(sentence)) return true;
  // The base of an index or a ratio (以上年同期价格为100计算, 以农村居民人均可支配收入为1, 以女性为100).
  if (sentence.charAt(last) === '为' && BASE_BEFORE.test(sentence.slice(Math.max(0, from - BASE_REACH), from))) return true;
  // Most sentences define nothing and count by no rule: the words are looked for before any pattern is tried.
  const defining = sentence.includes('指') || sentence.includes('定义');
  const rule = sentence.lastIndexOf('按', from);
  if (!defining && rule < 0) return false;
  const before = sentence.slice(0, from);
  // Only in the figure's own clause (城镇化率是指…比重，全市城镇化率达到65.2% reports the 65.2%), but in the whole of a note's sentence.
  if (defining) {
    let clauseFrom = NOTE_OPENING.test(sentence) ? 0 : before.length;
    while (clauseFrom > 0 && !CLAUSE_MARK.test(before.charAt(clauseFrom - 1))) clauseFrom -= 1;
    if (DEFINING.test(before.slice(clauseFrom))) return true;
  }
  if (rule < 0) return false;
  const after = sentence.slice(to);
  const ruled = before.slice(rule);
  return COUNTED_BY_BEFORE.test(ruled) && COUNTED_BY_AFTER.test(after) && (RULE_BEFORE.test(ruled) || CONVERTED_AFTER.test(after));
}
