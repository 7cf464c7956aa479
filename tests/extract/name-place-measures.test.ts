import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);

describe('namePlaceMeasures (through extractClaims)', () => {
  it('names the pupils, staff and ratios of a paragraph after the places it counts first, across its sentences', () => {
    expect(read('小学318所，另有教学点126个。招生4.21万人，比上年减少3260人；在校生26.43万人；毕业生4.67万人。专任教师1.58万人，生师比为16.7:1。\n初中142所。招生4.05万人。')).toEqual([
      '318所|小学', '126个|教学点', '4.21万人|小学招生', '3260人|小学招生减少', '26.43万人|小学在校生', '4.67万人|小学毕业生',
      '1.58万人|小学专任教师', '16.7:1|小学生师比', '142所|初中', '4.05万人|初中招生',
    ]);
  });

  it('takes the places of the stretch up to a semicolon, and the rooms and rates of hotels', () => {
    expect(read('其中民办幼儿园187所，在园幼儿4.38万人；民办中小学24所，在校生1.35万人。全县共有星级饭店8家，客房1260间，平均客房出租率为62.4%。')).toEqual([
      '187所|民办幼儿园', '4.38万人|民办幼儿园在园幼儿', '24所|民办中小学', '1.35万人|民办中小学在校生',
      '8家|星级饭店', '1260间|星级饭店客房', '62.4%|星级饭店平均客房出租率',
    ]);
  });

  it('names nothing after new places, after a list of places of several kinds, after places another figure of their stretch sets apart, or in another paragraph', () => {
    expect(read('新增幼儿园5所，在园幼儿1200人。')).toEqual(['5所|新增幼儿园', '1200人|在园幼儿']);
    // New places end the search: the older places before them are not what the measure is of.
    expect(read('全县共有学校86所。新建幼儿园5所，在园幼儿1200人。').at(-1)).toBe('1200人|在园幼儿');
    expect(read('全县共有旅行社12家、星级饭店5家，客房860间。').at(-1)).toBe('860间|客房');
    // Parts set apart and changes of the number are no other places.
    expect(read('全市共有幼儿园652所，比上年减少41所，其中公办幼儿园311所，普惠性幼儿园583所。在园幼儿13.57万人。').at(-1)).toBe('13.57万人|幼儿园在园幼儿');
    expect(read('去年招生300人的民办学校24所，在校生共计4916人。').at(-1)).toBe('4916人|在校生');
    // A bound (不足100人) is no figure of the stretch: the places it sets apart open it.
    expect(read('全市不足100人的乡村小规模学校87所，在校生共计4916人。').at(-1)).toBe('4916人|不足100人的乡村小规模学校在校生');
    expect(read('小学318所。\n招生4.21万人。')).toEqual(['318所|小学', '4.21万人|招生']);
  });

  it('names no measures of later sentences after a count set apart (另有小学教学点187个。招生…)', () => {
    const found = extractClaims('全市共有小学452所，另有小学教学点187个。招生10.26万人。').objects() as Record<string, unknown>[];
    expect(found.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['452所|小学', '187个|小学教学点', '10.26万人|小学招生']);
    const apart = extractClaims('全市共有幼儿园1124所。其中，公办幼儿园512所；普惠性民办幼儿园468所。入园幼儿7.82万人。').objects() as Record<string, unknown>[];
    expect(apart.map((row) => `${row.surface}|${row.indicator}`).at(-1)).toBe('7.82万人|入园幼儿');
  });
});
