import type { Kind } from '../report/types.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';

/** What joins the two ends of a span written with a unit on each (30岁～40岁, 300年至499年, 60万人至90万人). */
const SPAN_JOIN = /^[ \t\u3000]*(?:[～~—–-]|至|到)[ \t\u3000]*$/;
/**
 * What follows a span that bounds a class: 占, 之间的, 的 (not 的跨越, 的增长: a change), or the bracket it is written in (树龄300年至499年）);
 * not a unit, a clause mark (范围为61.4～112.8纳戈瑞/小时) or 之间 alone (气温在-12.3℃至38.5℃之间: readings).
 */
const CLASS_AFTER = /^(?:[（(]含[)）])?(?:之间的|的(?!跨越|突破|增长|提升|转变|飞跃|变化)|占|[)）])/;
/** 由 or 从 before a span's first end: a change from one figure to the other (从5家到23家的跨越). */
const FROM_BEFORE = /(?:由|从)\s*$/;
/** How far after a span its class's mark is looked for, and how long the name of a class before its bracket may be. */
const CLASS_AFTER_REACH = 8;
const CLASS_NAME_REACH = 16;
/** How far before a span its opening bracket may stand (（树龄300年…）. */
const BRACKET_REACH = 12;
/** A span written in brackets after the name of its class (二级古树（树龄300年至499年）684株), and where that name starts: after a clause or list mark. */
const NAME_START = /[、，,；;：:。\n（(]/g;
/** Kinds of figure an end of such a span may be: an amount, a count, a time or an age, a rate or a share, or a bound read already. */
const ENDS: ReadonlySet<Kind> = new Set(['level', 'count', 'duration', 'rate', 'share', 'threshold']);

/**
 * Reads the two ends of a span written with a unit on each (贷款职工中30岁～40岁（含）占41.3%; 二级古树（树龄300年至499年）684株;
 * 在60万人至90万人之间的有3个) as the bounds of the class it defines: thresholds, references, not figures of the year. A span the text
 * reports as a change is left: one with a verb between its figures (由3家增至5家), one after 由 or 从 (从5家到23家的跨越), and one of
 * readings (气温在-12.3℃至38.5℃之间). The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function spanBounds(columns: DraftColumns, text: string): void {
  const { kind, unit, start, end, status, direction, indicator } = columns;
  for (let i = 1; i < kind.length; i += 1) {
    const p = i - 1;
    if (unit[p] !== unit[i] || !ENDS.has(kind[p] as Kind) || !ENDS.has(kind[i] as Kind) || !SPAN_JOIN.test(text.slice(end[p], start[i]))) continue;
    if (!CLASS_AFTER.test(text.slice(end[i], (end[i] as number) + CLASS_AFTER_REACH)) || FROM_BEFORE.test(text.slice(Math.max(0, (start[p] as number) - 2), start[p]))) continue;
    for (const bound of [p, i]) {
      kind[bound] = 'threshold';
      status[bound] = 'reference';
      direction[bound] = null;
      noteLink(columns, bound, 'an end of a span written with a unit on each: a bound of the class it defines');
    }
    // The span's second end bounds the class the first does.
    indicator[i] = indicator[p] as string;
    // 二级古树（树龄300年至499年）684株: the figure right after the bracket is of the class, named with it.
    const next = i + 1;
    // The bracket and the class's name before it are looked for near the span only.
    const low = Math.max(0, (start[p] as number) - CLASS_NAME_REACH - BRACKET_REACH);
    const head = text.slice(low, start[p]);
    const open = head.lastIndexOf('（');
    if (next < kind.length && text.slice(end[i], start[next]).trim() === '）' && open >= 0 && !head.includes('）', open)) {
      let from = 0;
      for (const mark of head.slice(0, open).matchAll(NAME_START)) from = (mark.index ?? 0) + 1;
      const name = text.slice(low + Math.max(from, open - CLASS_NAME_REACH), (end[i] as number) + 1).trim();
      if (name.length > text.slice(low + open, (end[i] as number) + 1).length + 1) indicator[next] = name;
    }
  }
}
