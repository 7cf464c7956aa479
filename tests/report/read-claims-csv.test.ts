import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_REPORT_DIR } from '../../src/report/bundled-report.ts';
import { readClaimsCsv } from '../../src/report/read-claims-csv.ts';
import { ClaimsDataError } from '../../src/errors/claims-data-error.ts';

const csv = readFileSync(`${BUNDLED_REPORT_DIR}/claims.csv`, 'utf8');

function problemsOf(text: string) {
  try {
    readClaimsCsv(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimsDataError);
    return (error as ClaimsDataError).problems;
  }
  throw new Error('expected a ClaimsDataError');
}

describe('readClaimsCsv', () => {
  it('reads the bundled claims into typed rows', () => {
    const rows = readClaimsCsv(csv);
    expect(rows.length).toBe(380);
    const gdp = rows.find((row) => row.id === 'gdp_growth_2023');
    expect(gdp).toMatchObject({ start: 1703, end: 1707, scale: 1, unit: 'percent', kind: 'growth', year: 2023, direction: 'up', basis: ['real'], of: ['gdp_2023'], base: [], note: null });
    expect(rows.find((row) => row.id === 'specialty_crops_area_2024_target')?.cumulative).toBe(true);
  });

  it('names a misspelled column and the column it should be, and every other problem at once', () => {
    const broken = csv.replace('indicator_en', 'indicatr_en').replace('scale,unit', 'scale,units');
    const problems = problemsOf(broken);
    expect(problems.map((problem) => problem.column).sort()).toEqual(['indicator_en', 'indicatr_en', 'unit', 'units']);
    expect(problems.find((problem) => problem.column === 'indicator_en')?.message).toContain('"indicatr_en"');
  });

  it('lists every bad cell with its line and column', () => {
    const lines = csv.split('\n');
    lines[2] = lines[2]!.replace(',79,89,', ',7x,89,').replace(',date,date,', ',date,dates,');
    lines[5] = lines[5]!.replace(',actual,', ',actuel,');
    const problems = problemsOf(lines.join('\n'));
    expect(problems).toEqual([
      { line: 3, column: 'start', message: expect.stringContaining('"7x"') },
      { line: 3, column: 'kind', message: expect.stringContaining('"dates"') },
      { line: 6, column: 'status', message: expect.stringMatching(/"actuel".*Did you mean "actual"/) },
    ]);
  });

  it('rejects a missing indicator and mismatched list lengths', () => {
    const lines = csv.split('\n');
    const header = lines[0]!.split(',');
    const row = lines.find((line) => line.startsWith('tourism_arrivals_revenue_growth_2023,'))!;
    const fixed = row.replace('growth of tourist arrivals;growth of comprehensive tourism revenue', 'growth of tourist arrivals');
    const problems = problemsOf([lines[0], fixed].join('\n'));
    expect(header).toContain('indicator_en');
    expect(problems).toEqual([{ line: 2, column: 'indicator_en', message: expect.stringContaining('lists 1 item(s)') }]);
  });

  it('reads a unit written apart from the number (unit_text, unit_start) and wants both or neither', () => {
    const header = 'id,start,end,surface,value,scale,unit,kind,year,status,qualifier,cumulative,direction,basis,indicator,indicator_en,topic,section,of,base,whole,part_of,counterpart,scope,note,unit_text,unit_start';
    const row = (unitText: string, unitStart: string) => `gdp_2024,12,18,286.35,286.35,100000000,yuan,level,2024,actual,exact,false,,,地区生产总值,GDP,macro,,,,,,,,,${unitText},${unitStart}`;
    expect(readClaimsCsv(`${header}\n${row('亿元', '7')}`)[0]).toMatchObject({ surface: '286.35', unit_text: '亿元', unit_start: 7 });
    expect(readClaimsCsv(`${header}\n${row('', '')}`)[0]).toMatchObject({ unit_text: null, unit_start: null });
    expect(problemsOf(`${header}\n${row('亿元', '')}`)).toEqual([{ line: 2, column: 'unit_start', message: expect.stringContaining('unit_text is "亿元" but unit_start is empty') }]);
    expect(problemsOf(`${header}\n${row('', '7')}`)).toEqual([{ line: 2, column: 'unit_text', message: expect.stringContaining('unit_start is 7 but unit_text is empty') }]);
  });
});
