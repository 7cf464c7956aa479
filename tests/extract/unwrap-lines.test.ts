import { describe, expect, it } from 'vitest';
import { splitsNumber, unwrapLines } from '../../src/extract/unwrap-lines.ts';
import { bundledReport } from '../../src/report/bundled-report.ts';
import { wrapAt } from '../support/wrap-at.ts';

const PARAGRAPH = '初步核算，全年全县地区生产总值286.35亿元，比上年增长5.6%。其中，第一产业增加值31.2亿元，增长3.9%；第二产业增加值102.4亿元，增长6.8%；第三产业增加值152.7亿元，增长5.1%。年末全县常住人口48.5万人，比上年末减少0.3万人。城镇化率为52.4%，比上年末提高1.1个百分点。';

describe('unwrapLines', () => {
  it('makes the line breaks of a page\'s width zero-width spaces, one character for one, but not a break inside a number', () => {
    const wrapped = `某县统计公报\n一、综合\n${wrapAt(PARAGRAPH)}\n二、农业\n全年粮食总产量28.6万吨。`;
    const unwrapped = unwrapLines(wrapped);
    expect(unwrapped).toHaveLength(wrapped.length);
    expect(wrapped.split('\n')).toHaveLength(8);
    // The headings and the paragraph's end keep their breaks; the one inside 52.4 is kept too.
    expect(unwrapped.split('\n').map((line) => line.slice(0, 6))).toEqual(['某县统计公报', '一、综合', '初步核算，全', '4%，比上年', '二、农业', '全年粮食总产']);
    expect(unwrapped).toContain('第一产业增加\u200b值');
    expect(unwrapped).toContain('152.7\u200b亿元');
  });

  it('returns a text written one paragraph to a line as it is', () => {
    const text = bundledReport().text;
    expect(unwrapLines(text)).toBe(text);
    const short = '一、综合\n全年地区生产总值286.35亿元，增长5.6%。\n二、农业\n粮食总产量28.6万吨';
    expect(unwrapLines(short)).toBe(short);
    expect(unwrapLines('')).toBe('');
  });

  it('keeps the break before a line that opens a new part', () => {
    const lines = [wrapAt(PARAGRAPH.slice(0, 60)), '（二）工业', wrapAt(PARAGRAPH.slice(60))].join('\n');
    expect(unwrapLines(lines)).toContain('\n（二）工业\n');
  });
});

describe('splitsNumber', () => {
  it('says whether a line break has a digit or a decimal point on both sides', () => {
    expect(splitsNumber('52.\n4%', 3)).toBe(true);
    expect(splitsNumber('2860\n.35', 4)).toBe(true);
    expect(splitsNumber('52亿元\n4%', 4)).toBe(false);
    expect(splitsNumber('52.4', 2)).toBe(false);
  });
});

describe('unwrapLines across pages', () => {
  it('blanks a page number between the pages a sentence runs across, with the breaks around it', () => {
    const [first = '', ...rest] = wrapAt(PARAGRAPH).split('\n');
    const text = `${first}\n- 3 -\n${rest.join('\n')}`;
    const unwrapped = unwrapLines(text);
    expect(unwrapped).toHaveLength(text.length);
    expect(unwrapped).not.toContain('- 3 -');
    expect(unwrapped.split('\n')[0]).toContain('第一产业增加\u200b      值31.2亿元');
  });

  it('keeps a paragraph break: an empty line after a full one', () => {
    const lines = wrapAt(PARAGRAPH).split('\n');
    const text = [...lines.slice(0, 2), '', ...lines.slice(2)].join('\n');
    expect(unwrapLines(text).split('\n')).toHaveLength(4);
  });
});

describe('unwrapLines on texts that are not wrapped', () => {
  it('never joins headings of one width that hold a comma (（一）…，…) to the paragraph after them', () => {
    const text = [
      '（一）确保粮食安全，乡村振兴扎实推进', '全县粮食产量56.3万吨，增长2.1%。',
      '（二）坚持创新驱动，产业升级步伐加快', '规上工业增加值增长8.5%。',
      '（三）持续改善民生，社会事业全面进步', '城镇新增就业5200人。',
      '（四）深化改革开放，发展活力不断增强', '新增市场主体1.2万户。',
    ].join('\n');
    expect(unwrapLines(text)).toBe(text);
  });

  it('never joins a line to a table row after it', () => {
    const lines = wrapAt(PARAGRAPH).split('\n');
    const text = [...lines.slice(0, -1), `${lines.at(-1)}续`, '地区生产总值  亿元  286.35'].join('\n');
    expect(unwrapLines(text).split('\n').at(-1)).toBe('地区生产总值  亿元  286.35');
  });
});

