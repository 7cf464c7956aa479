import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).map((row) => `${row.surface}|${row.indicator}`);

describe('nameFindings (through extractClaims)', () => {
  it('names a finding\'s count after its fault, and the amount the fault runs into after it', () => {
    expect(read('二是7个单位以会议费名义违规列支招待费58.2万元，涉及人员126人次；3户企业欠缴房产税等税款共计46.5万元。')).toEqual([
      '7个|违规列支招待费的单位', '58.2万元|违规列支招待费', '126人次|违规列支招待费涉及人员',
      '3户|欠缴房产税等税款的企业', '46.5万元|欠缴房产税等税款',
    ]);
  });

  it('reads the fault written after the amount, and the amount the things are said to hold', () => {
    expect(read('5个部门结转资金3120万元超过两年未使用，其中2个项目资金860万元闲置三年以上。')).toEqual([
      '5个|结转资金超过两年未使用的部门', '3120万元|超过两年未使用的结转资金', '2个|资金闲置三年以上的项目', '860万元|闲置三年以上的项目资金',
    ]);
    expect(read('3个项目竣工验收后仍有工程尾款215万元未按合同约定支付。')).toEqual(['3个|工程尾款未按合同约定支付的项目', '215万元|未按合同约定支付的工程尾款']);
  });

  it('names the measures named alone after a finding, up to the next finding, and the longer name of places counted', () => {
    expect(read('发现4个项目建成后闲置，涉及资金780万元；2个村级服务中心建成后空置，涉及投资96万元。')).toEqual([
      '4个|建成后闲置的项目', '780万元|建成后闲置涉及资金', '2个|建成后空置的村级服务中心', '96万元|建成后空置涉及投资',
    ]);
    expect(read('6个单位拆分项目规避公开招标，涉及合同14份、金额930万元。')).toEqual([
      '6个|拆分项目规避公开招标的单位', '14份|拆分项目规避公开招标涉及合同', '930万元|拆分项目规避公开招标金额',
    ]);
  });

  it('leaves counts that are no finding: no word of a fault, a name of their own, or words before the count', () => {
    expect(read('3个项目建成投产，完成投资5.6亿元。')).toEqual(['3个|项目', '5.6亿元|项目完成投资']);
    expect(read('全区12个乡镇均未发生重大安全事故。')).toEqual(['12个|乡镇']);
    expect(read('新建4个社区养老服务站，未发生安全事故。')).toEqual(['4个|新建社区养老服务站']);
    // 未来 and 超额 are no faults.
    expect(read('其中3家企业未来三年将扩产。').at(-1)).toBe('3家|企业未来三年将扩产');
  });
});
