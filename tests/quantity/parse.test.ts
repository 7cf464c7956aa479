import { describe, expect, it } from 'vitest';
import { QuantityParseError } from '../../src/errors/quantity-parse-error.ts';
import { parse } from '../../src/quantity/parse.ts';
import { tryParse } from '../../src/quantity/try-parse.ts';
import type { Qualifier, Scale, UnitCode } from '../../src/quantity/types.ts';

type Expected = [value: string, scale: Scale, unit: UnitCode, qualifier: Qualifier];

/** Every surface form the report uses, and a few more; expectations written by hand. */
const SURFACES: Record<string, Expected> = {
  '273.46亿元': ['273.46', 100000000, 'yuan', 'exact'],
  '4494万人次': ['4494', 10000, 'person_time', 'exact'],
  '217亿元': ['217', 100000000, 'yuan', 'exact'],
  '10%以上': ['10', 1, 'percent', 'at_least'],
  '1003元': ['1003', 1, 'yuan', 'exact'],
  '545.7万人': ['545.7', 10000, 'person', 'exact'],
  '9.1万人次': ['9.1', 10000, 'person_time', 'exact'],
  '2.35:1': ['2.35:1', 1, 'ratio', 'exact'],
  '1.5个百分点': ['1.5', 1, 'pp', 'exact'],
  '30个基点': ['30', 1, 'bp', 'exact'],
  '突破600亿元': ['600', 100000000, 'yuan', 'above'],
  '近700件': ['700', 1, 'piece', 'nearly'],
  '50余份': ['50', 1, 'document', 'more_than'],
  '累计28万亩以上': ['28', 10000, 'mu', 'at_least'],
  '3%以内': ['3', 1, 'percent', 'at_most'],
  '5.5%左右': ['5.5', 1, 'percent', 'about'],
  '8100平方米': ['8100', 1, 'm2', 'exact'],
  '2.66万亩': ['2.66', 10000, 'mu', 'exact'],
  '19.5万吨': ['19.5', 10000, 'tonne', 'exact'],
  '52万头以上': ['52', 10000, 'head', 'at_least'],
  '1亿条以上': ['1', 100000000, 'line', 'at_least'],
  '100万元以上': ['100', 10000, 'yuan', 'at_least'],
  '5标箱': ['5', 1, 'teu', 'exact'],
  '30平方公里': ['30', 1, 'km2', 'exact'],
  '17公顷': ['17', 1, 'hectare', 'exact'],
  '350天以上': ['350', 1, 'day', 'at_least'],
  '102件次': ['102', 1, 'case', 'exact'],
  '1356次': ['1356', 1, 'time', 'exact'],
  '7大项': ['7', 1, 'item', 'exact'],
  '4种': ['4', 1, 'kind', 'exact'],
  '5类': ['5', 1, 'category', 'exact'],
  '3级以内': ['3', 1, 'level', 'at_most'],
  '1小时': ['1', 1, 'hour', 'exact'],
  '30分': ['30', 1, 'score', 'exact'],
  '75周年': ['75', 1, 'year', 'exact'],
  '100组': ['100', 1, 'group', 'exact'],
  '2万群': ['2', 10000, 'colony', 'exact'],
  '10万套': ['10', 10000, 'set', 'exact'],
  '17771元': ['17771', 1, 'yuan', 'exact'],
  '0.7万亩': ['0.7', 10000, 'mu', 'exact'],
  '1,234.5万元': ['1,234.5', 10000, 'yuan', 'exact'],
  '２７３.４６亿元': ['273.46', 100000000, 'yuan', 'exact'],
  '２７３．４６亿元': ['273.46', 100000000, 'yuan', 'exact'],
  '１０％以上': ['10', 1, 'percent', 'at_least'],
  '2.35：1': ['2.35:1', 1, 'ratio', 'exact'],
  '1万亿元': ['1', 1000000000000, 'yuan', 'exact'],
  '1万余人': ['1', 10000, 'person', 'more_than'],
  '700多': ['700', 1, 'number', 'more_than'],
  '约100万元': ['100', 10000, 'yuan', 'about'],
  '大约3小时': ['3', 1, 'hour', 'about'],
  '将近50家': ['50', 1, 'entity', 'nearly'],
  '接近50家': ['50', 1, 'entity', 'nearly'],
  '超过100户': ['100', 1, 'household', 'above'],
  '超100户': ['100', 1, 'household', 'above'],
  '逾100户': ['100', 1, 'household', 'above'],
  '不低于5%': ['5', 1, 'percent', 'at_least'],
  '不少于5个': ['5', 1, 'item', 'at_least'],
  '不超过5%': ['5', 1, 'percent', 'at_most'],
  '不高于5%': ['5', 1, 'percent', 'at_most'],
  '不足75%': ['75', 1, 'percent', 'at_most'],
  '不到6人': ['6', 1, 'person', 'at_most'],
  '5个及以上': ['5', 1, 'item', 'at_least'],
  '5%以下': ['5', 1, 'percent', 'at_most'],
  '5%上下': ['5', 1, 'percent', 'about'],
  '-1.5个百分点': ['-1.5', 1, 'pp', 'exact'],
  '−2%': ['-2', 1, 'percent', 'exact'],
  '－2%': ['-2', 1, 'percent', 'exact'],
  '+2%': ['2', 1, 'percent', 'exact'],
  '42': ['42', 1, 'number', 'exact'],
  ' 5 万 人 以上 ': ['5', 10000, 'person', 'at_least'],
  '　5万人　': ['5', 10000, 'person', 'exact'],
};

