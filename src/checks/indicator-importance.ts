import type { Figure } from '../report/types.ts';

/**
 * Headline indicators of Chinese government reports: the economic and fiscal figures a work
 * report, a plan-execution report or a statistical bulletin opens with, and a desk asks about first.
 */
const HEADLINE = /地区生产总值|国内生产总值|GDP|一般公共预算|财政收入|税收收入|固定资产投资|社会消费品零售|工业增加值|可支配收入|居民消费价格|失业率|进出口|旅游综合收入|旅游总收入|旅游接待|债务/;

/** Money and people: indicators a reader feels, whatever unit their growth is written in. */
const MONEY_OR_PEOPLE = /收入|投资|资金|销售|营业额|营收|产值|增加值|消费|贷款|存款|交易额|利润|税|就业|人口|游客|人才|人次|人数/;

const MONEY_OR_PEOPLE_UNITS: ReadonlySet<string> = new Set(['yuan', 'person', 'person_time']);

/**
 * How important a figure's indicator is to a reader, for ranking findings by news value: 3 for a
 * headline economic or fiscal indicator (GDP, budget revenue, fixed-asset investment, retail sales,
 * industrial value added, disposable income, prices, unemployment, trade, tourism revenue and
 * arrivals, debt), 2 for other money and people, 1 for other counts (projects, bases, kilometres).
 * Read from the indicator's Chinese name and the unit, so it works on any report.
 *
 * @param figure - A figure (`fig(id)`).
 * @returns 3, 2 or 1.
 * @example
 * [indicatorImportance(fig('gdp_2023')), indicatorImportance(fig('new_urban_jobs_2023')), indicatorImportance(fig('new_demonstration_bases_2024_target'))]
 * // => [3, 2, 1]
 */
export function indicatorImportance(figure: Pick<Figure, 'indicator' | 'unit'>): number {
  const name = figure.indicator.join(';');
  if (HEADLINE.test(name)) return 3;
  if (MONEY_OR_PEOPLE_UNITS.has(figure.unit) || MONEY_OR_PEOPLE.test(name)) return 2;
  return 1;
}
