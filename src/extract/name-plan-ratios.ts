import { clauseOf, noteLink, type DraftColumns } from './draft-columns.ts';
import { guessIndicator } from './guess-meaning.ts';

/**
 * A percentage of the plan, the budget or the year's task, as the clause ends before it: 为预算的,
 * 为调整预算的, 完成计划的, 完成全年任务的, 达到年度目标的. The first group marks a budget or plan as
 * adjusted in the year (调整预算, 调整后预算); the second names what it is measured against.
 */
const OF_PLAN = /(?:完成|为|达到|达|占)?(?:全年|年度|年初|全年度)?(调整后?的?)?(预算|计划|目标任务|任务|目标)的\s*$/;

/** What each base is called in the name of the ratio: 预算完成率, 计划完成率, 任务完成率. */
const RATE_NAMES: Readonly<Record<string, string>> = { 预算: '预算完成率', 计划: '计划完成率', 目标任务: '目标完成率', 任务: '任务完成率', 目标: '目标完成率' };

/**
 * Names a percentage of the plan as the rate of completion it is (一般公共预算收入完成28.3亿元，为预算的102.5%:
 * 一般公共预算收入预算完成率; 为调整预算的100.3%: 调整预算完成率), not as the plan (预算): the name written before the words of the
 * plan, else the name of the nearest level or count before it in its sentence, followed by 预算完成率, 计划完成率 or
 * 任务完成率. Only ratios are named so; the note says whose name was borrowed.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function namePlanRatios(columns: DraftColumns, text: string): void {
  const { kind, indicator, sentenceFrom, unit } = columns;
  for (let i = 0; i < kind.length; i += 1) {
    if (kind[i] !== 'ratio' || unit[i] !== 'percent') continue;
    const clause = clauseOf(columns, text, i);
    const plan = OF_PLAN.exec(clause);
    if (!plan) continue;
    const own = guessIndicator(clause.slice(0, plan.index));
    // The level the sentence states before it (一般公共预算收入完成28.3亿元，为预算的…; 地区生产总值415.6亿元，增长5.8%，完成年度计划的…) is what is measured against the plan.
    let before = i - 1;
    while (before >= 0 && sentenceFrom[before] === sentenceFrom[i] && kind[before] !== 'level' && kind[before] !== 'count') before -= 1;
    const borrowed = own === '' && before >= 0 && sentenceFrom[before] === sentenceFrom[i] ? indicator[before] ?? '' : '';
    indicator[i] = `${own || borrowed}${plan[1] ? '调整' : ''}${RATE_NAMES[plan[2] as string]}`;
    if (borrowed !== '') noteLink(columns, i, 'plan ratio: named after the figure before it in its sentence');
  }
}
