import { bundledReport } from '../report/bundled-report.ts';
import { fig } from '../report/fig.ts';
import type { Report } from '../report/types.ts';
import { exercise } from './exercise.ts';
import type { Answer, ExerciseResult, ExerciseSpec } from './types.ts';

/** The checkers of the teaching notebook's exercises, by exercise id. */
export type TeachingExercises = Record<string, (answer: Answer) => ExerciseResult>;

const hint = (zh: string, en: string) => ({ zh, en });

/**
 * The checkers of the teaching notebooks' exercises on the bundled report
 * (`notebooks/teaching-public-finance-data.ipynb` and its solutions), made by `exercise` from
 * `teachingExerciseSpecs`: a student's notebook holds the checkers, not the worked answers.
 *
 * @param report - The bundled report (the exercises name its figures).
 * @returns The checkers by id: `1a`, `1b`, `2a`, `2b`, `3`, `4`, `5`, `6`, `7`, `8`.
 * @example
 * const exercises = teachingExercises();
 * [Object.keys(exercises).length, exercises['1b']('21.27%').status, exercises['1b'](21.85).message_en]
 * // => [10, 'correct', 'Exercise 1b: not yet. Hint: that is the arithmetic mean of the two rates; growth compounds, so take the geometric mean.']
 */
export function teachingExercises(report: Report = bundledReport()): TeachingExercises {
  return Object.fromEntries(teachingExerciseSpecs(report).map((spec) => [spec.id, exercise(spec)]));
}

/**
 * The specs of the teaching notebooks' exercises, worked answers and likely mistakes included, for
 * teachers and tests. The worked answers that use the report's figures are computed from them
 * (budget revenue growth, the eco-industry change in points, the private-economy share and GDP,
 * the tourism intervals, GDP growth); the others use the numbers the exercise states (a share of
 * 30%, a deflator of 2%, a level of 105.4).
 *
 * @param report - The bundled report.
 * @returns The specs, in the notebook's order.
 * @example
 * teachingExerciseSpecs().map((spec) => spec.id).join(' ')
 * // => '1a 1b 2a 2b 3 4 5 6 7 8'
 */
export function teachingExerciseSpecs(report: Report = bundledReport()): ExerciseSpec[] {
  const value = (id: string) => fig(id, report).amount;
  const revenue2023 = value('budget_revenue_growth_2023');
  const revenue2024 = value('budget_revenue_growth_2024_target');
  const level2024 = 100 * (1 + revenue2023 / 100) * (1 + revenue2024 / 100);
  // The years the hints name are the report's own (the year it reviews, and the base year before it).
  const review = report.years.review;
  const base = review === null ? null : review - 1;
  const inYearZh = (year: number | null) => (year === null ? '该年' : `${year}年`);
  const inYearEn = (year: number | null, otherwise: string) => (year === null ? otherwise : String(year));
  const target = fig('budget_revenue_growth_2024_target', report).surface;
  const points = value('eco_industry_share_change_2024');
  const share = value('private_economy_va_share_2023');
  const gdp = value('gdp_2023');
  const gdpGrowth = value('gdp_growth_2023');
  const arrivals = fig('tourist_arrivals_2023', report).interval;
  const spend = fig('tourism_spend_per_visitor_2023', report).interval;
  const specs: ExerciseSpec[] = [
    {
      id: '1a', answer: level2024, decimals: 2,
      mistakes: [{ value: 100 + revenue2023 + revenue2024, hint: hint('增速不能直接相加,要逐年连乘', 'growth rates do not add up: multiply the yearly factors') }],
    },
    {
      id: '1b', answer: (Math.sqrt(level2024 / 100) - 1) * 100, unit: 'percent', decimals: 2,
      mistakes: [
        { value: (revenue2023 + revenue2024) / 2, hint: hint('这是两个增速的算术平均;增长是复合的,应取几何平均', 'that is the arithmetic mean of the two rates; growth compounds, so take the geometric mean') },
        { value: level2024 - 100, hint: hint('这是两年的累计增幅,题目问的是年均增速', 'that is the growth over both years; the exercise asks for the yearly average') },
      ],
    },
    {
      id: '2a', answer: 30 + points, unit: 'percent', decimals: 1,
      mistakes: [{ value: 30 * (1 + points / 100), hint: hint('“提高1.5个百分点”是加1.5,不是乘以1.015', '"up 1.5 percentage points" adds 1.5; it does not multiply by 1.015') }],
    },
    {
      id: '2b', answer: (points / 30) * 100, unit: 'percent', decimals: 1,
      mistakes: [{ value: points, hint: hint('1.5是百分点的变化;按百分比计要除以原来的占比', '1.5 is the change in points; as a percentage, divide it by the share it started from') }],
    },
    {
      id: '3', answer: (1.055 * 1.02 - 1) * 100, unit: 'percent', decimals: 2,
      mistakes: [{ value: 5.5 + 2, hint: hint('相加只是近似;实际增速与价格涨幅要连乘', 'adding is only an approximation: multiply the real and the price factors') }],
    },
    {
      id: '4', answer: (share / 100) * gdp / 1e8, unit: 'yuan', scale: 100_000_000, decimals: 1,
      mistakes: [{ value: gdp / (share / 100) / 1e8, hint: hint('比重要乘以总量,不是用总量除以比重', 'multiply the whole by the share; do not divide by it') }],
    },
    {
      id: '5', answer: (arrivals.low * spend.low) / 1e8, unit: 'yuan', scale: 100_000_000, decimals: 2,
      mistakes: [{ value: (value('tourist_arrivals_2023') * value('tourism_spend_per_visitor_2023')) / 1e8, hint: hint('这是按所写数字相乘;题目问的是区间的下限', 'that multiplies the figures as written; the exercise asks for the low end of their intervals') }],
    },
    {
      id: '6', answer: (105.4 / 100 - 1) * 100, unit: 'percent', decimals: 1,
      mistakes: [{ value: 105.4, hint: hint('这是水平,不是增速', 'that is the level, not the growth') }],
    },
    {
      id: '7', answer: revenue2023 - gdpGrowth, unit: 'pp', decimals: 1,
      mistakes: [{ value: (revenue2023 / gdpGrowth - 1) * 100, hint: hint('题目问的是相差多少个百分点,不是相差百分之几', 'the exercise asks for the difference in points, not in percent') }],
    },
    {
      id: '8', answer: (100 * (1 + revenue2023 / 100)) * (revenue2024 / 100), decimals: 2,
      mistakes: [{ value: revenue2024, hint: hint(`${target}要乘以${inYearZh(review)}的水平,而不是${inYearZh(base)}的基数100`, `${target} applies to the ${inYearEn(review, 'year under review')} level, not to the ${inYearEn(base, 'year before')} base of 100`) }],
    },
  ];
  return specs;
}