describe('parse: surface forms', () => {
  for (const [surface, [value, scale, unit, qualifier]] of Object.entries(SURFACES)) {
    it(`${JSON.stringify(surface)} → ${value} × ${scale} ${unit} (${qualifier})`, () => {
      const quantity = parse(surface);
      expect({ value: quantity.value, scale: quantity.scale, unit: quantity.unit, qualifier: quantity.qualifier })
        .toEqual({ value, scale, unit, qualifier });
      expect(quantity.input).toBe(surface);
    });
  }
});

describe('parse: text from other reports', () => {
  it('reads traditional characters as their simplified forms, keeping the input as written', () => {
    expect(parse('126億元')).toMatchObject({ input: '126億元', amount: 12600000000, unit: 'yuan', unitText: '元' });
    expect(parse('約2.6萬畝')).toMatchObject({ qualifier: 'about', unit: 'mu', amount: 26000 });
    expect(parse('5.5%以內').qualifier).toBe('at_most');
  });

  it('reads a space between the number and its scale or unit, as text copied from a PDF has', () => {
    expect(parse('2060.35 亿元').amount).toBe(206035000000);
    expect(parse('92.6\u3000亿元').interval).toEqual({ low: 9255000000, high: 9265000000 });
  });

  it('reads a word that the line breaks of a page\'s wrap split (以\\n上, 个百\\n分点), and no other character inside a word', () => {
    expect(parse('115万吨以\n上')).toMatchObject({ qualifier: 'at_least', unit: 'tonne', amount: 1150000 });
    expect(parse('2个百\u200b分点').unit).toBe('pp');
    expect(parse('5.3\r\n万人').amount).toBe(53000);
    expect(() => parse('2个百x分点')).toThrow(QuantityParseError);
  });

  it('reads a table cell with its words followed by its row\'s unit (3.5以内 + %), as a claim with a unit written apart reads', () => {
    expect(parse('3.5以内%')).toMatchObject({ value: '3.5', unit: 'percent', qualifier: 'at_most', interval: { low: -Infinity, high: 3.55 } });
    expect(parse('5.5左右亿元')).toMatchObject({ scale: 100000000, unit: 'yuan', qualifier: 'about' });
    expect(() => parse('3.5%以内%')).toThrow(QuantityParseError);
  });

  it('reads per mille, dollars, concentrations, multiples and ages, and a sign where the unit allows one', () => {
    expect(parse('-1.8‰')).toMatchObject({ unit: 'permille', interval: { low: -1.85, high: -1.75 } });
    expect(parse('3.2亿美元')).toMatchObject({ unit: 'usd', amount: 320000000 });
    expect(parse('28微克/立方米').unit).toBe('ug_m3');
    expect(parse('2.86万立方米/秒').unit).toBe('m3_per_s');
    expect(parse('1.5倍').unit).toBe('multiple');
    expect(parse('65岁以上')).toMatchObject({ unit: 'age', qualifier: 'at_least' });
    expect(() => parse('-3倍')).toThrow(QuantityParseError);
  });

  it('reads tenths (三成, 3.5成) as the percentage they are, rounded as tenths, and 成 that starts another word as no unit', () => {
    expect(parse('三成')).toMatchObject({ value: '30', number: 30, amount: 30, unit: 'percent', unitText: '成', decimals: 0, interval: { low: 25, high: 35 } });
    expect(parse('四成以上')).toMatchObject({ value: '40', qualifier: 'at_least', interval: { low: 35 } });
    expect(parse('不足两成')).toMatchObject({ value: '20', qualifier: 'at_most', interval: { high: 25 } });
    expect(parse('3.5成')).toMatchObject({ value: '35', decimals: 0, interval: { low: 34.5, high: 35.5 } });
    expect(() => parse('5成员')).toThrow(QuantityParseError);
    // 口 before 之 (3口之家) is no pond.
    expect(() => parse('3口之家')).toThrow(QuantityParseError);
    // A fraction in Chinese numerals is the ratio of its part to its whole.
    expect(parse('约三分之一')).toMatchObject({ value: '1:3', unit: 'ratio', qualifier: 'about' });
    expect(parse('四分之三以上')).toMatchObject({ value: '3:4', number: 0.75, qualifier: 'at_least' });
    // 翻一番: doubled, read as the multiple it makes.
    expect(parse('翻一番')).toMatchObject({ value: '2', unit: 'multiple', qualifier: 'exact', unitText: '番' });
    expect(parse('翻了两番多')).toMatchObject({ value: '4', unit: 'multiple', qualifier: 'more_than' });
    expect(parse('翻兩番')).toMatchObject({ value: '4', unit: 'multiple' });
    expect(Object.isFrozen(parse('翻一番'))).toBe(true);
    // 一半: half, as 二分之一 is.
    expect(parse('一半以上')).toMatchObject({ value: '1:2', unit: 'ratio', number: 0.5, qualifier: 'at_least' });
    expect(() => parse('零分之一')).toThrow(QuantityParseError);
    // More than ten tenths, or tenths of a scale word, are no share.
    for (const surface of ['12成', '3万成', '1,000成']) expect(() => parse(surface), surface).toThrow(QuantityParseError);
  });

  it('reads 期, 部, 支 and 笔 as units, but not where they start another word (5部门, 3期间, 2支出, 3笔记)', () => {
    expect(parse('812.0亿支')).toMatchObject({ unit: 'item', scale: 100000000 });
    expect(parse('1.2万余笔')).toMatchObject({ unit: 'item', scale: 10000, qualifier: 'more_than' });
    expect(parse('0.9毫克/立方米')).toMatchObject({ unit: 'mg_m3', number: 0.9 });
    expect(parse('0.048毫克/升')).toMatchObject({ unit: 'mg_l', number: 0.048 });
    expect(parse('129.62公里/百平方公里')).toMatchObject({ unit: 'km_per_100km2', number: 129.62 });
    // The mark that a bound includes its number (（含）) stands between the parts and is not read.
    expect(parse('90（含）平方米以下')).toMatchObject({ unit: 'm2', number: 90, qualifier: 'at_most' });
    expect(parse('30岁(含)以下')).toMatchObject({ unit: 'age', number: 30, qualifier: 'at_most' });
    expect(parse('412.6万标准箱')).toMatchObject({ unit: 'teu', scale: 10000 });
    expect(parse('32.6万客位')).toMatchObject({ unit: 'seat', scale: 10000 });
    expect(() => parse('3笔记')).toThrow(QuantityParseError);
    expect(() => parse('2支出')).toThrow(QuantityParseError);
    expect(parse('不少于4期')).toMatchObject({ unit: 'session', qualifier: 'at_least', number: 4 });
    expect(parse('5部')).toMatchObject({ unit: 'item', number: 5 });
    expect(() => parse('5部门')).toThrow(QuantityParseError);
    expect(() => parse('3期间')).toThrow(QuantityParseError);
  });
});

