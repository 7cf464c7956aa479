import { describe, expect, it } from 'vitest';
import { bundledReport } from '../../src/report/bundled-report.ts';
import { validateClaims } from '../../src/report/validate-claims.ts';
import type { Claim } from '../../src/report/types.ts';

const report = bundledReport();
const withRow = (id: string, change: Partial<Claim>): Claim[] =>
  report.rows.map((row) => (row.id === id ? { ...row, ...change } : row));
const problems = (rows: Claim[]) => validateClaims(rows, report.text).map((problem) => `${problem.line}:${problem.column}`);
const lineOf = (id: string) => report.rows.findIndex((row) => row.id === id) + 2;

describe('validateClaims', () => {
  it('finds nothing wrong with the bundled claims', () => {
    expect(validateClaims(report.rows, report.text)).toEqual([]);
  });

  it('catches a surface that does not match its span', () => {
    expect(problems(withRow('gdp_2023', { surface: '273.64亿元' }))).toContain(`${lineOf('gdp_2023')}:surface`);
  });

  it('catches a span outside the text', () => {
    expect(problems(withRow('gdp_2023', { start: 99999, end: 100005 }))).toEqual([`${lineOf('gdp_2023')}:start`]);
  });

  it('catches a value, scale, unit or qualifier that the surface does not say', () => {
    expect(problems(withRow('gdp_2023', { value: '273.5' }))).toEqual([`${lineOf('gdp_2023')}:value`]);
    expect(problems(withRow('gdp_2023', { scale: 10000 }))).toEqual([`${lineOf('gdp_2023')}:scale`]);
    expect(problems(withRow('gdp_2023', { unit: 'person' }))).toEqual([`${lineOf('gdp_2023')}:unit`]);
    expect(problems(withRow('tourism_arrivals_revenue_growth_2023', { qualifier: 'exact' }))).toEqual([`${lineOf('tourism_arrivals_revenue_growth_2023')}:qualifier`]);
  });

  it('accepts the other meaning of a unit word of two (分 as minutes, or as a score), and no third', () => {
    expect(report.rows.find((row) => row.id === 'rail_time_to_main_city')?.unit).toBe('minute');
    expect(problems(withRow('rail_time_to_main_city', { unit: 'score', kind: 'level' }))).toEqual([]);
    expect(problems(withRow('rail_time_to_main_city', { unit: 'hour' }))).toEqual([`${lineOf('rail_time_to_main_city')}:unit`]);
  });

  it('catches duplicate ids and overlapping spans', () => {
    const duplicated = withRow('gdp_growth_2023', { id: 'gdp_2023' });
    expect(problems(duplicated)).toContain(`${lineOf('gdp_growth_2023')}:id`);
    const overlapping = withRow('gdp_growth_2023', { start: 1760, surface: report.text.slice(1760, 1772) });
    expect(problems(overlapping)).toContain(`${lineOf('gdp_growth_2023')}:start`);
  });

  it('catches broken links and links to the wrong kind of row', () => {
    expect(problems(withRow('gdp_growth_2023', { of: ['gdp_2033'] }))).toEqual([`${lineOf('gdp_growth_2023')}:of`]);
    expect(problems(withRow('gdp_growth_2023', { of: ['cpi_change_2023'] }))).toEqual([`${lineOf('gdp_growth_2023')}:of`]);
    expect(problems(withRow('gdp_growth_2024_target', { counterpart: ['gdp_2023'] }))).toEqual([`${lineOf('gdp_growth_2024_target')}:counterpart`]);
    expect(problems(withRow('gdp_2023', { of: ['gdp_growth_2023'] }))).toEqual([`${lineOf('gdp_2023')}:of`, `${lineOf('gdp_2023')}:of`]);
  });

  it('catches a scope flag on a row without a link or without a note', () => {
    expect(problems(withRow('gdp_2023', { scope: 'differs', note: 'wording differs' }))).toEqual([`${lineOf('gdp_2023')}:scope`]);
    expect(problems(withRow('new_public_parking_2024', { note: null }))).toEqual([`${lineOf('new_public_parking_2024')}:scope`]);
    expect(problems(withRow('new_public_parking_2024', {}))).toEqual([]);
  });

  it('catches a growth rate without a direction and a level with one', () => {
    expect(problems(withRow('gdp_growth_2023', { direction: null }))).toEqual([`${lineOf('gdp_growth_2023')}:direction`]);
    expect(problems(withRow('gdp_2023', { direction: 'up' }))).toEqual([`${lineOf('gdp_2023')}:direction`]);
  });

  it('catches a date whose value is not made of the digits written', () => {
    expect(problems(withRow('date_report_given', { value: '2024-01-30' }))).toEqual([`${lineOf('date_report_given')}:value`]);
    // A year written in Chinese digits is made of the same digits.
    const year = { ...report.rows.find((row) => row.kind === 'date')!, start: 0, end: 5, surface: '二〇二五年' };
    expect(validateClaims([{ ...year, value: '2025' }], '二〇二五年').map((problem) => problem.column)).toEqual([]);
    expect(validateClaims([{ ...year, value: '2024' }], '二〇二五年').map((problem) => problem.column)).toEqual(['value']);
    // A month of a year is YYYY-MM, a month from 01 to 12 made of the digits written.
    const month = { ...year, end: 7, surface: '2025年9月' };
    expect(validateClaims([{ ...month, value: '2025-09' }], '2025年9月').map((problem) => problem.column)).toEqual([]);
    for (const value of ['2025-08', '2025-9', '2025-13']) expect(validateClaims([{ ...month, value }], '2025年9月').map((problem) => problem.column), value).toEqual(['value']);
  });
});

