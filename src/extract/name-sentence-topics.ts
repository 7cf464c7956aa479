import { noteLink, type DraftColumns } from './draft-columns.ts';
import { WHOLE_AREAS } from './whole-areas.ts';
import { LISTED_AFTER } from './list-join.ts';

/** Verbs of giving or holding things, opening a name (发放文旅消费券): the things given are what the figures after them are of. */
const GIVEN = /^(?:发放|兑现|投入|发行|举办|承办|开展)(?=[\u4e00-\u9fa5A-Za-z]{2})/;
/** Verbs of what a subject did, after it in a name (民宿接待游客, 节会活动吸引游客, 营养改善计划覆盖学校): the subject is what the figures after are of. */
const DONE = /(?:接待|实现|吸引|带动|拉动|撬动|惠及|覆盖)/;
/** A training (or a class of one), a drill or a lecture counted (业务培训, 委员培训班, 应急演练), whose participants the figure after it counts. */
const EVENT = /(?:培训班?|演练|讲座)$/;
/** Words of time a subject may end with before its verb (民宿全年接待游客), which it does not keep. */
const TIME_END = /(?:全年|年内|当年)$/;
/** A topic: a short name of letters and ideographs, no list and no quotation. */
const TOPIC = /^[\u4e00-\u9fa5A-Za-z]{2,14}$/;
/** The words of time or of a whole area a clause may open with before its subject (全年, 全县), which the topic does not keep. */
const SCOPE_OPENING = new RegExp(`^\\s*(?:${WHOLE_AREAS}|全镇|全乡|全年|年内)*`);
/** The words a clause names its own scope with: a part (其中) or a whole area (全县, 全市…). */
const OWN_SCOPE = new RegExp(`^(?:其中|${WHOLE_AREAS}|全镇|全乡)`);
/** What a figure may be named by alone, of the topic before it: amounts earned, spent or put in, beds, a lever, and what the topic drew or reached. */
const OF_TOPIC = /^(?:收入|营业收入|门票收入|综合收入|旅游收入|户均收入|人均消费|总投资|投资|投入资金|投入|资金|床位|杠杆率|综合消费|(?:惠及|带动|拉动|撬动|涉及|覆盖|吸引|受益|参训|参加|参与)[\u4e00-\u9fa5]{0,6})$/;

/** The topic a figure's name gives the figures after it in its sentence: the things given, or the subject of what was done; '' where none. */
function topicOf(name: string): string {
  const given = GIVEN.exec(name);
  if (given) {
    const things = name.slice(given[0].length);
    return TOPIC.test(things) ? things : '';
  }
  // 组织业务培训22期，参训1480人次: a training counted is the topic of who took part.
  if (EVENT.test(name) && TOPIC.test(name)) return name;
  const done = DONE.exec(name);
  const subject = done && done.index >= 2 ? name.slice(0, done.index).replace(TIME_END, '') : '';
  return TOPIC.test(subject) ? subject : '';
}

/**
 * Names a figure a sentence gives with no subject after the topic of the figure before it, as work summaries write one thing's
 * figures in a row: 全县民宿全年接待游客96.3万人次，实现营业收入3.2亿元，户均收入约66万元 → 民宿营业收入, 民宿户均收入; 发放文旅消费券600万元，
 * 拉动消费约4200万元，杠杆率达到1∶7 → 文旅消费券拉动消费, 文旅消费券杠杆率; 发放稳岗返还资金1.83亿元，惠及职工42.6万人 → 稳岗返还资金惠及职工.
 * The topic is the things given where the name before opens with a verb of giving (发放, 兑现, 举办…), else the subject before a verb
 * of what it did (接待, 实现, 吸引, 拉动…), short and not a list; only a name of `OF_TOPIC`, in a clause of its own that names no
 * scope of its own (其中…, 全县…), takes it. The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`), before `nameBareMeasures` names measures after the things counted.
 * @param text - The normalised text.
 */
export function nameSentenceTopics(columns: DraftColumns, text: string): void {
  const { indicator, kind, sentenceFrom, clauseStart, start } = columns;
  /** The topic each renamed row took: the figure after it takes the same. */
  const taken = new Map<number, string>();
  for (let i = 1; i < indicator.length; i += 1) {
    const name = indicator[i] as string;
    // A clause that names its own scope (其中…, 全县旅游收入…) is of that scope, not of the topic before.
    // (Who took part, listed right after a training counted in its clause, after 、, takes it though its clause opens the sentence.)
    const listed = LISTED_AFTER.test(text.slice(columns.end[i - 1] as number, start[i] as number));
    if (!OF_TOPIC.test(name) || (clauseStart[i] === sentenceFrom[i] && !listed) || OWN_SCOPE.test(text.slice(clauseStart[i] as number, (clauseStart[i] as number) + 2))) continue;
    // The figure before it in its sentence, in another clause (a date or a code between is passed over).
    let before = i - 1;
    while (before >= 0 && sentenceFrom[before] === sentenceFrom[i] && (kind[before] === 'date' || kind[before] === 'code' || kind[before] === 'name')) before -= 1;
    // In another clause, or in the same right after a training counted and 、 (举办委员培训班3期、参训420人次).
    if (before < 0 || sentenceFrom[before] !== sentenceFrom[i] || (start[before] as number) > (start[i] as number)) continue;
    if (clauseStart[before] === clauseStart[i] && (before !== i - 1 || !listed || !EVENT.test(indicator[before] as string))) continue;
    // The subject may be written before the figure's own name in its clause (营养改善计划覆盖5个县263所学校, the name 学校).
    const clauseBefore = text.slice(clauseStart[before] as number, start[before] as number).replace(SCOPE_OPENING, '');
    const topic = taken.get(before) ?? (topicOf(indicator[before] as string) || topicOf(clauseBefore));
    if (topic === '' || name.startsWith(topic)) continue;
    indicator[i] = `${topic}${name}`;
    taken.set(i, topic);
    noteLink(columns, i, `named after the topic of the figure before it in its sentence (${columns.surface[before]})`);
  }
}
