import { CLAIM_KINDS, type Kind } from '../report/types.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';

/** A heading on a line of its own (（二）职工基本医疗保险, 八、长期护理保险), and what it names. */
const HEADING_LINE = /(?:^|\n)[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*([^\n]{2,20}?)[ \t\u3000]*(?=\n|$)/g;
/** Words of a heading that name a matter, not a subject (基金收支情况 → 基金收支; 总体情况, 综述: nothing). */
const MATTER_END = /(?:的?(?:基本)?情况|工作|概况)$/;
/** Headings of no subject: a matter, a time (过去五年工作回顾, 今后五年的目标任务, 2026年工作安排) or a sentence. */
const NO_SUBJECT = /^(?:总体|综述|概述|总述|其他|其它|主要指标|基本|整体)?$|\d|[，,。；;：:]|回顾|目标|任务|安排|计划|打算|展望|规划|举措|措施|建议|意见|问题|成效|成绩|做法/;

/**
 * Tells apart the figures a text names alike in sections about different subjects (（二）职工基本医疗保险 …政策范围内住院费用基金支付比例为79.8%;
 * （三）城乡居民基本医疗保险 …政策范围内住院费用基金支付比例为68.4%): where one name is given to figures of different values under
 * headings that name different subjects, in one status and year, each is named with its section's subject (职工基本医疗保险政策范围内住院费用基金支付比例), so that
 * a reader can tell which is which. Only a heading that names a class of things (see SUBJECT_END) gives a subject, not one that
 * names a matter (总体情况, 收入来源, 2026年工作安排); a name that holds its
 * subject already keeps it. The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameSectionDuplicates(columns: DraftColumns, text: string): void {
  const { kind, indicator, start, amount } = columns;
  const headings = [...text.matchAll(HEADING_LINE)].map((found) => ({ at: (found.index ?? 0) + found[0].length, subject: subjectOf(found[1] as string) }));
  if (headings.length < 2) return;
  // Each figure's section: the last heading before it.
  const section = new Int32Array(kind.length).fill(-1);
  const byName = new Map<string, number[]>();
  for (let i = 0, h = -1; i < kind.length; i += 1) {
    while (h + 1 < headings.length && (headings[h + 1]?.at as number) <= (start[i] as number)) h += 1;
    section[i] = h;
    const name = indicator[i] as string;
    if (h < 0 || name === '' || !CLAIM_KINDS.includes(kind[i] as Kind)) continue;
    // Figures alike in name, status and year: the same measure of the same time, which only their sections tell apart.
    const key = `${name}|${columns.status[i]}|${columns.year[i]}`;
    const rows = byName.get(key);
    if (rows) rows.push(i);
    else byName.set(key, [i]);
  }
  for (const rows of byName.values()) {
    if (rows.length < 2) continue;
    const name = indicator[rows[0] as number] as string;
    const subjects = new Set(rows.map((row) => headings[section[row] as number]?.subject ?? ''));
    const amounts = new Set(rows.map((row) => amount[row]));
    if (subjects.size < 2 || subjects.has('') || amounts.size < 2) continue;
    for (const row of rows) {
      const subject = headings[section[row] as number]?.subject as string;
      // Nor does a name that opens as its subject does (定点医疗机构 under 定点医药机构): a kind of the things the section is about.
      // Nor does a heading about the measure itself (（二）收入来源, （三）收入增长特点 over 人均财产净收入增长): a matter, which shares a word with it.
      if (name.includes(subject) || name.startsWith(subject.slice(0, 2)) || sharesWord(subject, name)) continue;
      indicator[row] = `${subject}${name}`;
      noteLink(columns, row, 'named with the subject of its section, as the same name is given to figures of other sections');
    }
  }
}

/**
 * The things a heading may name as its section's subject: a scheme, a stage of schooling, a kind of institution or of people, a
 * mode of transport, a sector (职工基本医疗保险, 小学, 公立医院, 城乡居民, 水路, 建筑业); not a matter (收入来源, 总体完成, 工业生产稳中有升).
 */
const SUBJECT_END = /(?:保险|教育|小学|初中|高中|中学|大学|学校|幼儿园|医院|卫生院|机构|企业|居民|职工|人员|农村|城镇|城市|乡村|公路|铁路|水路|航空|民航|港口|邮政|林业|农业|工业|建筑业|服务业|救助|基金)$/;
/** How long a subject may be. */
const SUBJECT_LENGTH = 12;

/** The subject a heading names, '' where it names a matter. */
function subjectOf(heading: string): string {
  const subject = heading.replace(MATTER_END, '');
  return NO_SUBJECT.test(subject) || subject.length > SUBJECT_LENGTH || !SUBJECT_END.test(subject) ? '' : subject;
}

/** Whether two texts share two characters in a row (收入 of 收入来源 and 人均财产净收入增长). */
function sharesWord(a: string, b: string): boolean {
  for (let at = 0; at + 2 <= a.length; at += 1) if (b.includes(a.slice(at, at + 2))) return true;
  return false;
}
