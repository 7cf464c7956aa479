import { describe, expect, it } from 'vitest';
import { countName, nameAfter } from '../../src/extract/count-name.ts';
import { guessIndicator } from '../../src/extract/guess-meaning.ts';

describe('nameAfter', () => {
  it('reads the name after a classifier up to a predicate, a mark or a figure', () => {
    const at = (text: string, figure: string) => nameAfter(text, text.indexOf(figure) + figure.length);
    expect(at('24件民生实事全面兑现。', '24件')).toBe('民生实事');
    expect(at('推动25个市级和78个区级重点项目分别完成投资', '78个')).toBe('区级重点项目');
    expect(at('完成263栋C级危房全覆盖智慧监测', '263栋')).toBe('C级危房');
    expect(at('新增3个，', '3个')).toBe('');
    expect(at('抽查的11个项目中，有3个', '11个')).toBe('项目');
    // 中 before a share in words (一半, 三分之一, 近三成) sets apart the part the share is of.
    expect(at('全县318个村卫生室中一半以上实现医保联网结算', '318个')).toBe('村卫生室');
    expect(at('42个项目中近三成未开工', '42个')).toBe('项目');
    // So do 中 before a rank and the 第 of one: the places it is held among.
    expect(at('在全省16个设区市中排名第4位', '16个')).toBe('设区市');
    expect(at('增速居全市38个区县第5位', '38个')).toBe('区县');
    // 公共 is one word (共 starts no predicate in it), and a name that runs into the next figure is of the places or works it opens with.
    expect(at('全县12个乡镇一般公共预算收入合计1.74亿元', '12个')).toBe('乡镇');
    expect(at('286个市级重点项目年度计划投资1120亿元', '286个')).toBe('市级重点项目');
    expect(at('5个人民法庭审结案件3712件', '5个')).toBe('人民法庭');
    expect(at('32个省级企业技术中心研发投入5.2亿元', '32个')).toBe('省级企业技术中心');
    expect(at('全院34名员额法官人均结案368件', '34名')).toBe('员额法官');
    expect(at('全县12个乡镇一般公共预算收入全面增长', '12个')).toBe('乡镇一般公共预算收入');
    expect(at('3个项目总投资12亿元', '3个')).toBe('项目');
    expect(at('其中没有2户尚未搬迁', '2户')).toBe('');
    expect(at('等5部法律法规实施情况开展执法检查', '5部')).toBe('法律法规');
    expect(at('对15个部门开展了审计', '15个')).toBe('部门');
    expect(at(`${'长'.repeat(40)}`, '')).toHaveLength(24);
  });
});

