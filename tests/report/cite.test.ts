import { describe, expect, it } from 'vitest';
import { cite } from '../../src/report/cite.ts';
import { UnknownClaimError } from '../../src/errors/unknown-claim-error.ts';

describe('cite', () => {
  it('quotes the whole sentence, including list sentences with semicolons', () => {
    expect(cite('imports_exports_2024_target')).toBe('完成“新通道”货运量5标箱、货运值100万元以上,新培育外贸企业3家以上,实际利用外资实现“零突破”,实现进出口总额9200万元、增长10%以上。');
    expect(cite('gdp_growth_2024_target').startsWith('预期目标是:地区生产总值增长6.5%;')).toBe(true);
  });

  it('quotes a header line for the dates of the page', () => {
    expect(cite('date_report_given')).toBe('——2024年1月31日在重庆市武隆区第十九届人民代表大会第四次会议上');
  });

  it('throws UnknownClaimError for an unknown id', () => {
    expect(() => cite('tourism_revenue_2025')).toThrow(UnknownClaimError);
  });
});
