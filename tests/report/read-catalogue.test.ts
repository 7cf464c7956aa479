import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/checks/run-check.ts';
import { FAMILIES } from '../../src/checks/types.ts';
import { ReportLoadError } from '../../src/errors/report-load-error.ts';
import { bundledReport, BUNDLED_REPORT_DIR } from '../../src/report/bundled-report.ts';
import { readCatalogue } from '../../src/report/read-catalogue.ts';

const report = bundledReport();
const read = (entries: unknown) => () => readCatalogue(JSON.stringify(entries), report.rows, 'catalogue.json');
const messageOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReportLoadError);
    return (error as Error).message;
  }
  throw new Error('expected a ReportLoadError');
};

describe('the bundled catalogue (data/wulong-2024/catalogue.json)', () => {
  it('is attached to the report by loadReport, from the report folder', () => {
    const file = JSON.parse(readFileSync(join(BUNDLED_REPORT_DIR, 'catalogue.json'), 'utf8')) as unknown[];
    expect(report.catalogue).toEqual(file);
    expect(report.catalogue.length).toBe(16);
  });

  it('names each check once, with a reason, in a known family', () => {
    const ids = report.catalogue.map((spec) => spec.check);
    expect(new Set(ids).size).toBe(ids.length);
    for (const spec of report.catalogue) {
      expect(FAMILIES).toContain(spec.family);
      expect(spec.why.length).toBeGreaterThan(30);
    }
  });

  it('runs on the bundled report: every claim it names exists and is a quantity', () => {
    for (const spec of report.catalogue) expect(runCheck(spec, report).check).toBe(spec.check);
  });
});

describe('readCatalogue', () => {
  const good = { check: 'gdp_limits', family: 'impossible_value', why: 'A level is never negative.', figure: 'gdp_2023' };

  it('reads well-formed entries, a byte-order mark included', () => {
    expect(readCatalogue(`\uFEFF${JSON.stringify([good])}`, report.rows, 'catalogue.json')).toEqual([good]);
    expect(readCatalogue('[]', report.rows, 'catalogue.json')).toEqual([]);
  });

  it('refuses text that is not JSON, or not an array, naming the file', () => {
    expect(messageOf(() => readCatalogue('[{', report.rows, 'x/catalogue.json'))).toMatch(/^x\/catalogue\.json is not valid JSON/);
    expect(messageOf(read({ check: 'a' }))).toContain('must hold an array of checks');
  });

  it('lists every problem of every entry at once, each naming the entry and the fix', () => {
    const message = messageOf(read([
      { ...good, figure: 'gdp_2032' },
      { ...good, check: 'gdp_why', why: '' },
      { ...good, check: 'gdp_limits' },
      { check: 'x', family: 'impossible_values', why: 'y', figure: 'gdp_2023' },
      { check: 'y', family: 'product_identity', why: 'z', factors: [], total: { grown: 'gdp_2023' } },
      { ...good, check: 'z', verdict: 'contradiction' },
      { check: 'w', family: 'parts_vs_total', why: 'v', parts: ['gdp_2023'], total: 'gdp_2023', relation: 'some' },
      { check: 'v', family: 'share_of_whole', why: 'u', share: 'gdp_2023' },
      { check: 'u', family: 'impossible_value', why: 't', figure: 'code_manufacturing_2332' },
    ]));
    expect(message).toContain('entry 1 ("gdp_limits"): figure: there is no claim "gdp_2032" in claims.csv');
    expect(message).toContain('entry 2 ("gdp_why"): "why" is missing or empty');
    expect(message).toContain('entry 3 ("gdp_limits"): the check id "gdp_limits" is used twice');
    expect(message).toContain('entry 4 ("x"): "family" is "impossible_values", which is not one of');
    expect(message).toContain('entry 5 ("y"): factors: "[]" is not a non-empty list');
    expect(message).toContain('entry 5 ("y"): total: "{\\"grown\\":\\"gdp_2023\\"}" is not a claim id, { "grown", "by" }');
    expect(message).toContain('entry 6 ("z"): "verdict" is not a field of a impossible_value check');
    expect(message).toContain('entry 7 ("w"): relation: "some" is not one of sum, subset');
    expect(message).toContain('entry 8 ("v"): a share_of_whole check needs "whole", "part" or both');
    expect(message).toContain('entry 9 ("u"): figure: the claim "code_manufacturing_2332" is a code, not a quantity');
    expect(message).toMatch(/has 10 problem\(s\)/);
  });
});