describe('countName', () => {
  it('takes the name after the classifier only where the words before name nothing of their own', () => {
    const text = '江上明珠等11个问题楼盘逐步打通';
    const end = text.indexOf('11个') + 3;
    expect(countName(guessIndicator('江上明珠等'), '江上明珠等', text, end)).toBe('问题楼盘');
    expect(countName('城市门户更新项目', '建成城市门户更新项目', '建成城市门户更新项目11个问题', 13)).toBe('城市门户更新项目');
    expect(countName('机场开通', '机场开通', '机场开通8条航线', 6)).toBe('机场开通航线');
    expect(countName('', '', '3个，', 2)).toBe('');
    const described = '建设以高山番茄谷为重点的5个产业示范片，';
    expect(countName(guessIndicator('建设以高山番茄谷为重点的'), '建设以高山番茄谷为重点的', described, described.indexOf('5个') + 2)).toBe('产业示范片');
  });

  it('takes the name after a preposition alone (对14个政府投资项目), and after a verb of holding or setting up with it (召开1次会议, 设7个科室)', () => {
    expect(countName('对', '对', '对14个政府投资项目进行审计', 4)).toBe('政府投资项目');
    expect(countName('召开', '召开', '召开1次会议，', 4)).toBe('召开会议');
    expect(countName('设', '设', '设7个科室，', 3)).toBe('设科室');
    // A verb of solving or helping before people counted (解决2800人饮水安全问题, 带动1200人就业) takes what it solves or helps with.
    expect(countName('解决', '解决', '解决2800人饮水安全问题，', 7)).toBe('解决饮水安全问题');
    expect(countName('带动', '带动', '带动1200人就业，', 7)).toBe('带动就业');
  });

  it('names the things counted before a measure of them that runs on (23座大中型水库蓄水总量, 12个…水源地水质达标率为)', () => {
    expect(nameAfter('23座大中型水库蓄水总量8.74亿立方米', 3)).toBe('大中型水库');
    expect(nameAfter('12个县级及以上集中式饮用水水源地水质达标率为100%', 3)).toBe('县级及以上集中式饮用水水源地');
    // A time of doing (年内, 年底) after the things counted starts what is said of them.
    expect(countName('', '', '7个项目年内开工', 2)).toBe('项目');
    // A count after the things of the count before (审计抽查了15个乡镇86个项目) names its own things; 达 inside a word (直达) starts no predicate.
    const audited = '审计抽查了15个乡镇86个项目，';
    expect(countName('乡镇', '审计抽查了15个乡镇', audited, audited.indexOf('86个') + 3)).toBe('项目');
    expect(countName('', '', '2笔直达资金超过规定时限分配下达，', 2)).toBe('直达资金超过规定时限分配下达');
    // A preposition after its verb (组织对, 先后向) names nothing either; a word that ends in 向 (方向) is a name; 提供 starts what is done.
    expect(countName('组织对', '组织对', '组织对126家企业开展安全检查', 7)).toBe('企业');
    expect(countName('方向', '发展方向', '发展方向3个', 6)).toBe('方向');
    expect(countName('', '为', '为1.2万名老年人提供免费体检', 6)).toBe('老年人');
  });

  it('keeps the verb examples of projects open with where the things counted are only 项目 (开工…等27个项目 → 开工项目), and guessIndicator the verb before a bare 项目', () => {
    const started = '开工垫丰武高速(武隆段)等27个项目，';
    const clause = '开工垫丰武高速(武隆段)等';
    expect(countName(guessIndicator(clause), clause, started, started.indexOf('27个') + 3)).toBe('开工项目');
    const producing = '建成投产年产10万套新能源汽车高压线束等5个项目，';
    expect(countName(guessIndicator('建成投产年产10万套新能源汽车高压线束等'), '建成投产年产10万套新能源汽车高压线束等', producing, producing.indexOf('5个') + 2)).toBe('建成投产项目');
    // Examples of other things, or without a verb, keep the name after the classifier alone.
    const villages = '开工黄莺等3个村，';
    expect(countName(guessIndicator('开工黄莺等'), '开工黄莺等', villages, villages.indexOf('3个') + 2)).toBe('村');
    // A verb of one character opens no examples (设备更新…: no 设).
    const equipment = '设备更新、技术改造等12个项目，';
    expect(countName(guessIndicator('技术改造等'), '设备更新、技术改造等', equipment, equipment.indexOf('12个') + 3)).toBe('项目');
    const plain = '钻井岩屑资源化利用等36个项目有序推进';
    expect(countName(guessIndicator('钻井岩屑资源化利用等'), '钻井岩屑资源化利用等', plain, plain.indexOf('36个') + 3)).toBe('项目');
    expect(guessIndicator('实施项目')).toBe('实施项目');
    expect(guessIndicator('共有项目')).toBe('项目');
  });

  it('reads a party named with 被 (被告人, 被执行人) as the things counted, and 被 elsewhere as the start of a predicate', () => {
    expect(nameAfter('503名被告人适用认罪认罚从宽制度，', 4)).toBe('被告人适用认罪认罚从宽制度');
    expect(nameAfter('126名被执行人纳入失信名单', 4)).toBe('被执行人');
    expect(nameAfter('3个项目被列入省级重点', 2)).toBe('项目');
  });

  it('takes the name after a scope that names nothing counted (在全县, 对市级, 所辖, 年内)', () => {
    expect(countName('在全县', '在全县', '在全县14个乡镇设立法官工作站', 6)).toBe('乡镇设立法官工作站');
    expect(countName('对市级', '对市级', '对市级83个重点项目开展绩效评价', 6)).toBe('重点项目');
    expect(countName('所辖', '所辖', '所辖7个县（市、区）', 4)).toBe('县');
    // A name of its own before the count stays.
    expect(countName('全县行政村', '全县行政村', '全县行政村142个', 8)).toBe('全县行政村');
  });

  it('reads 及 of a bound (县级及以上) as part of the name after a count', () => {
    expect(nameAfter('14个县级及以上城市饮用水水源地，', 3)).toBe('县级及以上城市饮用水水源地');
    expect(nameAfter('3个县和乡镇', 2)).toBe('县');
  });
});