describe('parse: fields', () => {
  it('gives the whole record for 273.46亿元', () => {
    expect(parse('273.46亿元')).toEqual({
      input: '273.46亿元',
      value: '273.46',
      number: 273.46,
      decimals: 2,
      scale: 100000000,
      unit: 'yuan',
      unitText: '元',
      amount: 27346000000,
      qualifier: 'exact',
      qualifierText: [],
      cumulative: false,
      estimate: false,
      interval: { low: 27345500000, high: 27346500000 },
    });
  });

  it('computes base from the digits, not by multiplying doubles', () => {
    // 0.07 * 1e8 is 7000000.000000001 in doubles; the written amount is exactly 7000000.
    expect(parse('0.07亿元').amount).toBe(7000000);
    expect(parse('545.7万人').amount).toBe(5457000);
    expect(parse('9.1万人次').amount).toBe(91000);
    expect(parse('1,234.5万元').amount).toBe(12345000);
  });

  it('reads a ratio as left / right', () => {
    const ratio = parse('2.35:1');
    expect([ratio.number, ratio.amount, ratio.decimals, ratio.unitText]).toEqual([2.35, 2.35, 2, '']);
    expect(parse('3:4').number).toBe(0.75);
  });

  it('sets the flags of 累计 and 预计 and lists the words in order', () => {
    const cumulative = parse('累计28万亩以上');
    expect([cumulative.cumulative, cumulative.estimate, cumulative.qualifierText]).toEqual([true, false, ['累计', '以上']]);
    const estimate = parse('预计累计超过3亿元');
    expect([estimate.cumulative, estimate.estimate, estimate.qualifier, estimate.qualifierText])
      .toEqual([true, true, 'above', ['预计', '累计', '超过']]);
  });

  it('counts decimals of the written number', () => {
    expect(parse('273.46亿元').decimals).toBe(2);
    expect(parse('1.50%').decimals).toBe(2);
    expect(parse('217亿元').decimals).toBe(0);
  });

  it('accepts the same bound twice (约…左右), not two different bounds', () => {
    expect(parse('约5%左右').qualifier).toBe('about');
    expect(parse('50余万人').qualifier).toBe('more_than');
  });

  it('never returns -0', () => {
    expect(Object.is(parse('-0%').number, 0)).toBe(true);
    expect(Object.is(parse('-0%').amount, 0)).toBe(true);
  });
});

