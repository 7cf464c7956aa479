import { describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from '../../src/quantity/parse.ts';
import type { UnitCode } from '../../src/quantity/types.ts';
import { UNITS, unitOf } from '../../src/quantity/units.ts';

/** The unit list of the specification, written out independently of the table: zh → code. */
const SPECIFIED: Record<string, UnitCode> = {
  元: 'yuan', 人次: 'person_time', 人: 'person', 名: 'person', 户: 'household', 家: 'entity',
  个: 'item', 项: 'item', 大项: 'item', 件: 'piece', 件次: 'case', 次: 'time', 亩: 'mu',
  公顷: 'hectare', 平方米: 'm2', 平方公里: 'km2', 公里: 'km', 米: 'm', 延米: 'm', 立方米: 'm3', '立方米/秒': 'm3_per_s', '立方米/平方公里': 'm3_per_km2', '米/秒': 'm_per_s', 立方米每秒: 'm3_per_s', 米每秒: 'm_per_s', 日: 'day', 床日: 'day', 尾: 'head', 吨: 'tonne', 吨位: 'tonne', 篇次: 'document', 辑: 'volume',
  千克: 'kg', 标箱: 'teu', 栋: 'building', 座: 'structure', 处: 'site', 只: 'head', 头: 'head',
  群: 'colony', 组: 'group', 条: 'line', 份: 'document', 篇: 'document', 套: 'set', 块: 'plot', 级: 'level',
  天: 'day', 个月: 'month', 小时: 'hour', 分: 'score', 分钟: 'minute', 年: 'year', 周年: 'year', 届: 'session',
  种: 'kind', 类: 'category', 所: 'institution', 台: 'machine', 辆: 'vehicle', 千瓦: 'kw',
  千瓦时: 'kwh', 斤: 'jin', '%': 'percent', 个百分点: 'pp', 百分点: 'pp', 个基点: 'bp', 基点: 'bp',
  // units of other reports: money in dollars, prices per area, concentrations, per mille, multiples, ages, beds
  美元: 'usd', '元/平方米': 'yuan_per_m2', '微克/立方米': 'ug_m3', '毫克/立方米': 'mg_m3', '毫克/升': 'mg_l', '‰': 'permille', 倍: 'multiple', 岁: 'age',
  张床位: 'bed', 张: 'sheet', 毫米: 'mm', 公斤: 'kg', 平方千米: 'km2',
  // units of bulletins and plan reports: per person, density, yield, energy, transport turnover, power, and things counted
  '元/人': 'yuan_per_person', '人/平方公里': 'person_per_km2', '公斤/亩': 'kg_per_mu', '元/亩': 'yuan_per_mu', '元/吨': 'yuan_per_tonne', '元/千瓦时': 'yuan_per_kwh', '吨/日': 'tonne_per_day', '公里/小时': 'km_per_hour', '平方米/人': 'm2_per_person', 吨标准煤: 'tce', 吨公里: 'tonne_km', 人公里: 'person_km',
  千公顷: 'kilohectare', '元/人次': 'yuan_per_visit', 架次: 'flight', 兆瓦: 'mw', 千米: 'km', 艘: 'ship', 架: 'aircraft', 场: 'event', 场次: 'event', 批: 'batch', 株: 'plant', 棵: 'plant', 羽: 'head', 位: 'person', 间: 'room',
  // other currencies, noise, and things counted in their own classifiers (lamps, wells), ages in full years
  港元: 'hkd', 欧元: 'eur', 分贝: 'decibel', 盏: 'lamp', 眼: 'well', 周岁: 'age',
  // sessions of a class (培训42期), laws, works or lifts (5部法律法规, 加装电梯150部) teams or sticks (5支队伍, 812亿支卷烟) and transactions (1.2万余笔支出)
  期: 'session', 部: 'item', 支: 'item', 笔: 'item',
  // units of transport bulletins: containers in full (412.6万标准箱), seats (32.6万客位), road density (129.62公里/百平方公里)
  标准箱: 'teu', 客位: 'seat', '公里/百平方公里': 'km_per_100km2',
  // units of health bulletins: cases (1,862例), visits (3,265户次), rates per 100,000 (20.78/10万) and changes in per-mille points (0.35个千分点)
  例: 'case', 户次: 'household_time', '/10万': 'per_100k', 个千分点: 'permille_point', 千分点: 'permille_point',
  // inspections of firms (1,246家次), batches (186批次), books and their loans (412.6万册, 186.3万册次)
  家次: 'entity_time', 批次: 'batch', 册: 'volume', 册次: 'volume_time',
  // standards per month or hour (低保标准860元/人·月, 最低工资1,900元/月, 19元/小时)
  '元/人·月': 'yuan_per_person_month', '元/人/月': 'yuan_per_person_month', '元/人·年': 'yuan_per_person_year', '元/人/年': 'yuan_per_person_year', '元/月': 'yuan_per_month', '元/小时': 'yuan_per_hour',
  // water per person (168升/日), volumes in m³ and areas in km² or m² as tables write them, incidents (326起), certificates (1.2万本), guns or knives (120把), rounds (督查三轮)
  '升/人·日': 'litre_per_person_day', '升/日': 'litre_per_day', 'm³': 'm3', 'km²': 'km2', 'm²': 'm2', 起: 'case', 本: 'volume', 把: 'item', 轮: 'round',
  // temperatures (16.8℃), a boiler's capacity (35蒸吨/小时), full-time equivalents (42.7万人年) and working days (1个工作日内)
  '℃': 'celsius', 摄氏度: 'celsius', '蒸吨/小时': 'steam_tonne_per_hour', 蒸吨: 'steam_tonne_per_hour', 人年: 'person_year', 个工作日: 'working_day', 工作日: 'working_day',
  // vehicle trips (41.6万辆次), bags (650万袋, of mushroom spawn) and medals or stamps (12枚)
  辆次: 'vehicle_time', 袋: 'bag', 枚: 'piece',
  // services on land (托管服务面积46.2万亩次), exams held (28项次), models of a product (文创产品120余款) and courses (选修课程1260门)
  亩次: 'mu_time', 项次: 'item_time', 款: 'kind', 门: 'item',
  // couples (结婚登记2.06万对), cremations (火化遗体2.95万具), orders (无理由退货4680单), vaccine doses (28.6万剂次), class hours (46学时), weeks (2周) and entries sent (3.26万条次)
  对: 'pair', 具: 'body', 单: 'order', 剂次: 'dose', 学时: 'class_hour', 周: 'week', 条次: 'item_time',
  // parcels of land sold or put to use (出让“标准地”42宗), or cases, and tenths (三成), read as a percentage
  宗: 'plot', 成: 'percent',
  // ponds or wells (山坪塘48口) and buildings (安置房12幢)
  口: 'well', 幢: 'building',
};
const SIGNED = new Set(['%', '个百分点', '百分点', '个基点', '基点', '个千分点', '千分点', '‰', '℃', '摄氏度', '']);

describe('UNITS', () => {
  it('holds exactly the specified written units, plus a bare number and a ratio', () => {
    const written = UNITS.filter((unit) => unit.code !== 'number' && unit.code !== 'ratio');
    expect(Object.fromEntries(written.map((unit) => [unit.zh, unit.code]))).toEqual(SPECIFIED);
    expect(written).toHaveLength(Object.keys(SPECIFIED).length);
    expect(unitOf('')?.code).toBe('number');
    expect(unitOf(':')?.code).toBe('ratio');
  });

  it('writes each unit once', () => {
    const zh = UNITS.map((unit) => unit.zh);
    expect(new Set(zh).size).toBe(zh.length);
  });

  it('marks only percentages, per mille, points and bare numbers as signed', () => {
    for (const unit of UNITS) expect(unit.signed, unit.zh).toBe(SIGNED.has(unit.zh));
  });

  it('marks counting units as integer and measures as not', () => {
    const integer = (zh: string) => unitOf(zh)?.integer;
    for (const zh of ['人', '人次', '户', '家', '个', '项', '件', '件次', '栋', '条', '套', '种']) expect(integer(zh), zh).toBe(true);
    for (const zh of ['元', '亩', '公里', '平方米', '吨', '%', '个百分点', '基点', '小时', '千瓦时', '']) expect(integer(zh), zh).toBe(false);
  });

  it('has an English label for every unit', () => {
    for (const unit of UNITS) expect(unit.en.length, unit.zh).toBeGreaterThan(0);
  });

  it('uses every code of UnitCode, and only those', () => {
    type Listed = (typeof UNITS)[number]['code'];
    expectTypeOf<Exclude<UnitCode, Listed>>().toEqualTypeOf<never>();
    expectTypeOf<Exclude<Listed, UnitCode>>().toEqualTypeOf<never>();
  });
});

describe('unitOf', () => {
  it('finds a unit by how it is written', () => {
    expect(unitOf('人次')).toEqual({ zh: '人次', code: 'person_time', en: 'person-times', signed: false, integer: true });
    expect(unitOf('个百分点')?.code).toBe('pp');
  });

  it('returns undefined for a scaled unit, an unknown unit or a unit with spaces', () => {
    expect(unitOf('亿元')).toBeUndefined();
    expect(unitOf('两')).toBeUndefined();
    expect(unitOf(' 元')).toBeUndefined();
  });
});

describe('the parser reads every unit of the table, the longest first', () => {
  for (const unit of UNITS.filter((row) => row.code !== 'number' && row.code !== 'ratio')) {
    it(`5${unit.zh} → ${unit.code}`, () => {
      const quantity = parse(`5${unit.zh}`);
      expect(quantity.unit).toBe(unit.code);
      expect(quantity.unitText).toBe(unit.zh);
    });
  }

  it('prefers 人次 to 人, 件次 to 件, 平方公里 to 公里, 个百分点 and 个基点 to 个, 千瓦时 to 千瓦, 分钟 to 分', () => {
    const read = (text: string) => parse(text).unitText;
    expect([read('9人次'), read('9件次'), read('9平方公里'), read('9个百分点'), read('9个基点'), read('9千瓦时'), read('9分钟')])
      .toEqual(['人次', '件次', '平方公里', '个百分点', '个基点', '千瓦时', '分钟']);
  });
});
