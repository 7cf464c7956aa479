import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.ts';
import { ClaimsDataError } from '../../src/errors/claims-data-error.ts';
import { FactcheckError } from '../../src/errors/factcheck-error.ts';
import { NotAQuantityError } from '../../src/errors/not-a-quantity-error.ts';
import { NotComparableError } from '../../src/errors/not-comparable-error.ts';
import { QuantityParseError } from '../../src/errors/quantity-parse-error.ts';
import { ReportLoadError } from '../../src/errors/report-load-error.ts';
import { UnknownClaimError } from '../../src/errors/unknown-claim-error.ts';
import { UnknownValueError } from '../../src/errors/unknown-value-error.ts';
import { findingsMarkdown } from '../../src/publish/findings-markdown.ts';
import { growth, figure } from '../support/figure.ts';
import { HOSTILE, hostileReport } from '../support/hostile-report.ts';
import { announceSkip, REQUIRE_SYSTEM } from '../support/system.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What a call threw (or undefined). */
function thrown(run: () => unknown): Error & { code?: string; reason?: string } {
  try {
    run();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected an error, but the call returned');
}
async function rejected(run: () => Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await run();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected a rejection, but the call resolved');
}

const HEADER = readFileSync(join(root, 'data', 'wulong-2024', 'claims.csv'), 'utf8').split('\n')[0] as string;
const GOOD_ROW = 'gdp_2023,0,8,273.46亿元,273.46,100000000,yuan,level,2023,actual,exact,false,,,地区生产总值,GDP,macro,1,,,,,,,';
const rows = (...lines: string[]) => lib.readClaimsCsv([HEADER, ...lines].join('\n'));
const claimsOf = (text: string, ...lines: string[]) => lib.validateClaims(rows(...lines), text);

/** One case per row of docs/bad-input.md, keyed by its id. */
const CASES: Record<string, () => void | Promise<void>> = {
  B01: () => {
    const error = thrown(() => lib.parse('12..5亿元'));
    expect(error).toBeInstanceOf(QuantityParseError);
    expect([error.code, (error as QuantityParseError).position]).toEqual(['QUANTITY_PARSE', 3]);
    expect(error.message).toMatch(/"12\.\.5亿元".*Write a number such as/);
  },
  B02: () => expect(thrown(() => lib.parse('')).message).toMatch(/expected a number at position 0/),
  B03: () => expect(thrown(() => lib.parse(5 as never)).message).toMatch(/a value of type number where text was expected/),
  B04: () => {
    expect(lib.parse('１,２３４．５万元').amount).toBe(12345000);
    expect(lib.parse('５．５％').amount).toBe(5.5);
  },
  B05: () => {
    const read = lib.tryParse('12..5亿元');
    expect(read.ok).toBe(false);
    expect(read.ok ? null : [read.error.code, read.error.position]).toEqual(['QUANTITY_PARSE', 3]);
  },
  B06: () => {
    const error = thrown(() => lib.roundingInterval('5', 0, 'exact', false));
    expect([error.code, error.message]).toEqual(['INVALID_ARGUMENT', expect.stringMatching(/Cannot use 0 as a scale.*10000 \(万\)/)]);
  },
  B07: () => {
    const error = thrown(() => lib.readClaimsCsv(''));
    expect(error).toBeInstanceOf(ClaimsDataError);
    expect(error.message).toMatch(/The claims CSV is empty.*wulong-factcheck extract/);
  },
  B08: () => {
    const error = thrown(() => lib.readClaimsCsv(`${HEADER.replace('surface', 'surfce').replace(',note', '')},extra\n`));
    expect(error).toBeInstanceOf(ClaimsDataError);
    expect(error.message).toMatch(/no "surface" column\. Is "surfce" a misspelling of it\?/);
    expect(error.message).toMatch(/unknown column "extra"/);
    expect(error.message).toMatch(/unknown column "surfce"\. Did you mean "surface"\?/);
  },
  B09: () => {
    const error = thrown(() => rows(GOOD_ROW.replace('gdp_2023,0,', 'gdp_2023,x,').replace(',yuan,level,', ',yaun,levle,')));
    expect(error).toBeInstanceOf(ClaimsDataError);
    expect(error.message).toMatch(/"start" must be a whole number, but is "x"/);
    expect(error.message).toMatch(/"yaun".*Did you mean "yuan"/);
    expect(error.message).toMatch(/"levle".*Did you mean "level"/);
    expect((error as ClaimsDataError).problems.length).toBe(3);
  },
  B10: () => {
    const problems = claimsOf('273.46亿元 273.46亿元', GOOD_ROW, GOOD_ROW.replace(',0,8,', ',9,17,'));
    expect(problems.map((problem) => problem.message)).toContainEqual(expect.stringMatching(/The id "gdp_2023" is used by more than one row/));
  },
  B11: () => {
    const problems = claimsOf('273.46亿元', GOOD_ROW.replace(',0,8,', ',5,40,'));
    expect(problems.map((problem) => problem.message)).toContainEqual(expect.stringMatching(/"gdp_2023" \[5, 40\) is not inside the text \(length 8\)/));
  },
  B12: () => {
    const problems = claimsOf('273.45亿元', GOOD_ROW);
    expect(problems.map((problem) => problem.message)).toContainEqual(expect.stringMatching(/surface of "gdp_2023" is "273\.46亿元" but the text at its span reads "273\.45亿元"/));
  },
  B13: () => {
    const error = thrown(() => lib.loadReport(mkdtempSync(join(tmpdir(), 'empty-'))));
    expect(error).toBeInstanceOf(ReportLoadError);
    expect(error.message).toMatch(/has no report\.txt\. A report folder needs report\.txt and claims\.csv/);
  },
  B14: () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    cpSync(lib.BUNDLED_REPORT_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), '{ not json');
    expect(thrown(() => lib.loadReport(dir)).message).toMatch(/manifest\.json in ".*" is not valid JSON/);
  },
  B15: () => {
    for (const lookup of [lib.claim, lib.fig, lib.cite]) {
      const error = thrown(() => lookup('gdp_2032'));
      expect(error).toBeInstanceOf(UnknownClaimError);
      expect(error.message).toMatch(/There is no claim "gdp_2032"\. Did you mean "gdp_2023"/);
    }
  },
  B16: () => {
    const error = thrown(() => lib.fig('code_manufacturing_2332'));
    expect(error).toBeInstanceOf(NotAQuantityError);
    expect(error.message).toMatch(/Use claim\("code_manufacturing_2332"\)/);
  },
  B17: () => expect(thrown(() => lib.runCheck({ check: 'x', why: 'x', family: 'impossible_value', figure: 'gdp_2032' }))).toBeInstanceOf(UnknownClaimError),
  B18: () => {
    for (const run of [() => lib.runChecks(undefined, { verdict: 'contradicton' as never }), () => lib.runChecks(undefined, { family: 'stated_twise' as never })]) {
      const error = thrown(run);
      expect(error).toBeInstanceOf(UnknownValueError);
      expect(error.message).toMatch(/Did you mean "(contradiction|stated_twice)"/);
    }
  },
  B19: () => {
    const error = thrown(() => lib.growthRate(0, 5));
    expect(error).toBeInstanceOf(NotComparableError);
    expect([(error as NotComparableError).reason, error.message]).toEqual(['zero_base', expect.stringMatching(/Report the change as a difference/)]);
  },
  B20: () => expect((thrown(() => lib.growthRate(-3, 5)) as NotComparableError).reason).toBe('negative_base'),
  B21: () => {
    const calls: [string, () => unknown][] = [
      ['growthRate', () => lib.growthRate(Number.NaN, 5)], ['growthRate', () => lib.growthRate(100, Infinity)],
      ['impliedLevel', () => lib.impliedLevel(100, Number.NaN)], ['cagr', () => lib.cagr(100, Number.NaN, 2)],
      ['compoundGrowth', () => lib.compoundGrowth([5, Number.NaN])], ['nominalGrowth', () => lib.nominalGrowth(Number.NaN, 2)],
      ['rateChange', () => lib.rateChange(Infinity, 5)],
    ];
    for (const [name, call] of calls) {
      const error = thrown(call);
      expect([name, error.code]).toEqual([name, 'NOT_A_NUMBER']);
      expect(error.message).toMatch(/must be a finite number, but is (NaN|Infinity)/);
    }
  },
  B22: () => {
    const result = lib.growthRate({ low: 0, high: 10 }, { low: 5, high: 5 });
    expect(lib.isNotComparable(result) ? result.reason : result).toBe('zero_base');
  },
  B23: () => {
    expect((thrown(() => lib.impliedBase(100, -120)) as NotComparableError).reason).toBe('rate_below_minus_100');
    const result = lib.impliedLevel(figure('5个'), growth('120%', { direction: 'down' }));
    expect(lib.isNotComparable(result) ? result.reason : result).toBe('rate_below_minus_100');
  },
  B24: () => {
    const bad = { low: Number.NaN, high: 1 };
    for (const call of [() => lib.addIntervals(bad, { low: 0, high: 1 }), () => lib.multiplyIntervals({ low: 2, high: 1 }, { low: 0, high: 1 }), () => lib.toInterval(bad), () => lib.describeInterval(bad, 'yuan')]) {
      const error = thrown(call);
      expect(error.code).toBe('NOT_AN_INTERVAL');
      expect(error.message).toMatch(/must be an interval \{ low, high \}.*but is \{"low":/);
    }
  },
  B25: () => expect(thrown(() => lib.pointOf({ low: -Infinity, high: Infinity })).code).toBe('INVALID_ARGUMENT'),
  B26: () => {
    const error = thrown(() => lib.deriveGrowth(aq.table({ y2023: [1] }), { from: 'y2023', to: 'y2024' }));
    expect(error).toBeInstanceOf(UnknownValueError);
    expect(error.message).toMatch(/Unknown column "y2024"\. Did you mean "y2023"/);
  },
  B27: () => {
    const derived = lib.deriveGrowth(aq.table({ a: [100, Number.NaN, 100, 0, null], b: [110, 5, Infinity, 5, 5] }), { from: 'a', to: 'b' }).objects() as { growth: number | null; growth_problem: string | null }[];
    expect(derived).toHaveLength(5);
    expect(derived.map((row) => row.growth_problem)).toEqual([null, '"a" is not a number (NaN)', '"b" is not a number (Infinity)', 'zero base (0)', '"a" is not a number (missing)']);
    expect(derived[0]?.growth).toBeCloseTo(10, 10);
    expect(derived.slice(1).every((row) => row.growth === null)).toBe(true);
  },
  B28: () => expect(thrown(() => lib.totalVsComponents(growth('5%'), [])).code).toBe('CHECK_ARGUMENTS'),
  B29: () => expect(thrown(() => lib.shareOfWhole(figure('20%', { kind: 'share' }), {})).code).toBe('CHECK_ARGUMENTS'),
  B30: () => {
    expect(thrown(() => lib.writeTable(lib.actuals(), join(tmpdir(), 'x.xyz')))).toBeInstanceOf(UnknownValueError);
    expect(thrown(() => lib.exportTable(lib.actuals(), 'xml' as never)).message).toMatch(/Unknown format "xml"\. Use one of: csv, json, arrow/);
  },
  B31: () => {
    for (const call of [() => lib.barChart([], { label: 'a', value: 'b' }), () => lib.lineChart(aq.table({ x: [], y: [] }), { x: 'x', y: 'y' }), () => lib.findingsChart([])]) {
      const error = thrown(call);
      expect([error.code, error.message]).toEqual(['CHART_DATA', expect.stringMatching(/has no rows to draw/)]);
    }
  },
  B32: () => expect(thrown(() => lib.lineChart([{ year: 1, v: 2 }], { x: 'year', y: 'value' })).message).toMatch(/needs the column\(s\) "value".*Its columns are "year", "v"/),
  B33: () => {
    const error = thrown(() => lib.barChart(aq.table({ name: ['a', 'b', 'c'], value: [Number.NaN, null, Infinity] }), { label: 'name', value: 'value' }));
    expect(error.message).toMatch(/3 value\(s\) are not finite numbers/);
    expect(error.message).toMatch(/row 0: "value" is NaN\n {2}row 1: "value" is missing\n {2}row 2: "value" is Infinity/);
  },
  B34: () => {
    const refused = lib.backCalculatedBase(lib.fig('gdp_growth_2023'), lib.fig('gdp_2023'));
    expect(thrown(() => lib.checkChart(refused)).message).toMatch(/The check "back_calculated_base:gdp_growth_2023\+gdp_2023" \(not_comparable\) has no recomputed and reported intervals/);
  },
  B35: async () => {
    const spec = { mark: 'nope', encoding: { x: { field: 'a' } } } as never;
    expect(thrown(() => lib.compileChart(spec)).code).toBe('VEGA_LITE_ERROR');
    expect((await rejected(() => lib.renderSvg(spec))).code).toBe('VEGA_LITE_ERROR');
  },
  B36: async () => {
    const spec = lib.targetVsActualChart({ topic: 'tourism' });
    const none = await rejected(() => lib.renderPng(spec, { fontPlaces: [] }));
    expect([none.code, none.message]).toEqual(['NO_CJK_FONT', expect.stringMatching(/apt-get install fonts-noto-cjk/)]);
    expect((await rejected(() => lib.renderPng(spec, { font: { file: '/nowhere/x.ttc', family: 'x' } }))).code).toBe('FONT_FILE');
  },
  B37: () => {
    expect(lib.extractClaims(null as never).numRows()).toBe(0);
    expect(lib.extractClaims('').numRows()).toBe(0);
    const noise = '\u0000\uffff\ud800５％%%亿亿万1..2,,3';
    for (const row of lib.extractClaims(noise).objects() as { start: number; end: number; surface: string }[]) expect(noise.slice(row.start, row.end)).toBe(row.surface);
  },
  B38: () => expect(thrown(() => lib.fromDanfo({ columns: 'a' } as never)).code).toBe('NOT_A_FRAME'),
  B39: () => {
    const html = lib.tableHtml(aq.table({ text: [HOSTILE.indicator] }));
    expect(html).not.toMatch(/<img|<script/);
    const report = hostileReport();
    const results = lib.runChecks(report);
    const page = lib.storyHtml(results, { report });
    expect(page).not.toContain(HOSTILE.title);
    expect(page).not.toContain('javascript:');
    // In Markdown, markup is backslash-escaped (\<script\>), which renders as the text itself.
    for (const markdown of [findingsMarkdown(results, { report }), lib.storyMarkdown(results, { report })]) {
      expect(markdown).not.toMatch(/(?<!\\)<(script|img|svg)|javascript:/);
      expect(markdown).toContain('\\<script\\>');
    }
  },
  B40: () => {
    const run = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'wulong-factcheck.mjs'), ...args], { cwd: root, encoding: 'utf8' });
    for (const [args, said] of [[['--jsno'], /Unknown option "--jsno"\. Use: wulong-factcheck/], [['--out'], /--out needs a value/], [['extract'], /takes one report text file/]] as const) {
      const result = run([...args]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(said);
    }
  },
  B41: () => {
    const broken = figure('4494万人次', { id: 'broken_arrivals', interval: { low: Number.NaN, high: 44945000 } });
    const error = thrown(() => lib.productIdentity([broken, lib.fig('tourism_spend_per_visitor_2023')], lib.fig('tourism_revenue_2023')));
    expect(error).toBeInstanceOf(FactcheckError);
    expect(error.code).toBe('NOT_AN_INTERVAL');
    expect(error.message).toMatch(/^The interval of "broken_arrivals" must be an interval/);
    const upside = figure('217亿元', { id: 'upside_down', interval: { low: 2, high: 1 } });
    expect(thrown(() => lib.partsVsTotal([upside], lib.fig('tourism_revenue_2023'))).message).toContain('"upside_down"');
  },
  B42: () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
    cpSync(lib.BUNDLED_REPORT_DIR, dir, { recursive: true });
    for (const [text, said] of [
      ['{', /catalogue\.json is not valid JSON/],
      ['{"check": "x"}', /must hold an array of checks/],
      ['[{"check": "x", "family": "stated_thrice", "why": "y", "first": "gdp_2023"}]', /entry 1 \("x"\): "family" is "stated_thrice"/],
      ['[{"check": "x", "family": "stated_twice", "why": "y", "first": "gdp_2023"}]', /entry 1 \("x"\): "second" is missing/],
      ['[{"check": "x", "family": "stated_twice", "why": "y", "first": "gdp_2023", "second": "gdp_2032"}]', /second: there is no claim "gdp_2032"/],
    ] as const) {
      writeFileSync(join(dir, 'catalogue.json'), text);
      const error = thrown(() => lib.loadReport(dir));
      expect(error).toBeInstanceOf(ReportLoadError);
      expect(error.code).toBe('REPORT_LOAD');
      expect(error.message).toMatch(said);
    }
  },
  B43: () => {
    for (const featured of [-1, 2.5, Number.NaN]) {
      for (const run of [() => lib.findingsOf([], { featured }), () => lib.storyMarkdown([], { featured })]) {
        const error = thrown(run);
        expect(error.code).toBe('INVALID_ARGUMENT');
        expect(error.message).toContain(`"featured" must be a whole number of 0 or more, but is ${featured}`);
      }
    }
  },
  B44: () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-out-'));
    const text = join(dir, 'report.txt');
    const claims = join(dir, 'claims.csv');
    writeFileSync(text, '一、2023年工作回顾\n进出口总额8477万元。\n');
    writeFileSync(claims, 'reviewed by hand\n');
    const run = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'wulong-factcheck.mjs'), 'extract', text, ...args], { cwd: root, encoding: 'utf8' });
    const kept = run(['--out', claims]);
    expect(kept.status).toBe(1);
    expect(kept.stderr).toMatch(/exists already, and may be a reviewed claims table: it is left as it is\. .*--force/);
    expect(readFileSync(claims, 'utf8')).toBe('reviewed by hand\n');
    const input = run(['--out', text, '--force']);
    expect(input.status).toBe(1);
    expect(input.stderr).toMatch(/is the report text being read/);
    expect(readFileSync(text, 'utf8')).toContain('进出口总额8477万元');
    const forced = run(['--out', claims, '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(claims, 'utf8')).toMatch(/^id,start,end,surface/);
  },
  B45: () => {
    const dir = mkdtempSync(join(tmpdir(), 'control-'));
    cpSync(lib.BUNDLED_REPORT_DIR, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    manifest.source.title = '武隆\u001b]0;pwned\u0007\u001b[2J';
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'claims.csv'), readFileSync(join(dir, 'claims.csv'), 'utf8').replaceAll(',total imports and exports,', ',"total\rimports \u001b[31mand exports",'));
    const run = spawnSync(process.execPath, [join(root, 'bin', 'wulong-factcheck.mjs'), '--report', dir, '--out', join(dir, 'out'), '--summary'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout).toContain('武隆\\x1b]0;pwned\\x07\\x1b[2J');
    expect(run.stdout).toContain('total\\x0dimports \\x1b[31mand exports');
  },
  B46: () => {
    const dir = mkdtempSync(join(tmpdir(), 'two-counterparts-'));
    cpSync(lib.BUNDLED_REPORT_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'claims.csv'), readFileSync(join(dir, 'claims.csv'), 'utf8').replace(',employment,2.9,,,,,new_urban_jobs_2023,,', ',employment,2.9,,,,,new_urban_jobs_2023;young_talent_recruited_2023,,'));
    const results = lib.runChecks(lib.loadReport(dir));
    const ids = results.map((result) => result.check);
    expect(new Set(ids).size).toBe(ids.length);
    const both = results.filter((result) => result.check.startsWith('target_below_actual:new_urban_jobs_2024_target'));
    expect(both.map((result) => result.check).sort()).toEqual(['target_below_actual:new_urban_jobs_2024_target', 'target_below_actual:new_urban_jobs_2024_target-2']);
    expect(both.map((result) => result.claims[1]).sort()).toEqual(['new_urban_jobs_2023', 'young_talent_recruited_2023']);
  },
  B47: () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    cpSync(lib.BUNDLED_REPORT_DIR, dir, { recursive: true });
    const secret = join(mkdtempSync(join(tmpdir(), 'elsewhere-')), 'secret.txt');
    writeFileSync(secret, 'a private file\n');
    rmSync(join(dir, 'report.txt'));
    symlinkSync(secret, join(dir, 'report.txt'));
    const outside = thrown(() => lib.loadReport(dir));
    expect(outside).toBeInstanceOf(ReportLoadError);
    expect(outside.message).toMatch(/is a link to a file outside the folder .* Copy the file into the folder/);
    expect(outside.message).not.toContain('a private file');
    rmSync(join(dir, 'report.txt'));
    symlinkSync('/dev/zero', join(dir, 'report.txt'));
    expect(thrown(() => lib.loadReport(dir)).message).toMatch(/is not a regular file \(a device, a named pipe or a socket\)/);
    rmSync(join(dir, 'report.txt'));
    spawnSync('mkfifo', [join(dir, 'report.txt')]);
    expect(thrown(() => lib.loadReport(dir)).message).toMatch(/is not a regular file/);
    expect(thrown(() => lib.readTextFile(join(lib.BUNDLED_REPORT_DIR, 'report.txt'), 'report text', { maxBytes: 1000 })).message).toMatch(/has \d+ bytes, more than the 1000 read as report text/);
  },
  B48: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chart-url-'));
    const file = join(dir, 'rows.csv');
    writeFileSync(file, 'a,b\nx,1\ny,2\n');
    const spec = (url: string) => ({ data: { url, format: { type: 'csv' } }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } }) as never;
    for (const url of [`file://${file}`, file, 'http://127.0.0.1:9/rows.csv']) {
      let error: (Error & { code?: string }) | undefined;
      try { await lib.renderSvg(spec(url)); } catch (caught) { error = caught as Error & { code?: string }; }
      expect(error?.code, url).toBe('CHART_DATA');
      expect(error?.message).toContain('no file or address is read');
    }
    const vega = await import('vega');
    const svg = await lib.renderSvg(spec(file), { loader: vega.loader({ mode: 'file' }) });
    expect(svg).toMatch(/^<svg/);
  },
  B49: () => {
    const hostile = aq.table({ text: ['=HYPERLINK("http://x","y")', '+1', '@SUM(A1)', '-0.5', '\tcmd', 'plain'], n: [-1, 2, 3, 4, 5, 6] });
    const csv = lib.exportTable(hostile, 'csv');
    // +1 and -0.5 are plain numbers written as text: data, not formulas.
    expect(csv.split('\n').slice(1, 7)).toEqual(['"\'=HYPERLINK(""http://x"",""y"")",-1', '+1,2', "'@SUM(A1),3", '-0.5,4', "'\tcmd,5", 'plain,6']);
    expect(lib.exportTable(hostile, 'csv', { raw: true })).toContain('"=HYPERLINK(""http://x"",""y"")",-1');
    const dir = mkdtempSync(join(tmpdir(), 'formula-'));
    writeFileSync(join(dir, 'report.txt'), '一、2023年工作回顾\n=HYPERLINK增长5%。\n');
    const draft = lib.draftClaimsCsv(lib.extractClaims(readFileSync(join(dir, 'report.txt'), 'utf8')));
    expect(draft).toContain(",'=HYPERLINK");
    writeFileSync(join(dir, 'claims.csv'), draft);
    expect(lib.loadReport(dir).rows.some((row) => row.indicator[0] === '=HYPERLINK增长')).toBe(true);
  },
  B50: () => {
    const rows = lib.bundledReport().rows.map((row) => (row.id === 'gdp_growth_2023' ? { ...row, unit: 'yuan' as const } : row.id === 'gdp_2023' ? { ...row, unit: 'percent' as const } : row));
    const problems = lib.validateClaims(rows, lib.bundledReport().text).filter((problem) => problem.column === 'unit');
    expect(problems.map((problem) => problem.message)).toEqual(expect.arrayContaining([
      '"gdp_growth_2023" is a growth in "yuan", but a growth is in percent (%). Fix the unit, or the kind.',
      expect.stringMatching(/^"gdp_2023" is a level in "percent", but a level is in a unit of amount/),
    ]));
    for (const surface of ['5万元', '1.5个百分点']) {
      const rate = figure(surface, { id: 'odd_rate', kind: 'growth' });
      const target = lib.targetVsGrowth(lib.fig('imports_exports_2024_target'), rate, lib.fig('imports_exports_2023'));
      expect([target.verdict, target.reason]).toEqual(['not_comparable', 'units']);
      expect(lib.backCalculatedBase(rate, lib.fig('imports_exports_2023'))).toMatchObject({ verdict: 'not_comparable', reason: 'units' });
      expect(lib.productIdentity([{ grown: lib.fig('tourist_arrivals_2023'), by: rate }, lib.fig('tourism_spend_per_visitor_2024_target')], lib.fig('tourism_revenue_2024_target'))).toMatchObject({ verdict: 'not_comparable', reason: 'units' });
    }
  },
  B51: () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'wulong-factcheck.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    for (const place of ['/', '/proc/x', homedir()]) {
      const refused = run('--out', place);
      expect(refused.status, place).toBe(1);
      expect(refused.stderr).toMatch(/Will not write the outputs into .*: it is the root, a system folder or the home folder itself/);
    }
    const out = mkdtempSync(join(tmpdir(), 'outputs-'));
    mkdirSync(join(out, 'charts'));
    writeFileSync(join(out, 'charts', 'check-from-an-earlier-run.svg'), '<svg/>');
    writeFileSync(join(out, 'charts', 'my-notes.txt'), 'mine');
    expect(run('--out', out).status).toBe(0);
    expect(readdirSync(join(out, 'charts'))).not.toContain('check-from-an-earlier-run.svg');
    expect(readFileSync(join(out, 'charts', 'my-notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(out).filter((name) => name.startsWith('.wulong-run-'))).toEqual([]);
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'elsewhere-')), 'precious.md');
    writeFileSync(elsewhere, 'precious');
    // A refused run changes nothing: the first output it would have moved is still the last run's.
    writeFileSync(join(out, 'findings.json'), 'the last run');
    const before = readFileSync(join(out, 'findings.json'), 'utf8');
    rmSync(join(out, 'story.md'));
    symlinkSync(elsewhere, join(out, 'story.md'));
    const linked = run('--out', out);
    expect(linked.status).toBe(1);
    expect(linked.stderr).toMatch(/story\.md" is a link: the outputs are not written through links/);
    expect(readFileSync(elsewhere, 'utf8')).toBe('precious');
    expect(readdirSync(out).filter((name) => name.startsWith('.wulong-run-'))).toEqual([]);
    expect(readFileSync(join(out, 'findings.json'), 'utf8')).toBe(before);
  },
  B52: () => {
    const dir = mkdtempSync(join(tmpdir(), 'bom-'));
    cpSync(lib.BUNDLED_REPORT_DIR, dir, { recursive: true });
    for (const name of ['claims.csv', 'manifest.json', 'sections.csv', 'catalogue.json']) writeFileSync(join(dir, name), `\uFEFF${readFileSync(join(dir, name), 'utf8')}`);
    const report = lib.loadReport(dir);
    expect(report.rows).toHaveLength(380);
    expect(report.manifest.source.title).toBe('重庆市武隆区人民政府工作报告');
    expect(report.catalogue).toHaveLength(16);
  },
  B53: () => {
    const dir = mkdtempSync(join(tmpdir(), 'gbk-'));
    // 武隆区生产总值增长5% in GB18030 (GBK) bytes
    writeFileSync(join(dir, 'report.txt'), Buffer.from([0xce, 0xe4, 0xc2, 0xa1, 0xc7, 0xf8, 0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6, 0xb5, 0xd4, 0xf6, 0xb3, 0xa4, 0x35, 0x25]));
    const error = thrown(() => lib.readTextFile(join(dir, 'report.txt'), 'report text'));
    expect(error).toBeInstanceOf(ReportLoadError);
    expect(error.message).toMatch(/is not UTF-8: it reads as Chinese in GB18030 \(GBK\).*iconv -f GB18030 -t UTF-8/);
    writeFileSync(join(dir, 'other.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    expect(thrown(() => lib.readTextFile(join(dir, 'other.txt'), 'report text')).message).toMatch(/is not UTF-8 text, so it is not read as report text/);
  },
  B54: () => {
    const text = readFileSync(join(lib.BUNDLED_REPORT_DIR, 'report.txt'), 'utf8');
    const columns = (table: aq.ColumnTable) => ({ year: table.array('year'), status: table.array('status') });
    const expected = columns(lib.extractClaims(text));
    for (const lineBreak of ['\r', '\u2028', '\u2029']) expect(columns(lib.extractClaims(text.replaceAll('\n', lineBreak))), JSON.stringify(lineBreak)).toEqual(expected);
  },
  B55: async () => {
    const svg = await lib.renderSvg(lib.barChart([{ name: 'a\u0000b\u001bc\u000bd', value: 1 }], { label: 'name', value: 'value' }));
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(svg).toContain('a\ufffdb\ufffdc\ufffdd');
  },
  B56: async () => {
    const spec = lib.targetVsActualChart({ topic: 'tourism' });
    const notAFont = join(mkdtempSync(join(tmpdir(), 'font-')), 'font.ttf');
    writeFileSync(notAFont, 'not a font');
    const error = await lib.renderPng(spec, { font: { file: notAFont, family: 'X' } }).then(() => ({ code: 'none', message: 'rendered' }), (caught: Error & { code?: string }) => caught);
    expect([error.code, error.message]).toEqual(['FONT_FILE', expect.stringMatching(/is not a font/)]);
    const latin = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
    if (!existsSync(latin) && !REQUIRE_SYSTEM) return announceSkip('B56 with a font without Chinese (no DejaVu Sans)', 'install it with `sudo apt-get install fonts-dejavu-core`, or run .ci/run');
    const boxes = await lib.renderPng(spec, { font: { file: latin, family: 'DejaVu Sans' } }).then(() => ({ code: 'none', message: 'rendered' }), (caught: Error & { code?: string }) => caught);
    expect([boxes.code, boxes.message]).toEqual(['NO_CJK_FONT', expect.stringMatching(/draws no Chinese characters/)]);
  },
  B57: () => {
    expect(lib.annualisedGrowth(Array(400).fill(-90))).toBeCloseTo(-90, 9);
    expect(lib.compoundGrowth(Array(400).fill(-50))).toBeCloseTo(-100, 9);
    for (const run of [() => lib.compoundGrowth(Array(400).fill(1000)), () => lib.growthRate(5e-324, 1), () => lib.impliedLevel(1e308, 100), () => lib.impliedBase(1e308, -99.999999)]) {
      const error = thrown(run);
      expect(error.code).toBe('NOT_A_NUMBER');
      expect(error.message).toMatch(/too large or too small to represent as a number/);
    }
    expect(thrown(() => lib.roundingInterval('1000', 1e306, 'about', false)).code).toBe('INVALID_ARGUMENT');
    const tiny = thrown(() => lib.parse(`0.${'0'.repeat(400)}1`));
    expect(tiny).toBeInstanceOf(QuantityParseError);
    expect(tiny.message).toMatch(/too small to represent/);
  },
  B58: () => {
    expect(thrown(() => lib.parse('5%以上以上以上')).message).toMatch(/"以上" written twice at position 4/);
    expect(thrown(() => lib.parse('约约约10')).message).toMatch(/"约" written twice at position 1/);
    expect(thrown(() => lib.claim(undefined as never))).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/A claim id must be text, but is undefined/) });
    expect(thrown(() => lib.productIdentity([], lib.fig('tourism_revenue_2023'))).code).toBe('CHECK_ARGUMENTS');
    const dir = mkdtempSync(join(tmpdir(), 'null-manifest-'));
    cpSync(lib.BUNDLED_REPORT_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), 'null');
    expect(thrown(() => lib.loadReport(dir))).toMatchObject({ code: 'REPORT_LOAD', message: expect.stringMatching(/is not an object with a "source"/) });
    expect(thrown(() => lib.tableHtml(lib.targets(), { rows: Number.NaN })).message).toMatch(/"rows" must be a whole number of 0 or more, but is NaN/);
    expect(thrown(() => lib.extractClaims('增长5%', { planYear: Number.NaN })).message).toMatch(/a whole year of four digits/);
    expect(thrown(() => lib.fromDanfo({ columns: ['__proto__'], values: [[1]] })).message).toMatch(/"__proto__" cannot be a table column/);
    const huge = thrown(() => lib.parse(`${'x'.repeat(2_000_000)}`));
    expect(huge.message.length).toBeLessThan(600);
    expect(huge.message).toContain('… (1999800 more characters)');
  },
  B59: () => {
    const rate = lib.growthRate(lib.fig('gdp_2023'), lib.fig('gdp_growth_2024_target'));
    expect(rate).toMatchObject({ comparable: false, reason: 'units', message: expect.stringMatching(/"gdp_2023" is in yuan and "gdp_growth_2024_target" in percent/) });
    expect(lib.growthRate(lib.fig('tourist_arrivals_2023'), lib.fig('tourism_revenue_2023'))).toMatchObject({ reason: 'units', message: expect.stringMatching(/person_time .* yuan/) });
    // the same two levels of one unit still compute
    expect(lib.isNotComparable(lib.growthRate(lib.fig('industrial_investment_2023'), lib.fig('industrial_investment_2024_target')))).toBe(false);
  },
  B60: () => {
    for (const helper of [lib.impliedLevel, lib.impliedBase]) {
      expect(helper(lib.fig('tourism_revenue_2023'), lib.fig('tourist_arrivals_2023'))).toMatchObject({ reason: 'units', message: expect.stringMatching(/"tourist_arrivals_2023" is used as a growth rate but is in person_time/) });
    }
  },
  B61: () => {
    for (const helper of [lib.impliedLevel, lib.impliedBase]) {
      expect(helper(lib.fig('gdp_growth_2023'), lib.fig('gdp_growth_2024_target'))).toMatchObject({ reason: 'units', message: expect.stringMatching(/"gdp_growth_2023" \(5.5%\) is a growth rate or a change, not a level.*rateChange/) });
    }
  },
  B62: () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'wulong-factcheck.mjs'), ...args], { cwd: root, encoding: 'utf8' });
    for (const [args, said] of [
      [['check', '--given', '2025/01/15'], /--given takes a date as YYYY-MM-DD, such as --given 2025-01-15, but got "2025\/01\/15"/],
      [['check', '--published', '2025-13-45'], /--published takes a date as YYYY-MM-DD/],
      [['check', '--review-year', 'MMXXIV'], /--review-year takes a year of four digits, such as --review-year 2024/],
      [['extract', 'a.txt', '--plan-year', '24'], /--plan-year takes a year of four digits/],
      [['extract', 'a.txt', '--year', '2024'], /Unknown option "--year"/],
    ] as const) {
      const result = run(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(said);
    }
  },
  B63: () => {
    expect(thrown(() => lib.documentLayout('增长5%', { reviewYear: 24 }))).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/The option reviewYear must be a whole year of four digits, such as 2024, but is 24/) });
    expect(thrown(() => lib.extractClaims('增长5%', { planYear: 2024.5 })).message).toMatch(/The option planYear must be a whole year/);
    expect(thrown(() => lib.manifestFromText('增长5%', { planYear: Number.NaN })).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => lib.draftReport('增长5%', { reviewYear: 99999 })).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => lib.documentLayout('增长5%', { planStart: -1 })).message).toMatch(/planStart/);
  },
  B64: () => {
    const dir = mkdtempSync(join(tmpdir(), 'only-text-'));
    writeFileSync(join(dir, 'report.txt'), '一、2023年工作回顾\n进出口总额8477万元。\n二、2024年工作安排\n实现进出口总额9200万元、增长10%以上。');
    const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'wulong-factcheck.mjs'), ...args], { cwd: root, encoding: 'utf8' });
    const drafted = run('check', '--report', dir, '--out', join(dir, 'out'));
    expect(drafted.status, drafted.stderr).toBe(0);
    expect(drafted.stdout).toMatch(/has no claims\.csv: 5 claims were drafted from its text and are unreviewed/);
    expect(existsSync(join(dir, 'out', 'claims.csv'))).toBe(true);
    const empty = mkdtempSync(join(tmpdir(), 'no-text-'));
    const missing = run('check', '--report', empty, '--json');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/has no report\.txt/);
  },
  B65: () => {
    const text = '某县2024年统计公报\n生产总值2060.35 亿元、92.6\u3000亿元，增長５．３％，126億元，-1.8‰，7.4∶39.6∶53。\n指标 绝对数（元）\n收入 38652\n- 2 -\n';
    const drafted = lib.draftReport(text);
    for (const row of drafted.report.rows) expect(text.slice(row.start, row.end), row.id).toBe(row.surface);
    expect(drafted.report.rows.map((row) => row.surface)).toEqual(['2024年', '2060.35 亿元', '92.6\u3000亿元', '５．３％', '126億元', '-1.8‰', '7.4∶39.6∶53', '38652']);
    const dir = mkdtempSync(join(tmpdir(), 'any-shape-'));
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), drafted.claimsCsv);
    expect(lib.loadReport(dir).rows.map((row) => row.surface)).toEqual(drafted.report.rows.map((row) => row.surface));
  },
  B66: () => {
    for (const value of [Buffer.from('增长5%'), null]) {
      const error = thrown(() => lib.unwrapLines(value as unknown as string));
      expect(error).toBeInstanceOf(FactcheckError);
      expect((error as FactcheckError).code).toBe('INVALID_ARGUMENT');
      expect((error as Error).message).toMatch(/^unwrapLines needs the document's text as a string, but got (object|null)\./);
    }
  },
};

const documented = [...readFileSync(join(root, 'docs', 'bad-input.md'), 'utf8').matchAll(/^\| (B\d\d) \|/gm)].map((match) => match[1]);

describe('docs/bad-input.md and its tests', () => {
  it('match one to one', () => {
    expect(documented).toEqual(Object.keys(CASES));
  });
  for (const [id, run] of Object.entries(CASES)) it(id, run, 30_000);
});

// Errors are typed: every case above that throws throws a FactcheckError.
it('every error of the library is a FactcheckError with a stable code', () => {
  expect(thrown(() => lib.parse(''))).toBeInstanceOf(FactcheckError);
});