describe('parse: intervals, by hand', () => {
  // [surface, low, high]; h is half a unit of the last written digit times the scale.
  const cases: [string, number, number][] = [
    // exact: 273.46亿: h = 0.005 × 1e8 = 500000; 27346000000 ± 500000.
    ['273.46亿元', 27345500000, 27346500000],
    // exact: 4494万: h = 0.5 × 1e4 = 5000; 44940000 ± 5000.
    ['4494万人次', 44935000, 44945000],
    // exact: 0.7万: h = 0.05 × 1e4 = 500; 7000 ± 500.
    ['0.7万亩', 6500, 7500],
    // exact: 1,234.5万: h = 0.05 × 1e4 = 500; 12345000 ± 500.
    ['1,234.5万元', 12344500, 12345500],
    // exact, negative: h = 0.05; -1.5 ± 0.05.
    ['-1.5个百分点', -1.55, -1.45],
    // exact, unsigned zero: [0 - 0.5, 0 + 0.5], clamped at 0 because a count cannot be negative.
    ['0人', 0, 0.5],
    // at_least: 10 - 0.5 = 9.5, open above.
    ['10%以上', 9.5, Infinity],
    // at_least with 累计: 28万 - 0.5万 = 275000.
    ['累计28万亩以上', 275000, Infinity],
    // at_least: 1亿 - 0.5亿 = 50000000.
    ['1亿条以上', 50000000, Infinity],
    // above: from the written value itself, open above.
    ['突破600亿元', 60000000000, Infinity],
    // at_most, signed unit: open below, 3 + 0.5 = 3.5.
    ['3%以内', -Infinity, 3.5],
    // at_most, unsigned unit: floor 0, 3 + 0.5 = 3.5.
    ['3级以内', 0, 3.5],
    // about: 5.5 × 0.95 - 0.05 = 5.175; 5.5 × 1.05 + 0.05 = 5.825.
    ['5.5%左右', 5.175, 5.825],
    // about: 100万 × 0.95 - 0.5万 = 945000; 100万 × 1.05 + 0.5万 = 1055000.
    ['约100万元', 945000, 1055000],
    // about, negative: -2 - (2 × 0.05 + 0.5) = -2.6; -2 + 0.6 = -1.4.
    ['约-2%', -2.6, -1.4],
    // nearly: 700 × 0.95 = 665; 700 + 0.5 = 700.5.
    ['近700件', 665, 700.5],
    // nearly, negative (mirrored): -5 - 0.5 = -5.5; -5 × 0.95 = -4.75.
    ['近-5%', -5.5, -4.75],
    // more_than: last non-zero digit in the tens, step 10: [50, 60].
    ['50余份', 50, 60],
    // more_than: step 100: [700, 800].
    ['700多', 700, 800],
    // more_than: step 1000: [1000, 2000].
    ['1000余', 1000, 2000],
    // more_than: 1.5万, last non-zero digit in the tenths, step 0.1 × 1e4 = 1000: [15000, 16000].
    ['1.5万余人', 15000, 16000],
    // more_than before the scale word: 50余万, step 10 × 1e4: [500000, 600000].
    ['50余万人', 500000, 600000],
    // more_than, negative (mirrored): step 1: [-6, -5].
    ['-5余%', -6, -5],
    // ratio: 2.35 ± 0.005, divided by 1.
    ['2.35:1', 2.345, 2.355],
    // ratio: (1 ± 0.5) / 4 = [0.125, 0.375].
    ['1:4', 0.125, 0.375],
  ];
  for (const [surface, low, high] of cases) {
    it(`${surface} → [${low}, ${high}]`, () => {
      expect(parse(surface).interval).toEqual({ low, high });
    });
  }
});

