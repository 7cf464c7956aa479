import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';

const read = (text: string) => (extractClaims(text).objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'code' && row.kind !== 'date').map((row) => `${row.surface}|${row.indicator}`);

describe('nameBareMeasures (through extractClaims)', () => {
  it('names an act alone after the things the count before acts on, in its unit', () => {
    expect(read('制定地方性法规3件、修改2件、废止1件。发现问题96个，推动整改83个。通过基层立法联系点征集意见建议1340条，采纳218条，采纳率16.3%。')).toEqual([
      '3件|制定地方性法规', '2件|修改地方性法规', '1件|废止地方性法规', '96个|发现问题', '83个|整改问题',
      '1340条|通过基层立法联系点征集意见建议', '218条|采纳意见建议', '16.3%|意见建议采纳率',
    ]);
    // Another unit, or a count that names no act, gives nothing to take.
    expect(read('制定地方性法规3件，修改2条。全县法规3件，修改2件。')).toEqual(['3件|制定地方性法规', '2条|修改', '3件|法规', '2件|修改']);
  });

  it('names a rate of what is made or handled alone after the things, without the word of their amount', () => {
    expect(read('一般工业固体废物产生量1386万吨，综合利用率达到62.7%；危险废物产生量4.2万吨，利用处置率100%。')).toEqual([
      '1386万吨|一般工业固体废物产生量', '62.7%|一般工业固体废物综合利用率', '4.2万吨|危险废物产生量', '100%|危险废物利用处置率',
    ]);
  });

  it('names a share of a whole named alone (相当于地区生产总值) after the amount before it, and its change after it', () => {
    expect(read('全年研究与试验发展经费支出68.3亿元，相当于地区生产总值的2.21%，比上年提高0.12个百分点。')).toEqual([
      '68.3亿元|研究与试验发展经费支出', '2.21%|研究与试验发展经费支出相当于地区生产总值的比例', '0.12个百分点|研究与试验发展经费支出相当于地区生产总值的比例提高',
    ]);
  });

  it('names a verb of building alone after the things built before it in its unit, and leaves one after things not built', () => {
    expect(read('新建标准厂房24.5万平方米，累计建成96.8万平方米。全年新建高标准农田3.6万亩、改造提升1.4万亩。')).toEqual([
      '24.5万平方米|新建标准厂房', '96.8万平方米|累计建成标准厂房', '3.6万亩|新建高标准农田', '1.4万亩|改造高标准农田',
    ]);
    expect(read('规模以上工业企业达到38家，新增7家。')).toEqual(['38家|规模以上工业企业', '7家|新增规模以上工业企业']);
  });

  it('names a rate alone after what the figure before counts (past a part that fails) or rates, but not after a count of its own act', () => {
    expect(read('全年完成食品安全监督抽检2860批次，检出不合格样品63批次，合格率97.8%。发现并督促整改安全隐患87处，整改率100%。确保代表建议办结率保持100%，满意率不低于98%。')).toEqual([
      '2860批次|食品安全监督抽检', '63批次|检出不合格样品', '97.8%|食品安全监督抽检合格率', '87处|发现并督促整改安全隐患', '100%|安全隐患整改率',
      '100%|代表建议办结率', '不低于98%|代表建议满意率',
    ]);
    expect(read('已办结412件，办结率100%。审执结9517件，结案率96.5%。')).toEqual(['412件|办结', '100%|办结率', '9517件|审执结', '96.5%|结案率']);
  });

  it('names a measure alone after the things or the amount before it, and its change after it', () => {
    expect(read('全年共登记技术合同4.27万项，成交额1563.8亿元，增长18.6%。高技术制造业R&D经费248.3亿元，投入强度为2.61%，比上年提高0.11个百分点。全局在编人员168人，平均年龄46.7岁。')).toEqual([
      '4.27万项|登记技术合同', '1563.8亿元|技术合同成交额', '18.6%|技术合同成交额增长', '248.3亿元|高技术制造业R&D经费',
      '2.61%|高技术制造业R&D经费投入强度', '0.11个百分点|高技术制造业R&D经费投入强度提高', '168人|全局在编人员', '46.7岁|全局在编人员平均年龄',
    ]);
    // With no figure before it in its sentence, the word stays alone.
    expect(read('全县各类市场主体活跃。成交额1563.8亿元。')).toEqual(['1563.8亿元|成交额']);
  });

  it('names an area alone after the places counted before, and an amount handled and its rate after the things an amount made before is of', () => {
    expect(read('国家级自然保护区2处，面积2.31万公顷。一般工业固体废物产生量1285.6万吨，综合利用量874.7万吨，综合利用率68.0%。')).toEqual([
      '2处|国家级自然保护区', '2.31万公顷|国家级自然保护区面积', '1285.6万吨|一般工业固体废物产生量', '874.7万吨|一般工业固体废物综合利用量',
      '68.0%|一般工业固体废物综合利用率',
    ]);
  });

  it('names an output value alone after the subject of the aspects before, and an amount new alone compared with the year before after the amount it changes', () => {
    expect(read('茶叶种植面积12.6万亩，产量1.9万吨，综合产值18.7亿元。中药材种植面积7.3万亩，比上年新增0.9万亩。')).toEqual([
      '12.6万亩|茶叶种植面积', '1.9万吨|茶叶产量', '18.7亿元|茶叶综合产值', '7.3万亩|中药材种植面积', '0.9万亩|中药材种植面积新增',
    ]);
  });

  it('names a court\'s rates and amounts alone after the things before: a rate of the verb a count opens with, a rate of money given, 标的额', () => {
    expect(read('适用认罪认罚从宽制度审结案件511件，适用率85.5%。金融借款合同纠纷案件892件，标的额4.3亿元。下达直达资金21.37亿元，支出进度达到98.5%。实际支出6.2亿元，支出进度74.8%。')).toEqual([
      '511件|适用认罪认罚从宽制度审结案件', '85.5%|认罪认罚从宽制度适用率', '892件|金融借款合同纠纷案件', '4.3亿元|金融借款合同纠纷案件标的额',
      '21.37亿元|下达直达资金', '98.5%|直达资金支出进度', '6.2亿元|实际支出', '74.8%|支出进度',
    ]);
  });

  it('names the beds or places a work adds after the work the clause before names as done', () => {
    expect(read('区人民医院新院区投入使用，新增床位800张。')).toEqual(['800张|区人民医院新院区新增床位']);
  });

  it('names new things alone after the count before, with their word of change once', () => {
    expect(read('规模以上工业企业达到412家，净增58家。')).toEqual(['412家|规模以上工业企业', '58家|净增规模以上工业企业']);
  });

  it('names a part of the year alone after the measure of the figure before, in its unit, and that figure without its months, which are its period', () => {
    const rows = extractClaims('某县2025年工作总结\n分季度看，一季度全县新登记经营主体1786户，二季度2116户，上半年合计3902户；三季度2065户。').objects() as Record<string, unknown>[];
    expect(rows.filter((row) => row.kind === 'count').map((row) => `${row.surface}|${row.indicator}|${row.period}`)).toEqual([
      '1786户|新登记经营主体|2025-01/2025-03 (一季度)', '2116户|新登记经营主体|2025-04/2025-06 (二季度)',
      '3902户|新登记经营主体|2025-01/2025-06 (上半年)', '2065户|新登记经营主体|2025-07/2025-09 (三季度)',
    ]);
  });

  it('names a use of an amount after that amount', () => {
    expect(read('转贷再融资债券27.35亿元，其中用于偿还到期债券本金19.60亿元，用于置换存量隐性债务7.75亿元。')).toEqual([
      '27.35亿元|转贷再融资债券', '19.60亿元|转贷再融资债券用于偿还到期债券本金', '7.75亿元|转贷再融资债券用于置换存量隐性债务',
    ]);
  });

  it('gives an item listed right after another of its kind the verb of getting or making things the first opens with', () => {
    expect(read('新培育市级以上农业产业化龙头企业5家、农民专业合作社37家、“专精特新”企业3家。盘活土地312亩、厂房4.8万平方米。')).toEqual([
      '5家|新培育市级以上农业产业化龙头企业', '37家|新培育农民专业合作社', '3家|新培育专精特新企业', '312亩|盘活土地', '4.8万平方米|盘活厂房',
    ]);
    // Another kind of figure, another verb, or words between the items, and the item keeps its name.
    expect(read('接待游客4494万人次、旅游综合收入217亿元。新增就业5600人，城镇失业人员再就业1200人。')).toEqual([
      '4494万人次|接待游客', '217亿元|旅游综合收入', '5600人|新增就业', '1200人|城镇失业人员再就业',
    ]);
  });

  it('names a rate after the things a count of its own act leaves unnamed, new things alone after the count before, and a fund\'s lines after the fund', () => {
    expect(read('全年受理欠薪案件186件，结案183件，结案率98.4%。全镇规上工业企业达到38家，新增7家。')).toEqual([
      '186件|受理欠薪案件', '183件|结案欠薪案件', '98.4%|欠薪案件结案率', '38家|规上工业企业', '7家|新增规上工业企业',
    ]);
    expect(read('城乡居民基本养老保险基金收入4.62亿元，基金支出3.98亿元，当期结余0.64亿元，累计结余9.35亿元。')).toEqual([
      '4.62亿元|城乡居民基本养老保险基金收入', '3.98亿元|城乡居民基本养老保险基金支出', '0.64亿元|城乡居民基本养老保险基金当期结余', '9.35亿元|城乡居民基本养老保险基金累计结余',
    ]);
  });

  it('names the dead and injured of the accidents counted before, and their change after them', () => {
    expect(read('全市共发生各类生产安全事故86起、死亡43人，同比分别下降12.2%和14.0%。道路运输事故52起、死亡29人，受伤12人。')).toEqual([
      '86起|生产安全事故', '43人|生产安全事故死亡人数', '12.2%|生产安全事故下降', '14.0%|生产安全事故死亡人数下降',
      '52起|道路运输事故', '29人|道路运输事故死亡人数', '12人|道路运输事故受伤人数',
    ]);
    expect(read('发生道路交通事故1137起，造成死亡198人、受伤1204人。')).toEqual(['1137起|道路交通事故', '198人|道路交通事故死亡人数', '1204人|道路交通事故受伤人数']);
    // Without accidents counted before, the dead stay as written.
    expect(read('全年救治伤员120人，死亡3人。')).toEqual(['120人|救治伤员', '3人|死亡']);
  });

  it('names a kind given by its level or ownership alone after the things before, and a rate after the things a finished count leaves', () => {
    expect(read('全市共有国家级非物质文化遗产代表性项目9项，省级58项。年末全市共有艺术表演团体46个，其中国有7个。全市共有星级饭店31家，其中五星级2家。新增省级以上研发平台17个，其中国家级2个。')).toEqual([
      '9项|国家级非物质文化遗产代表性项目', '58项|省级非物质文化遗产代表性项目', '46个|艺术表演团体', '7个|国有艺术表演团体', '31家|星级饭店', '2家|五星级饭店',
      '17个|新增省级以上研发平台', '2个|新增国家级研发平台',
    ]);
    expect(read('全年计划改造城镇老旧小区46个，已全部开工，完工41个，完工率89.1%。排查各类隐患2417条，已整改2389条，整改率98.8%。')).toEqual([
      '46个|改造城镇老旧小区', '41个|完工城镇老旧小区', '89.1%|城镇老旧小区完工率', '2417条|排查各类隐患', '2389条|排查各类隐患已整改', '98.8%|各类隐患整改率',
    ]);
    // After a part set apart (其中…), the rate is not guessed to be the part's.
    expect(read('招商签约到位资金72亿元以上，其中20亿元以上项目3个，开工率60%以上。').at(-1)).toBe('60%以上|开工率');
  });

  it('names a grade alone (4A级, 甲级) after the things graded, and a level after new things with the word of new first', () => {
    // The grades' 4A and 3A are names, not figures.
    expect(read('全县A级景区达到23家，其中4A级6家、3A级11家。等级民宿42家（甲级8家、乙级15家）。新创建省级和美乡村示范村8个、市级15个。').filter((row) => !/^\dA\|/.test(row))).toEqual([
      '23家|A级景区', '6家|4A级景区', '11家|3A级景区', '42家|等级民宿', '8家|甲级民宿', '15家|乙级民宿',
      '8个|新创建省级和美乡村示范村', '15个|新创建市级和美乡村示范村',
    ]);
  });
  it('names a measure of things alone after the things counted before, a balance after its account, and a measure sharing the word of what is done after the name it shares it with', () => {
    expect(read('规模以上农产品加工企业6,218家，实现营业收入1.46万亿元，增长5.2%。全市建成应急避难场所216处，可容纳8.3万人。城市轨道交通运营线路4条、运营里程126.4公里。')).toEqual([
      '6,218家|规模以上农产品加工企业', '1.46万亿元|规模以上农产品加工企业营业收入', '5.2%|规模以上农产品加工企业营业收入增长',
      '216处|应急避难场所', '8.3万人|应急避难场所可容纳人数', '4条|城市轨道交通运营线路', '126.4公里|城市轨道交通运营里程',
    ]);
    // Lines of the accounts after one named with its firms (国有企业资产总额…，负债总额…): of the same firms.
    expect(read('全县国有企业资产总额356.2亿元，负债总额198.4亿元，资产负债率55.7%。')).toEqual(['356.2亿元|国有企业资产总额', '198.4亿元|国有企业负债总额', '55.7%|国有企业资产负债率']);
    // One of a pair (昼间, 夜间) after the other: the same measure of the same thing; a name of its own is left as it is.
    expect(read('全市功能区声环境昼间达标率为95.3%，夜间达标率为84.1%。城镇居民人均可支配收入4.2万元，农村居民人均可支配收入2.1万元。')).toEqual([
      '95.3%|功能区声环境昼间达标率', '84.1%|功能区声环境夜间达标率', '4.2万元|城镇居民人均可支配收入', '2.1万元|农村居民人均可支配收入',
    ]);
    // A work's measure alone after the clause that names the work, and its total after that measure; not after a clause with a figure.
    expect(read('力争开工建设云溪至北山快速通道，全长38.5公里，总投资约42亿元。新建县人民医院综合楼，建筑面积2.3万平方米。新建学校3所，建筑面积1.2万平方米。')).toEqual([
      '38.5公里|云溪至北山快速通道全长', '约42亿元|云溪至北山快速通道总投资', '2.3万平方米|县人民医院综合楼建筑面积', '3所|新建学校', '1.2万平方米|新建学校建筑面积',
    ]);
    // A second measure of the same things takes the things the first took, not the first's name.
    expect(read('改造城镇老旧小区46个，涉及居民8,350户、建筑面积62.4万平方米。累计改造老旧小区35个，惠及居民4120户。')).toEqual([
      '46个|改造城镇老旧小区', '8,350户|城镇老旧小区涉及居民', '62.4万平方米|城镇老旧小区建筑面积', '35个|累计改造老旧小区', '4120户|老旧小区惠及居民',
    ]);
    expect(read('全县社会保险基金预算收入15.73亿元，支出14.96亿元，当年结余0.77亿元，年末滚存结余21.48亿元。资质以上建筑业企业142家，其中年内新增11家。')).toEqual([
      '15.73亿元|社会保险基金预算收入', '14.96亿元|社会保险基金预算支出', '0.77亿元|社会保险基金预算当年结余', '21.48亿元|社会保险基金预算滚存结余',
      '142家|资质以上建筑业企业', '11家|新增资质以上建筑业企业',
    ]);
    expect(read('全区商品房销售面积86.42万平方米，同比下降8.7%；销售金额94.16亿元，下降11.3%。全县土地流转面积12.4万亩，流转率46.2%。城乡居民基本养老保险参保人数62.4万人，参保率97.2%。')).toEqual([
      '86.42万平方米|商品房销售面积', '8.7%|商品房销售面积下降', '94.16亿元|商品房销售金额', '11.3%|商品房销售金额下降',
      '12.4万亩|土地流转面积', '46.2%|土地流转率', '62.4万人|城乡居民基本养老保险参保人数', '97.2%|城乡居民基本养老保险参保率',
    ]);
    // A firm's amount alone is of the firms counted before, not of the people counted after them, nor of an account's other line.
    expect(read('数字经济核心产业法人单位5246个，从业人员8.43万人；全年实现营业收入1264.38亿元。企业法人单位资产总计5.12万亿元，负债合计2.27万亿元；全年实现营业收入1.52万亿元。')).toEqual([
      '5246个|数字经济核心产业法人单位', '8.43万人|数字经济核心产业法人单位从业人员', '1264.38亿元|数字经济核心产业法人单位营业收入',
      '5.12万亿元|企业法人单位资产总计', '2.27万亿元|企业法人单位负债', '1.52万亿元|企业法人单位营业收入',
    ]);
    // Those who benefit alone are of what the figure before gives (not of a verb alone); 存栏 after 生猪出栏 is the pigs'.
    expect(read('新增发放脱贫人口小额信贷1.26亿元，惠及2873户。全年支付3.08亿元，惠及2.9万人次。生猪出栏42.3万头，年末存栏28.7万头。')).toEqual([
      '1.26亿元|新增发放脱贫人口小额信贷', '2873户|脱贫人口小额信贷惠及', '3.08亿元|支付', '2.9万人次|惠及', '42.3万头|生猪出栏', '28.7万头|生猪存栏',
    ]);
    // A rate alone right after a rate of a subject is of that subject; not after a modifier of a rate word (规范管理率), nor a rate alone before.
    expect(read('国民体质监测合格率为93.2%，优秀率为17.8%。铁路复线率71.3%，电气化率88.5%。规范管理率达到93.5%，服药率为86.2%。出生率为9.5‰，死亡率为7.8‰。')).toEqual([
      '93.2%|国民体质监测合格率', '17.8%|国民体质监测优秀率', '71.3%|铁路复线率', '88.5%|铁路电气化率', '93.5%|规范管理率', '86.2%|服药率',
      '9.5‰|出生率', '7.8‰|死亡率',
    ]);
    // The rate word before is cut whole (规范管理率, 毛入学率), and a word that is part of the rate's name (森林覆盖率) is no subject.
    expect(read('高血压患者规范管理率65.2%，控制率58.1%。高中阶段毛入学率95.2%，巩固率98.1%。全市森林覆盖率45.2%，绿化率40.1%。')).toEqual([
      '65.2%|高血压患者规范管理率', '58.1%|高血压患者控制率', '95.2%|高中阶段毛入学率', '98.1%|高中阶段巩固率', '45.2%|森林覆盖率', '40.1%|绿化率',
    ]);
    // A step of handling with no things is of the things received before it in its unit, past the other steps.
    expect(read('全年共收到社情民意信息213篇，向市政协报送168篇，被市政协采用42篇、省政协采用7篇。')).toEqual([
      '213篇|收到社情民意信息', '168篇|向市政协报送社情民意信息', '42篇|社情民意信息被市政协采用', '7篇|省政协采用社情民意信息',
    ]);
    // Not things after another verb (收集并报送…), nor past the end of a part of the sentence; 征集到 gets the things too.
    expect(read('全年共征集到社情民意信息213篇，被采用42篇。全年收集并报送社情民意信息213篇，被市政协采用42篇。受理来信1356件，办结率98.5%；编发简报45期，向市委报送32件。')).toEqual([
      '213篇|征集到社情民意信息', '42篇|社情民意信息被采用', '213篇|收集并报送社情民意信息', '42篇|被市政协采用', '1356件|受理来信', '98.5%|来信办结率',
      '45期|编发简报', '32件|向市委报送',
    ]);
    // A ship's measures alone after the ships counted.
    expect(read('年末全市拥有水上运输船舶418艘，比上年末下降3.9%；净载重量126.4万吨；载客量0.62万客位。')).toEqual([
      '418艘|水上运输船舶', '3.9%|水上运输船舶下降', '126.4万吨|水上运输船舶净载重量', '0.62万客位|水上运输船舶载客量',
    ]);
    // The name before may end with the shared word itself (大病保险赔付 before 赔付金额), but not after new things (城镇新增就业, 就业率).
    expect(read('全年大病保险赔付21.7万人次，赔付金额2.61亿元。全市城镇新增就业1.2万人，就业率96.5%。')).toEqual([
      '21.7万人次|大病保险赔付', '2.61亿元|大病保险赔付金额', '1.2万人|城镇新增就业', '96.5%|就业率',
    ]);
    // The word inside a longer one (进出口) or before more than a measure word (新设经营主体 … 经营主体总量) shares nothing.
    expect(read('货物进出口总额312亿元，出口额201亿元。新设经营主体7.8万户，经营主体总量突破72万户。')).toEqual([
      '312亿元|货物进出口总额', '201亿元|出口额', '7.8万户|新设经营主体', '突破72万户|经营主体总量',
    ]);
  });
  it('names a trade alone after 其中 as the firms of that trade among the firms counted before it', () => {
    const rows = extractClaims('全年新增限额以上商贸企业52家，其中批发业23家、零售业18家。').objects() as Record<string, unknown>[];
    expect(rows.map((row) => `${row.surface}|${row.indicator}`)).toEqual(['52家|新增限额以上商贸企业', '23家|新增限额以上批发业企业', '18家|新增限额以上零售业企业']);
    // The trades a scope is followed by are replaced whole (批发零售业, 商贸流通), and a trade the whole names is named too.
    const whole = extractClaims('新增限额以上批发零售业企业52家，其中批发业23家、零售业29家。全县规模以上工业企业128家，其中制造业115家。').objects() as Record<string, unknown>[];
    expect(whole.map((row) => `${row.surface}|${row.indicator}`)).toEqual([
      '52家|新增限额以上批发零售业企业', '23家|新增限额以上批发业企业', '29家|新增限额以上零售业企业', '128家|规模以上工业企业', '115家|规模以上制造业企业',
    ]);
  });
});
