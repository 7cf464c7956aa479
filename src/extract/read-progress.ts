import { isSpace } from './is-space.ts';
import { clauseOf, noteLink, type DraftColumns } from './draft-columns.ts';
import { sameUnit } from '../quantity/same-unit.ts';
import type { UnitCode } from '../quantity/types.ts';

/** A clause that says what is done so far: it opens with 已 or 已经 (目前已, 现已), the verb after it (已建成, 已完成) in group 1. */
const DONE_SO_FAR = /^\s*(?:目前|当前|现)?(?:已经|已)([^\d，。；,;]*)$/;

/** How long the words after 已 may be and still be a verb alone (已建成, 已投入运营), which names nothing of its own. */
const VERB_LENGTH = 4;

/** A part of what is done so far (已开工21个，其中完工9个): 其中 and the words after it, in group 1. */
const PART_DONE = /^\s*其中([^\d，。；,;]*)$/;

/** A ratio of the year's task done (已完成年度目标任务的56.3%). */
const SHARE_DONE = /已(?:经)?(?:完成|达到|达)/;

/** A rate named by no more than its word (完成率58.3%): the rate of the task before it. */
const BARE_RATES: ReadonlySet<string> = new Set(['完成率', '进度']);

/** The first characters of the words a clause of progress opens with (已, 目前已, 当前已, 现已), marked 1. */
const OPENS_DONE = new Uint8Array(0x10000);
for (const char of '已目当现') OPENS_DONE[char.charCodeAt(0)] = 1;
/** Where the first character of a clause that is not white space stands. */
const firstWord = (text: string, from: number): number => {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at += 1;
  return at;
};

/** Words of intent: a figure after them is a target, whatever was done before it. */
const INTENT = /力争|确保|计划|将|争取|目标/;

/** Kinds of figure a task is stated in: a level or a count. */
const TASKS: ReadonlySet<string> = new Set(['level', 'count']);

/**
 * Reads figures of progress on a task, as reports on a year's undertakings write them (新建城市书房12个，已建成7个，完成率58.3%):
 * - a figure whose clause opens with 已 states what is done so far: a result, not a target, even in a list of the year's
 *   targets or a plan part (its year stays the one the task is for);
 * - where the words after 已 are a verb alone (已建成, 已完成), the figure is named after the task before it in its sentence
 *   (the nearest level or count in the same unit that is not itself progress), with those words: 新建城市书房已建成;
 * - what the sentence says after it is done too (已投入运营8个，日均服务老人约1200人次), unless it states an intent;
 * - a part of what is done (已开工21个，其中完工9个) is done too, and named after the task with the words after 其中;
 * - a rate named by no more than 完成率 is the task's: 新建城市书房完成率; after a figure of progress, or where its clause
 *   says the task is done so far (已完成年度目标任务的56.3%), it is a result too.
 * The notes say whose name was borrowed.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function readProgress(columns: DraftColumns, text: string): void {
  const { kind, status, indicator, unit, sentenceFrom } = columns;
  const rows = kind.length;
  const progress = new Uint8Array(rows);
  /** The task row `i` reports on: the nearest level or count before it in its sentence, in its unit if `unitOf` is given, that is not progress. */
  const taskBefore = (i: number, unitOf?: string): number => {
    for (let j = i - 1; j >= 0 && sentenceFrom[j] === sentenceFrom[i]; j -= 1) {
      if (progress[j] === 0 && TASKS.has(kind[j] as string) && indicator[j] !== '' && (unitOf === undefined || sameUnit(unit[j] as UnitCode, unitOf as UnitCode))) return j;
    }
    return -1;
  };
  /** The row just before row `i`, if in its sentence; -1 where none is. */
  const rowBefore = (i: number): number => (i > 0 && sentenceFrom[i - 1] === sentenceFrom[i] ? i - 1 : -1);
  /** The sentence of the last figure of progress read. */
  let doneIn = -1;
  for (let i = 0; i < rows; i += 1) {
    const before = rowBefore(i);
    const ratio = kind[i] === 'ratio' || kind[i] === 'rate' || kind[i] === 'share';
    const task = TASKS.has(kind[i] as string);
    // Most figures are no progress: the clause is cut from the text only for one that may be (a task or a rate, in a
    // sentence with progress, or opening with a word of progress).
    const near = (before >= 0 && progress[before] === 1) || sentenceFrom[i] === doneIn;
    if (!(task || ratio) || (!near && !ratio && !OPENS_DONE[text.charCodeAt(firstWord(text, columns.clauseStart[i] as number))])) continue;
    const clause = clauseOf(columns, text, i);
    const done = task ? DONE_SO_FAR.exec(clause) : null;
    const part = !done && before >= 0 && progress[before] === 1 && sameUnit(unit[before] as UnitCode, unit[i] as UnitCode) ? PART_DONE.exec(clause) : null;
    if (part) {
      // 已开工21个，其中完工9个: a part of what is done is done too, and is of the same task.
      progress[i] = 1;
      if (status[i] === 'target') status[i] = 'actual';
      const of = taskBefore(i, unit[i] as string);
      const words = (part[1] as string).trim();
      if (of >= 0 && words !== '' && words.length <= VERB_LENGTH) {
        indicator[i] = `${indicator[of]}${words}`;
        noteLink(columns, i, 'progress: a part of what is done, named after the task before it in its sentence');
      }
    } else if (ratio && status[i] === 'target' && (SHARE_DONE.test(clause) || (BARE_RATES.has(indicator[i] as string) && before >= 0 && progress[before] === 1))) {
      // 已完成年度目标任务的56.3%; 已建成7个，完成率58.3%: how much of the task is done is a result.
      status[i] = 'actual';
    }
    if (done) {
      progress[i] = 1;
      if (status[i] === 'target') status[i] = 'actual';
      const words = (done[1] as string).trim();
      const of = words.length <= VERB_LENGTH ? taskBefore(i, unit[i] as string) : -1;
      if (of >= 0) {
        indicator[i] = `${indicator[of]}${clause.trim()}`;
        noteLink(columns, i, 'progress: named after the task before it in its sentence');
      }
    } else if (ratio && BARE_RATES.has(indicator[i] as string)) {
      const of = taskBefore(i);
      if (of >= 0) {
        indicator[i] = `${indicator[of]}${indicator[i]}`;
        noteLink(columns, i, 'progress: a rate named after the task before it in its sentence');
      }
    }
    // What a sentence says after what is done so far is done too (已投入运营8个，日均服务老人约1200人次), but words of intent.
    if (progress[i] === 1) doneIn = sentenceFrom[i] as number;
    else if (status[i] === 'target' && sentenceFrom[i] === doneIn && !INTENT.test(clause)) status[i] = 'actual';
  }
}
