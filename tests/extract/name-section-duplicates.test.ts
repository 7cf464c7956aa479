import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date' && row.kind !== 'code')
  .map((row) => `${row.surface}|${row.indicator}`);

describe('nameSectionDuplicates (through extractClaims)', () => {
  it('names figures named alike under headings of different subjects with their section\'s subject', () => {
    const text = '某市2025年医疗保障基金运行情况\n三、医疗保障待遇享受情况\n（一）职工基本医疗保险\n政策范围内住院费用基金支付比例为79.8%。\n（二）城乡居民基本医疗保险\n政策范围内住院费用基金支付比例为68.4%。\n';
    expect(read(text)).toEqual(['79.8%|职工基本医疗保险政策范围内住院费用基金支付比例', '68.4%|城乡居民基本医疗保险政策范围内住院费用基金支付比例']);
  });

  it('leaves figures alike under headings of a matter or a time, of other statuses or years, and of one value', () => {
    expect(read('某县政府工作报告\n一、过去五年工作回顾\n地区生产总值增长6.1%。\n二、今后五年的目标任务\n地区生产总值增长6.5%。\n')).toEqual(['6.1%|地区生产总值增长', '6.5%|地区生产总值增长']);
    expect(read('某市2025年医疗保障基金运行情况\n（一）总体情况\n基金支出78.15亿元。\n（二）职工基本医疗保险\n基金支出52.3亿元。\n')).toEqual(['78.15亿元|基金支出', '52.3亿元|基金支出']);
    expect(read('某市2025年医疗保障基金运行情况\n（一）职工基本医疗保险\n参保率为95%。\n（二）城乡居民基本医疗保险\n参保率为95%。\n')).toEqual(['95%|参保率', '95%|参保率']);
    // Headings of a matter (收入来源, 收入增长特点) are no subjects.
    expect(read('某市2025年居民收入情况\n（二）收入来源\n人均财产净收入增长1.2%。\n（三）收入增长特点\n人均财产净收入增长4.3%。\n')).toEqual(['1.2%|人均财产净收入增长', '4.3%|人均财产净收入增长']);
  });
});