describe('validateClaims on a unit written apart from the number (a table\'s)', () => {
  const text = '指标 单位 完成\n地区生产总值 亿元 286.35\n';
  const start = text.indexOf('286.35');
  const cell: Claim = {
    ...report.rows.find((row) => row.id === 'gdp_2023')!, id: 'gdp_2024', start, end: start + 6, surface: '286.35', value: '286.35',
    year: 2024, of: [], base: [], whole: [], part_of: [], counterpart: [], unit_text: '亿元', unit_start: text.indexOf('亿元'),
  };
  const found = (change: Partial<Claim>) => validateClaims([{ ...cell, ...change }], text).map((problem) => problem.column);

  it('reads the figure as its surface and its unit_text, which must stand at unit_start', () => {
    expect(validateClaims([cell], text)).toEqual([]);
    // A unit not where it says is set aside: the surface alone then disagrees with the scale and unit.
    expect(found({ unit_start: 0 })).toEqual(['unit_text', 'scale', 'unit']);
    expect(found({ scale: 1 })).toEqual(['scale']);
    expect(found({ unit_text: null, unit_start: null })).toEqual(['scale', 'unit']);
  });

  it('refuses a unit_text on a row that is no quantity, one that is no unit alone, and one after a surface with a unit or scale of its own', () => {
    expect(found({ kind: 'code', unit: 'code', value: '286.35' })).toEqual(['unit_text']);
    const odd = validateClaims([{ ...cell, unit_text: '单位', unit_start: text.indexOf('单位') }], text);
    expect(odd.map((problem) => problem.column)).toEqual(['unit_text', 'scale', 'unit']);
    expect(odd[0]?.message).toContain('"单位", which is not a unit alone');
    // 28 + 6.35亿元 would read as 286.35亿元; 3.5万 + 亿元 as 3.5万亿元: neither is a unit written apart.
    const split = '合计 286.35亿元\n';
    expect(validateClaims([{ ...cell, start: 3, end: 5, surface: '28', value: '28', unit_text: '6.35亿元', unit_start: 5 }], split).map((problem) => problem.message)).toContainEqual(expect.stringContaining('not a unit alone'));
    const scaled = '投资 3.5万 亿元\n';
    const twice = validateClaims([{ ...cell, start: 3, end: 7, surface: '3.5万', value: '3.5', unit_text: '亿元', unit_start: 8 }], scaled);
    expect(twice[0]).toMatchObject({ column: 'unit_text', message: expect.stringContaining('is not a bare number') });
  });
});

