import type { UnitInfo } from './types.ts';

/**
 * The units the parser knows, as written in Chinese text, with their base code and English label.
 * `signed` says whether a quantity in the unit can be negative; `integer` whether the unit counts
 * whole things. The last two rows are not written words: `''` stands for a bare number and `':'`
 * for a ratio. When several units start alike, the parser takes the longest (人次 before 人,
 * 平方公里 before 公里, 个百分点 before 个). A unit with `notBefore` is no unit where one of those
 * characters follows it (5部门: five departments, not five works and a 门).
 *
 * @example
 * UNITS.length
 * // => 134
 * UNITS.find((unit) => unit.zh === '人次').code
 * // => 'person_time'
 */
export const UNITS = [
  { zh: '元', code: 'yuan', en: 'yuan', signed: false, integer: false },
  { zh: '美元', code: 'usd', en: 'US dollars', signed: false, integer: false },
  { zh: '港元', code: 'hkd', en: 'Hong Kong dollars', signed: false, integer: false },
  { zh: '欧元', code: 'eur', en: 'euros', signed: false, integer: false },
  { zh: '元/平方米', code: 'yuan_per_m2', en: 'yuan per square metre', signed: false, integer: false },
  { zh: '微克/立方米', code: 'ug_m3', en: 'micrograms per cubic metre', signed: false, integer: false },
  { zh: '毫克/立方米', code: 'mg_m3', en: 'milligrams per cubic metre', signed: false, integer: false },
  { zh: '毫克/升', code: 'mg_l', en: 'milligrams per litre', signed: false, integer: false },
  { zh: '‰', code: 'permille', en: 'per thousand', signed: true, integer: false },
  { zh: '/10万', code: 'per_100k', en: 'per 100,000', signed: false, integer: false },
  { zh: '倍', code: 'multiple', en: 'times', signed: false, integer: false },
  { zh: '岁', code: 'age', en: 'years of age', signed: false, integer: false },
  { zh: '周岁', code: 'age', en: 'years of age', signed: false, integer: false },
  { zh: '张床位', code: 'bed', en: 'beds', signed: false, integer: true },
  { zh: '张', code: 'sheet', en: 'sheets (beds, cards, tickets)', signed: false, integer: true },
  { zh: '毫米', code: 'mm', en: 'millimetres', signed: false, integer: false },
  { zh: '公斤', code: 'kg', en: 'kilograms', signed: false, integer: false },
  { zh: '平方千米', code: 'km2', en: 'square kilometres', signed: false, integer: false },
  { zh: '人次', code: 'person_time', en: 'person-times', signed: false, integer: true },
  { zh: '人', code: 'person', en: 'persons', signed: false, integer: true },
  { zh: '名', code: 'person', en: 'persons', signed: false, integer: true },
  { zh: '户', code: 'household', en: 'households (also firms)', signed: false, integer: true },
  { zh: '家', code: 'entity', en: 'entities (firms, institutions)', signed: false, integer: true },
  { zh: '个', code: 'item', en: 'items', signed: false, integer: true },
  { zh: '项', code: 'item', en: 'items', signed: false, integer: true },
  { zh: '大项', code: 'item', en: 'major items', signed: false, integer: true },
  { zh: '件', code: 'piece', en: 'pieces', signed: false, integer: true },
  { zh: '件次', code: 'case', en: 'cases', signed: false, integer: true },
  { zh: '例', code: 'case', en: 'cases', signed: false, integer: true },
  { zh: '户次', code: 'household_time', en: 'household-times (visits, inspections)', signed: false, integer: true },
  { zh: '次', code: 'time', en: 'times', signed: false, integer: true },
  { zh: '亩', code: 'mu', en: 'mu', signed: false, integer: false },
  { zh: '公顷', code: 'hectare', en: 'hectares', signed: false, integer: false },
  { zh: '千公顷', code: 'kilohectare', en: 'thousand hectares', signed: false, integer: false },
  { zh: '平方米', code: 'm2', en: 'square metres', signed: false, integer: false },
  { zh: '平方公里', code: 'km2', en: 'square kilometres', signed: false, integer: false },
  { zh: '公里', code: 'km', en: 'kilometres', signed: false, integer: false },
  { zh: '米', code: 'm', en: 'metres', signed: false, integer: false },
  { zh: '立方米/秒', code: 'm3_per_s', en: 'cubic metres per second', signed: false, integer: false },
  { zh: '立方米', code: 'm3', en: 'cubic metres', signed: false, integer: false },
  { zh: '吨', code: 'tonne', en: 'tonnes', signed: false, integer: false },
  { zh: '千克', code: 'kg', en: 'kilograms', signed: false, integer: false },
  { zh: '斤', code: 'jin', en: 'jin (half kilograms)', signed: false, integer: false },
  { zh: '标箱', code: 'teu', en: 'TEU', signed: false, integer: true },
  { zh: '标准箱', code: 'teu', en: 'TEU', signed: false, integer: true },
  { zh: '客位', code: 'seat', en: 'passenger seats', signed: false, integer: true },
  { zh: '栋', code: 'building', en: 'buildings', signed: false, integer: true },
  { zh: '座', code: 'structure', en: 'structures', signed: false, integer: true },
  { zh: '处', code: 'site', en: 'sites', signed: false, integer: true },
  { zh: '只', code: 'head', en: 'head (animals; also pieces, as of batteries)', signed: false, integer: true },
  { zh: '头', code: 'head', en: 'head (animals)', signed: false, integer: true },
  { zh: '群', code: 'colony', en: 'colonies', signed: false, integer: true },
  { zh: '组', code: 'group', en: 'groups', signed: false, integer: true },
  { zh: '条', code: 'line', en: 'lines', signed: false, integer: true },
  { zh: '份', code: 'document', en: 'documents', signed: false, integer: true },
  { zh: '篇', code: 'document', en: 'documents', signed: false, integer: true },
  { zh: '部', code: 'item', en: 'items (laws, works, lifts)', signed: false, integer: true, notBefore: '门署分件委位长队级属省际落首' },
  { zh: '支', code: 'item', en: 'items (teams, sticks, pens)', signed: false, integer: true, notBefore: '出持付撑部行援柱教农边书配点流线' },
  { zh: '笔', code: 'item', en: 'items (transactions, loans)', signed: false, integer: true, notBefore: '记者试墨画录迹' },
  { zh: '套', code: 'set', en: 'sets', signed: false, integer: true },
  { zh: '块', code: 'plot', en: 'plots (also pieces, as of chips)', signed: false, integer: true },
  { zh: '级', code: 'level', en: 'levels', signed: false, integer: true },
  { zh: '天', code: 'day', en: 'days', signed: false, integer: false },
  { zh: '个月', code: 'month', en: 'months', signed: false, integer: false },
  { zh: '小时', code: 'hour', en: 'hours', signed: false, integer: false },
  { zh: '分', code: 'minute', en: 'minutes', signed: false, integer: false },
  { zh: '分钟', code: 'minute', en: 'minutes', signed: false, integer: false },
  { zh: '分贝', code: 'decibel', en: 'decibels', signed: false, integer: false },
  { zh: '℃', code: 'celsius', en: 'degrees Celsius', signed: true, integer: false },
  { zh: '摄氏度', code: 'celsius', en: 'degrees Celsius', signed: true, integer: false },
  { zh: '蒸吨/小时', code: 'steam_tonne_per_hour', en: 'steam tonnes per hour (a boiler\'s capacity)', signed: false, integer: false },
  { zh: '蒸吨', code: 'steam_tonne_per_hour', en: 'steam tonnes per hour (a boiler\'s capacity)', signed: false, integer: false },
  { zh: '人年', code: 'person_year', en: 'person-years (full-time equivalent)', signed: false, integer: false, notBefore: '均人' },
  { zh: '个工作日', code: 'working_day', en: 'working days', signed: false, integer: false },
  { zh: '工作日', code: 'working_day', en: 'working days', signed: false, integer: false },
  { zh: '年', code: 'year', en: 'years', signed: false, integer: false },
  { zh: '周年', code: 'year', en: 'years (anniversary)', signed: false, integer: true },
  { zh: '届', code: 'session', en: 'sessions', signed: false, integer: true },
  { zh: '期', code: 'session', en: 'sessions (classes, issues)', signed: false, integer: true, notBefore: '间限末初满内货望待刊' },
  { zh: '种', code: 'kind', en: 'kinds', signed: false, integer: true },
  { zh: '类', code: 'category', en: 'categories', signed: false, integer: true },
  { zh: '所', code: 'institution', en: 'institutions', signed: false, integer: true },
  { zh: '台', code: 'machine', en: 'machines', signed: false, integer: true },
  { zh: '辆', code: 'vehicle', en: 'vehicles', signed: false, integer: true },
  { zh: '千瓦', code: 'kw', en: 'kilowatts', signed: false, integer: false },
  { zh: '千瓦时', code: 'kwh', en: 'kilowatt-hours', signed: false, integer: false },
  { zh: '元/人', code: 'yuan_per_person', en: 'yuan per person', signed: false, integer: false },
  { zh: '元/人·月', code: 'yuan_per_person_month', en: 'yuan per person per month', signed: false, integer: false },
  { zh: '元/人/月', code: 'yuan_per_person_month', en: 'yuan per person per month', signed: false, integer: false },
  { zh: '元/人·年', code: 'yuan_per_person_year', en: 'yuan per person per year', signed: false, integer: false },
  { zh: '元/人/年', code: 'yuan_per_person_year', en: 'yuan per person per year', signed: false, integer: false },
  { zh: '元/月', code: 'yuan_per_month', en: 'yuan per month', signed: false, integer: false },
  { zh: '元/小时', code: 'yuan_per_hour', en: 'yuan per hour', signed: false, integer: false },
  { zh: '元/人次', code: 'yuan_per_visit', en: 'yuan per person-time', signed: false, integer: false },
  { zh: '公里/百平方公里', code: 'km_per_100km2', en: 'kilometres per hundred square kilometres', signed: false, integer: false },
  { zh: '人/平方公里', code: 'person_per_km2', en: 'persons per square kilometre', signed: false, integer: false },
  { zh: '公斤/亩', code: 'kg_per_mu', en: 'kilograms per mu', signed: false, integer: false },
  { zh: '元/亩', code: 'yuan_per_mu', en: 'yuan per mu', signed: false, integer: false },
  { zh: '元/吨', code: 'yuan_per_tonne', en: 'yuan per tonne', signed: false, integer: false },
  { zh: '元/千瓦时', code: 'yuan_per_kwh', en: 'yuan per kilowatt-hour', signed: false, integer: false },
  { zh: '吨/日', code: 'tonne_per_day', en: 'tonnes per day', signed: false, integer: false },
  { zh: '公里/小时', code: 'km_per_hour', en: 'kilometres per hour', signed: false, integer: false },
  { zh: '平方米/人', code: 'm2_per_person', en: 'square metres per person', signed: false, integer: false },
  { zh: '吨标准煤', code: 'tce', en: 'tonnes of standard coal', signed: false, integer: false },
  { zh: '吨公里', code: 'tonne_km', en: 'tonne-kilometres', signed: false, integer: false },
  { zh: '人公里', code: 'person_km', en: 'passenger-kilometres', signed: false, integer: false },
  { zh: '兆瓦', code: 'mw', en: 'megawatts', signed: false, integer: false },
  { zh: '千米', code: 'km', en: 'kilometres', signed: false, integer: false },
  { zh: '艘', code: 'ship', en: 'ships', signed: false, integer: true },
  { zh: '架', code: 'aircraft', en: 'aircraft', signed: false, integer: true },
  { zh: '架次', code: 'flight', en: 'flights (sorties)', signed: false, integer: true },
  { zh: '场', code: 'event', en: 'events', signed: false, integer: true },
  { zh: '场次', code: 'event', en: 'events', signed: false, integer: true },
  { zh: '批', code: 'batch', en: 'batches', signed: false, integer: true },
  { zh: '批次', code: 'batch', en: 'batches', signed: false, integer: true },
  { zh: '家次', code: 'entity_time', en: 'entity-times (inspections, visits)', signed: false, integer: true },
  { zh: '册', code: 'volume', en: 'volumes (books)', signed: false, integer: true },
  { zh: '册次', code: 'volume_time', en: 'volume-times (loans of books)', signed: false, integer: true },
  { zh: '株', code: 'plant', en: 'plants (trees)', signed: false, integer: true },
  { zh: '棵', code: 'plant', en: 'plants (trees)', signed: false, integer: true },
  { zh: '羽', code: 'head', en: 'head (poultry)', signed: false, integer: true },
  { zh: '位', code: 'person', en: 'persons', signed: false, integer: true },
  { zh: '间', code: 'room', en: 'rooms', signed: false, integer: true },
  { zh: '盏', code: 'lamp', en: 'lamps', signed: false, integer: true },
  { zh: '眼', code: 'well', en: 'wells', signed: false, integer: true },
  { zh: '%', code: 'percent', en: 'percent', signed: true, integer: false },
  { zh: '个百分点', code: 'pp', en: 'percentage points', signed: true, integer: false },
  { zh: '百分点', code: 'pp', en: 'percentage points', signed: true, integer: false },
  { zh: '个千分点', code: 'permille_point', en: 'per-mille points', signed: true, integer: false },
  { zh: '千分点', code: 'permille_point', en: 'per-mille points', signed: true, integer: false },
  { zh: '个基点', code: 'bp', en: 'basis points', signed: true, integer: false },
  { zh: '基点', code: 'bp', en: 'basis points', signed: true, integer: false },
  { zh: '', code: 'number', en: 'number', signed: true, integer: false },
  { zh: ':', code: 'ratio', en: 'ratio', signed: false, integer: false },
] as const satisfies readonly UnitInfo[];

/**
 * Looks up a unit by how it is written.
 *
 * @param zh - The unit exactly as written, without a scale word (`元`, not `亿元`); `''` for a bare number.
 * @returns The unit's row of `UNITS`, or `undefined` when the table has no such unit.
 * @example
 * unitOf('人次')
 * // => { zh: '人次', code: 'person_time', en: 'person-times', signed: false, integer: true }
 * unitOf('%').signed
 * // => true
 * unitOf('亿元')
 * // => undefined
 */
export function unitOf(zh: string): UnitInfo | undefined {
  return UNITS.find((unit) => unit.zh === zh);
}
