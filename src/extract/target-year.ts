import { DECADE } from './decade.ts';
import { FIVE_YEAR_PLANS } from '../report/plan-period.ts';

/**
 * A year written as the time of what follows (2025年, 到2027年, 力争2026年末), not as a comparison's base, a starting point or a span's end (比2020年,
 * 在2020年末基础上, 2020年以来, 2025—2027年), nor as the year of a report or accounts heard (听取审议2025年度县级决算、审计工作报告).
 */
const YEAR_NAMED = new RegExp(`(?<![比较与同自从]|\\d{4}\\s?[-—~～至到]\\s?)((?:19|20)\\d{2})年(?!\\d|${DECADE}|[末底]?(?:的)?(?:基础上|为基|以来|同期)|度[^，,；;。\\d]{0,20}(?:报告|决算))`, 'g');
/** A span of years (2025—2027年): a target over it is for its first year on. */
const YEAR_SPAN = /((?:19|20)\d{2})\s?[-—~～至到]\s?(?:19|20)\d{2}年/g;
/** The end of a five-year plan written as a time (“十五五”末, 十五五期末, “十四五”时期末), the plan's name its group: the plan's last year. */
const PLAN_END_WORDS = '“?(十[一二三四五六]五)”?(?:规划)?(?:期|时期)?[末底]';
const PLAN_END = new RegExp(PLAN_END_WORDS, 'g');
/**
 * A time ahead that opens a clause (到2030年，…; 力争到“十五五”末，…; 为“十五五”末达到…打下基础), or a year that opens one with what is to be done
 * (2026年将…控制在65%以内): the figures after it in its sentence are for that year.
 * 到 after a verb of change (提高到2025年的…) is no such time: it must open its clause, after at most a word of intent.
 */
const AHEAD = new RegExp(`(?:^|[，,；;：:])\\s*(?:(?:力争|争取|确保|计划|预计)?(?:到|至|为)\\s*(?:((?:19|20)\\d{2})\\s?年(?:底|末)?(?=[，,：:]|\\s*(?:将|要|力争|确保|全[区县市省镇乡]|我[区县市省镇乡]))|${PLAN_END_WORDS})|((?:19|20)\\d{2})\\s?年(?:底前|内)?[，,]?\\s*(?=将|要|拟))`, 'g');

/** The last year of a five-year plan by its name (十五五 → 2030). */
function planEnd(name: string): number {
  return (FIVE_YEAR_PLANS[name] as number) + 4;
}

/** A year that opens a sentence as its time (2025年，力争…). */
const OPENING_YEAR = /^((?:19|20)\d{2})年[，,]/;
/** Years named relative to the text (今年, 明年…): with one of them, a year written earlier is not the figure's. */
const RELATIVE_YEAR = /今年|明年|本年|当年|下一年/;

/**
 * The one year a target's sentence names for it, or null where it names none or several: a year
 * (or the first of a span of years) written after the words of intent (`from`) and before the figure (`before`), or one opening the
 * sentence (2025年，力争…), unless 今年 or the like stands between it and the figure.
 */
export function yearNamedBefore(sentence: string, from: number, before: number): number | null {
  const years = new Set<number>();
  const opening = OPENING_YEAR.exec(sentence);
  if (opening && !RELATIVE_YEAR.test(sentence.slice(0, before))) years.add(Number(opening[1]));
  const after = sentence.slice(from, before);
  for (const found of after.matchAll(YEAR_NAMED)) {
    if (!RELATIVE_YEAR.test(after.slice(found.index))) years.add(Number(found[1]));
  }
  // The end of a plan (到“十五五”末) is its last year (most sentences name no plan: 五 is looked for first).
  if (after.includes('五')) for (const found of after.matchAll(PLAN_END)) {
    if (!RELATIVE_YEAR.test(after.slice(found.index))) years.add(planEnd(found[1] as string));
  }
  // A span of years (2025—2027年每年…) starts with its first year.
  for (const found of after.matchAll(YEAR_SPAN)) {
    if (!RELATIVE_YEAR.test(after.slice(found.index))) years.add(Number(found[1]));
  }
  return years.size === 1 ? ([...years][0] as number) : null;
}

/**
 * The year of the last time ahead opening a clause of a sentence before `before` (到2030年，…; 到“十五五”末，…), else `null`: in
 * a review, a figure after a year later than the one reviewed is a goal for that year.
 */
export function yearAhead(sentence: string, before: number): number | null {
  let year: number | null = null;
  for (const [end, found] of timesAhead(sentence)) {
    if (end > before) break;
    year = found;
  }
  return year;
}

/** The times ahead of the sentence last read (the figures of a sentence are read one after another), as [end, year]. */
let lastAhead: { sentence: string; times: [number, number][] } = { sentence: '', times: [] };

/** Where each time ahead opening a clause of a sentence ends, and its year; read once per sentence. */
function timesAhead(sentence: string): [number, number][] {
  if (lastAhead.sentence === sentence) return lastAhead.times;
  const times: [number, number][] = [];
  // Most sentences name no year and no plan: the pattern is tried only where one may be.
  if (sentence.includes('年') || sentence.includes('五')) {
    for (const found of sentence.matchAll(AHEAD)) {
      times.push([found.index + found[0].length, found[1] !== undefined ? Number(found[1]) : found[3] !== undefined ? Number(found[3]) : planEnd(found[2] as string)]);
    }
  }
  lastAhead = { sentence, times };
  return times;
}

/** Whether a sentence writes a year after `year` (到2027年 in a plan for 2025, or a plan's end, 到“十五五”末): only then may a target of it be for another year than the plan's. */
export function namesYearAfter(sentence: string, year: number): boolean {
  if (sentence.includes('五')) for (const found of sentence.matchAll(PLAN_END)) if (planEnd(found[1] as string) > year) return true;
  for (let at = sentence.indexOf('年'); at >= 0; at = sentence.indexOf('年', at + 1)) {
    const written = at >= 4 ? Number(sentence.slice(at - 4, at)) : NaN;
    if (written > year && written < 2100) return true;
  }
  return false;
}