describe('splitsNumber with Windows line ends', () => {
  it('reads the break after the space a \\r becomes', () => {
    expect(splitsNumber('52. \n4%', 3)).toBe(true);
    expect(splitsNumber('52. \n4%', 4)).toBe(true);
    expect(splitsNumber('52亿 \n4%', 3)).toBe(false);
  });
});

describe('unwrapLines on a text wrapped every so many characters', () => {
  it('finds the wrap by characters where the printed widths differ (digits are narrow)', () => {
    const paragraph = '全年地区生产总值2860.35亿元，比上年增长5.3%。规模以上工业增加值增长7.1%，固定资产投资1234.5678亿元。社会消费品零售总额1111.22亿元，增长6.2%。城镇常住居民人均可支配收入45678元，增长5.0%。';
    const text = (paragraph.match(/.{1,30}/gsu) ?? []).join('\n');
    const unwrapped = unwrapLines(text);
    expect(unwrapped).toHaveLength(text.length);
    expect(unwrapped).not.toContain('\n');
    expect(unwrapped).toContain('规模\u200b以上');
    expect(unwrapped).toContain('1234.5678亿\u200b元');
  });
});

describe('unwrapLines where only some lines are wrapped', () => {
  it('joins a number to the unit that opens the next line, and a word the break splits, in a text not wrapped otherwise', () => {
    const text = '全年粮食总产量115万吨以\n上，比上年增长2%。\n城镇新增就业5.3\n万人。\n全年工业总产值增\n长8%。';
    expect(unwrapLines(text)).toBe('全年粮食总产量115万吨以\u200b上，比上年增长2%。\n城镇新增就业5.3\u200b万人。\n全年工业总产值增\u200b长8%。');
  });

  it('keeps a break after a number that the next line does not continue, and before a table row', () => {
    const text = '二、主要指标\n2024年\n城镇新增就业5.3\n人均收入  万元  4.2';
    expect(unwrapLines(text)).toBe(text);
  });

  it('never joins the rows of a table whose cells are one space apart, nor a short heading to the line after it', () => {
    const rows = '地区生产总值 亿元 286.35\n年末常住人口 万人 45.6\n人均地区生产总值 元 62800';
    expect(unwrapLines(rows)).toBe(rows);
    expect(unwrapLines('地区生产总值\u3000亿元\u3000286.35\n万人\u300045.6')).toBe('地区生产总值\u3000亿元\u3000286.35\n万人\u300045.6');
    expect(unwrapLines('专栏1\n年度重点任务')).toBe('专栏1\n年度重点任务');
  });

  it('never takes a list of items of one length, none ending with a mark, for a text wrapped by characters', () => {
    const items = ['新建城市公园绿地5处，口袋公园12个，绿道20公里', '完成农村户厕改造3000户，新建公厕20座左右', '改造城镇老旧小区30个，惠及居民8000户以上', '新增城镇就业岗位1.2万个，培训农民工3000人', '新建改建农村公路200公里，安装路灯1200盏'];
    const text = items.join('\n');
    expect(unwrapLines(text)).toBe(text);
  });

  it('joins a paragraph\'s line that breaks off after a comma to the next line of prose, but not a short line, nor one before a new part', () => {
    const broken = '坚持开门立法，全年审议法规草案6件。通过基层立法联系点征集意见建议1340条，\n采纳218条，采纳率16.3%。';
    const unwrapped = unwrapLines(broken);
    expect(unwrapped).toHaveLength(broken.length);
    expect(unwrapped).toBe(broken.replace('\n', '\u200b'));
    // A line of a list that ends with a comma but holds no ended sentence, or the line before a heading, keeps its break.
    for (const kept of ['各位代表，\n现在我代表区人民政府作报告。', '全年审议法规草案6件，征集意见建议1340条，\n二、监督工作\n听取报告12个。', '一、立法。全年审议法规草案6件，征集意见建议1340条，\n（二）监督工作']) {
      expect(unwrapLines(kept)).toBe(kept);
    }
  });
});
