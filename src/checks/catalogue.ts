import type { CheckSpec } from './types.ts';

/**
 * The report does not say per whom its spending per visitor is: 217亿元 ÷ 4494万人次 is about 483元,
 * not 1003元, so the figure is likely per overnight or paying visitor. The identity checks then ask
 * how large that group must be, rather than calling the product a contradiction.
 */
const VISITOR_SUBGROUP = { zh: '过夜或付费游客', en: 'overnight or paying visitors' };

/**
 * The named checks of the bundled report (Wulong District, 2024 government work report): the
 * questions a careful fact-checker asks of it that the links in the claims data do not ask by
 * themselves, and a few that they do, named and explained (those merge with the automatic pass).
 * Each entry names its claims and says why it is asked; none says what the answer is: verdicts
 * are computed by `runChecks`.
 *
 * @example
 * CATALOGUE.find((spec) => spec.check === 'tourism_revenue_identity_2023').family
 * // => 'product_identity'
 */
export const CATALOGUE: readonly CheckSpec[] = [
  {
    check: 'tourism_revenue_identity_2023',
    family: 'product_identity',
    why: 'Tourist arrivals times spending per visitor should give tourism revenue; the report states all three for 2023.',
    factors: ['tourist_arrivals_2023', 'tourism_spend_per_visitor_2023'],
    total: 'tourism_revenue_2023',
    subgroup: VISITOR_SUBGROUP,
  },
  {
    check: 'tourism_revenue_identity_2024',
    family: 'product_identity',
    why: 'The 2024 targets give arrivals growth (from the 2023 level) and spending per visitor; their product should be the revenue target.',
    factors: [{ grown: 'tourist_arrivals_2023', by: 'tourist_arrivals_growth_2024_target' }, 'tourism_spend_per_visitor_2024_target'],
    total: 'tourism_revenue_2024_target',
    subgroup: VISITOR_SUBGROUP,
  },
  {
    check: 'tourism_revenue_growth_2024',
    family: 'total_vs_components',
    relation: 'product',
    why: 'If arrivals grow 10% and spending per visitor rises from 1003 to 1100 yuan or more, revenue should grow by about a fifth; the revenue target implies far less.',
    total: { from: 'tourism_revenue_2023', to: 'tourism_revenue_2024_target' },
    components: ['tourist_arrivals_growth_2024_target', { from: 'tourism_spend_per_visitor_2023', to: 'tourism_spend_per_visitor_2024_target' }],
  },
  {
    check: 'ticketed_visitors_within_arrivals_2023',
    family: 'parts_vs_total',
    relation: 'subset',
    allowUnits: true,
    why: 'Ticketed visitors (persons) cannot outnumber tourist arrivals (person-visits): each person visits at least once.',
    parts: ['ticketed_visitors_2023'],
    total: 'tourist_arrivals_2023',
  },
  {
    check: 'imports_exports_target_2024',
    family: 'target_vs_growth',
    why: 'The import-export target and its growth rate are stated in one sentence; they must agree with the 2023 level.',
    target: 'imports_exports_2024_target',
    rate: 'imports_exports_growth_2024_target',
    base: 'imports_exports_2023',
  },
  {
    check: 'industrial_investment_target_2024',
    family: 'target_vs_growth',
    why: 'The industrial investment target and its growth rate are stated together; they must agree with the 2023 level.',
    target: 'industrial_investment_2024_target',
    rate: 'industrial_investment_growth_2024_target',
    base: 'industrial_investment_2023',
  },
  {
    check: 'new_market_entities_target_2024',
    family: 'target_vs_growth',
    why: 'The 2024 target of 5000 new market entities comes with growth of 12.8% or more; read as growth of new entities, it must agree with the 6403 of 2023.',
    reading: { en: 'the growth rate refers to the number of new market entities', zh: '增长指新增市场主体数量的增长' },
    target: 'new_market_entities_2024_target',
    rate: 'new_market_entities_growth_2024_target',
    base: 'new_market_entities_2023',
  },
  {
    check: 'specialty_crops_area_2024',
    family: 'parts_vs_total',
    relation: 'sum',
    why: 'The 2023 area plus the new area planned for 2024 should make the cumulative 2024 target.',
    parts: ['specialty_crops_area_2023', 'specialty_crops_new_area_2024'],
    total: 'specialty_crops_area_2024_target',
  },
  {
    check: 'municipal_key_projects_within_key_projects_2023',
    family: 'parts_vs_total',
    relation: 'subset',
    why: 'The municipal key projects the district leads are among its key projects, so they cannot outnumber them.',
    parts: ['municipal_key_projects_led_2023'],
    total: 'key_projects_2023',
  },
  {
    check: 'municipal_key_projects_investment_within_key_projects_2023',
    family: 'parts_vs_total',
    relation: 'subset',
    why: 'Investment in the municipal key projects is part of investment in all key projects.',
    parts: ['municipal_key_projects_investment_2023'],
    total: 'key_projects_investment_2023',
  },
  {
    check: 'key_projects_investment_2024',
    family: 'parts_vs_total',
    relation: 'subset',
    why: 'Investment in the 25 municipal and 78 district key projects cannot exceed the fixed-asset investment they drive.',
    parts: ['municipal_key_projects_investment_2024', 'district_key_projects_investment_2024'],
    total: 'fai_driven_by_key_projects_2024',
  },
  {
    check: 'gdp_growth_vs_sectors_2023',
    family: 'total_vs_components',
    relation: 'weighted_average',
    why: 'GDP is the sum of the primary, industrial, construction and services value added; its real growth must lie between theirs.',
    total: 'gdp_growth_2023',
    components: ['primary_industry_va_growth_2023', 'industry_va_growth_2023', 'construction_va_growth_2023', 'services_va_growth_2023'],
  },
  {
    check: 'retail_sales_vs_trade_turnover_2023',
    family: 'total_vs_components',
    relation: 'weighted_average',
    scopeDiffers: true,
    why: 'Retail sales of consumer goods grew more slowly than the turnover of every trade sector (wholesale, retail, accommodation, catering); the two measures are defined differently.',
    total: 'retail_sales_growth_2023',
    components: ['wholesale_sales_growth_2023', 'retail_turnover_growth_2023', 'accommodation_turnover_growth_2023', 'catering_turnover_growth_2023'],
  },
  {
    check: 'industry_va_growth_2023',
    family: 'stated_twice',
    scopeDiffers: true,
    why: 'Industrial value-added growth appears twice for 2023: 7% in the headline list (above designated size) and 6.2% in the industry section (all industry).',
    first: 'above_scale_industry_va_growth_2023',
    second: 'industry_va_growth_2023',
  },
  {
    check: 'industry_va_growth_2024',
    family: 'stated_twice',
    scopeDiffers: true,
    why: 'Industrial value-added growth appears twice among the 2024 targets: 7.5% in the headline list (all industry) and 6.5% in the industry section (above designated size).',
    first: 'industry_va_growth_2024_target',
    second: 'above_scale_industry_va_growth_2024_target',
  },
  {
    check: 'new_market_entities_base_2023',
    family: 'back_calculated_base',
    why: 'Read as growth of new registrations, 6403 new market entities after 18.1% growth imply some 5422 in 2022, which must be a whole number.',
    reading: { en: 'the growth rate refers to the number of new market entities', zh: '增长指新增市场主体数量的增长' },
    rate: 'new_market_entities_growth_2023',
    level: 'new_market_entities_2023',
  },
];
