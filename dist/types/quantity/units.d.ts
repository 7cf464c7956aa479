import type { UnitInfo } from './types.ts';
/**
 * The units the parser knows, as written in Chinese text, with their base code and English label.
 * `signed` says whether a quantity in the unit can be negative; `integer` whether the unit counts
 * whole things. The last two rows are not written words: `''` stands for a bare number and `':'`
 * for a ratio. When several units start alike, the parser takes the longest (人次 before 人,
 * 平方公里 before 公里, 个百分点 before 个).
 *
 * @example
 * UNITS.length
 * // => 55
 * UNITS.find((unit) => unit.zh === '人次').code
 * // => 'person_time'
 */
export declare const UNITS: readonly [{
    readonly zh: '元';
    readonly code: 'yuan';
    readonly en: 'yuan';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '人次';
    readonly code: 'person_time';
    readonly en: 'person-times';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '人';
    readonly code: 'person';
    readonly en: 'persons';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '名';
    readonly code: 'person';
    readonly en: 'persons';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '户';
    readonly code: 'household';
    readonly en: 'households (also firms)';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '家';
    readonly code: 'entity';
    readonly en: 'entities (firms, institutions)';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '个';
    readonly code: 'item';
    readonly en: 'items';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '项';
    readonly code: 'item';
    readonly en: 'items';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '大项';
    readonly code: 'item';
    readonly en: 'major items';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '件';
    readonly code: 'piece';
    readonly en: 'pieces';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '件次';
    readonly code: 'case';
    readonly en: 'cases';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '次';
    readonly code: 'time';
    readonly en: 'times';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '亩';
    readonly code: 'mu';
    readonly en: 'mu';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '公顷';
    readonly code: 'hectare';
    readonly en: 'hectares';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '平方米';
    readonly code: 'm2';
    readonly en: 'square metres';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '平方公里';
    readonly code: 'km2';
    readonly en: 'square kilometres';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '公里';
    readonly code: 'km';
    readonly en: 'kilometres';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '米';
    readonly code: 'm';
    readonly en: 'metres';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '立方米';
    readonly code: 'm3';
    readonly en: 'cubic metres';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '吨';
    readonly code: 'tonne';
    readonly en: 'tonnes';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '千克';
    readonly code: 'kg';
    readonly en: 'kilograms';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '标箱';
    readonly code: 'teu';
    readonly en: 'TEU';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '栋';
    readonly code: 'building';
    readonly en: 'buildings';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '座';
    readonly code: 'structure';
    readonly en: 'structures';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '处';
    readonly code: 'site';
    readonly en: 'sites';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '只';
    readonly code: 'head';
    readonly en: 'head (animals)';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '头';
    readonly code: 'head';
    readonly en: 'head (animals)';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '群';
    readonly code: 'colony';
    readonly en: 'colonies';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '组';
    readonly code: 'group';
    readonly en: 'groups';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '条';
    readonly code: 'line';
    readonly en: 'lines';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '份';
    readonly code: 'document';
    readonly en: 'documents';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '套';
    readonly code: 'set';
    readonly en: 'sets';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '块';
    readonly code: 'plot';
    readonly en: 'plots';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '级';
    readonly code: 'level';
    readonly en: 'levels';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '天';
    readonly code: 'day';
    readonly en: 'days';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '小时';
    readonly code: 'hour';
    readonly en: 'hours';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '分';
    readonly code: 'minute';
    readonly en: 'minutes';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '分钟';
    readonly code: 'minute';
    readonly en: 'minutes';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '年';
    readonly code: 'year';
    readonly en: 'years';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '周年';
    readonly code: 'year';
    readonly en: 'years (anniversary)';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '届';
    readonly code: 'session';
    readonly en: 'sessions';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '种';
    readonly code: 'kind';
    readonly en: 'kinds';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '类';
    readonly code: 'category';
    readonly en: 'categories';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '所';
    readonly code: 'institution';
    readonly en: 'institutions';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '台';
    readonly code: 'machine';
    readonly en: 'machines';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '辆';
    readonly code: 'vehicle';
    readonly en: 'vehicles';
    readonly signed: false;
    readonly integer: true;
}, {
    readonly zh: '千瓦';
    readonly code: 'kw';
    readonly en: 'kilowatts';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '千瓦时';
    readonly code: 'kwh';
    readonly en: 'kilowatt-hours';
    readonly signed: false;
    readonly integer: false;
}, {
    readonly zh: '%';
    readonly code: 'percent';
    readonly en: 'percent';
    readonly signed: true;
    readonly integer: false;
}, {
    readonly zh: '个百分点';
    readonly code: 'pp';
    readonly en: 'percentage points';
    readonly signed: true;
    readonly integer: false;
}, {
    readonly zh: '百分点';
    readonly code: 'pp';
    readonly en: 'percentage points';
    readonly signed: true;
    readonly integer: false;
}, {
    readonly zh: '个基点';
    readonly code: 'bp';
    readonly en: 'basis points';
    readonly signed: true;
    readonly integer: false;
}, {
    readonly zh: '基点';
    readonly code: 'bp';
    readonly en: 'basis points';
    readonly signed: true;
    readonly integer: false;
}, {
    readonly zh: '';
    readonly code: 'number';
    readonly en: 'number';
    readonly signed: true;
    readonly integer: false;
}, {
    readonly zh: ':';
    readonly code: 'ratio';
    readonly en: 'ratio';
    readonly signed: false;
    readonly integer: false;
}];
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
export declare function unitOf(zh: string): UnitInfo | undefined;