describe('parse: errors', () => {
  // [input, position of the first character that could not be read]
  const cases: [string, number][] = [
    ['', 0],
    ['   ', 3],
    ['元', 0],
    ['亿元', 0],
    ['%', 0],
    ['以上', 0],
    ['约', 1],
    ['累计', 2],
    ['.', 0],
    ['.5', 0],
    ['1.', 2],
    ['1..2', 2],
    ['12..5亿元', 3],
    ['１２．．５亿元', 3],
    ['1,23', 4],
    ['1,23元', 4],
    ['1,2345', 5],
    ['1234,567', 4],
    ['1,,234', 2],
    ['1.234,5', 5],
    ['12 34', 3],
    ['12亿34', 3],
    ['12x', 2],
    ['100元元', 4],
    ['10%%', 3],
    ['273.46亿元，', 8],
    ['5万万', 2],
    ['2:', 2],
    ['2:x', 2],
    [':1', 0],
    ['1:2:3', 3],
    ['2:0', 2],
    ['2.35:1亿', 6],
    ['- 5%', 1],
    ['--5%', 1],
    ['-5人', 0],
    ['约-5亿元', 1],
    ['-2:1', 0],
    ['约100以上', 4],
    ['近50余', 3],
    ['突破5%以内', 4],
    ['50余以上', 3],
    ['1' + '0'.repeat(400), 0],
    ['-1' + '0'.repeat(400) + '%', 1],
    ['1' + '0'.repeat(300) + '万亿', 0],
  ];
  for (const [input, position] of cases) {
    it(`${JSON.stringify(input.length > 20 ? `${input.slice(0, 20)}…` : input)} fails at ${position}`, () => {
      let caught: unknown;
      try {
        parse(input);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(QuantityParseError);
      const error = caught as QuantityParseError;
      expect(error.position).toBe(position);
      expect(error.input).toBe(input);
      // The input is quoted (long inputs in part: a message never echoes megabytes).
      expect(error.message).toContain(input.length > 200 ? `${JSON.stringify(input.slice(0, 200))}… (${input.length - 200} more characters)` : JSON.stringify(input));
      expect(error.message).toContain(`at position ${position}`);
    });
  }

  it('explains what it expected or found', () => {
    const reason = (input: string) => tryParse(input).ok ? undefined : (tryParse(input) as { error: QuantityParseError }).error.reason;
    expect(reason('12..5亿元')).toBe('unexpected "."');
    expect(reason('1,23')).toBe('expected three digits after "," (thousands separators group digits by exactly three)');
    expect(reason('1.')).toBe('expected a digit after "."');
    expect(reason('元')).toBe('expected a number');
    expect(reason('12 34')).toBe('unexpected "3" (only one number can be read)');
    expect(reason('约100以上')).toBe('"以上" (at least) contradicting "约" (about)');
    expect(reason('-5人')).toBe('a minus sign on "人" (never negative)');
    expect(reason('2:0')).toBe('a ratio whose second term is zero');
    expect(reason('273.46亿元，')).toBe('unexpected "，"');
  });

  it('shows a character outside the Basic Multilingual Plane whole', () => {
    expect(() => parse('5😀')).toThrow('unexpected "😀" at position 1');
  });

  it('rejects a value that is not a string, as a parse error', () => {
    expect(() => parse(5 as unknown as string)).toThrow(QuantityParseError);
  });

  it('reports a stray character before the zero ratio it leaves behind (found by fuzzing)', () => {
    // "0:0,000.1" with a stray character before ".1": the reader's mistake is the character at 7, not the zero term at 2
    const read = tryParse('0:0,000\u0000.1');
    expect(read.ok ? null : [read.error.position, read.error.reason]).toEqual([7, 'unexpected "\\u0000"']);
    const zero = tryParse('2:0');
    expect(zero.ok ? null : [zero.error.position, zero.error.reason]).toEqual([2, 'a ratio whose second term is zero']);
  });

  it('reads a count written in Chinese numerals as its number, with its qualifier words and unit', () => {
    expect(parse('二十三次')).toMatchObject({ value: '23', number: 23, unit: 'time', amount: 23, qualifier: 'exact' });
    expect(parse('不少于四次')).toMatchObject({ value: '4', qualifier: 'at_least' });
    expect(parse('四十余次')).toMatchObject({ value: '40', qualifier: 'more_than', interval: { low: 40, high: 50 } });
    expect(parse('两千户')).toMatchObject({ value: '2000', unit: 'household' });
    expect(() => parse('三五个')).toThrow(/expected a number at position 0/);
  });
});
