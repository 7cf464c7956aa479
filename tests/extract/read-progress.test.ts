import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const rows = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[])
  .filter((row) => row.kind !== 'date' && row.kind !== 'code' && row.kind !== 'threshold')
  .map((row) => `${row.surface}|${row.status}|${row.year}|${row.indicator}`);

const LIST = '西岭区2024年十件民生实事\n';

describe('readProgress (through extractClaims)', () => {
  it('reads a figure whose clause opens with 已 as done so far, named after its task, in a list of the year\'s targets', () => {
    expect(rows(`${LIST}一是新建城市书房12个，已建成7个，完成率58.3%。二是改造老旧小区23个，已开工21个，其中完工9个。四是为全区65岁以上老年人免费体检3.2万人次，已完成1.9万人次。`)).toEqual([
      '12个|target|2024|新建城市书房',
      '7个|actual|2024|新建城市书房已建成',
      '58.3%|actual|2024|新建城市书房完成率',
      '23个|target|2024|改造老旧小区',
      '21个|actual|2024|改造老旧小区已开工',
      '9个|actual|2024|改造老旧小区完工',
      '3.2万人次|target|2024|65岁以上老年人免费体检',
      '1.9万人次|actual|2024|65岁以上老年人免费体检已完成',
    ]);
  });

  it('reads what a sentence says after what is done as done too, but for words of intent', () => {
    expect(rows(`${LIST}新建社区食堂15个，已投入运营8个，日均服务老人约1200人次。改造老旧小区23个，已开工21个，力争惠及居民6200户。`)).toEqual([
      '15个|target|2024|新建社区食堂',
      '8个|actual|2024|新建社区食堂已投入运营',
      '约1200人次|actual|2024|日均服务老人',
      '23个|target|2024|改造老旧小区',
      '21个|actual|2024|改造老旧小区已开工',
      '6200户|target|2024|老旧小区惠及居民',
    ]);
  });

  it('reads a share of the year\'s task done as a result', () => {
    expect(rows(`${LIST}截至6月底，10件民生实事已完成年度目标任务的56.3%。`)).toEqual([
      '10件|target|2024|民生实事',
      '56.3%|actual|2024|民生实事目标完成率',
    ]);
  });

  it('borrows no name across units, nor where the words after 已 name something of their own', () => {
    expect(rows(`${LIST}新增停车泊位2000个，已新增公办幼儿园学位1080个。新建道路8.6公里，已建成驿站1350个。`)).toEqual([
      '2000个|target|2024|新增停车泊位',
      '1080个|actual|2024|新增公办幼儿园学位',
      '8.6公里|target|2024|新建道路',
      '1350个|actual|2024|驿站',
    ]);
  });

  it('leaves a target that is no progress as it was', () => {
    expect(rows(`${LIST}新建城市书房12个，力争建成率达到100%。`)).toEqual(['12个|target|2024|新建城市书房', '100%|target|2024|建成率']);
  });
});
