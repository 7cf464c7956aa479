import type { Quantity } from '../quantity/types.ts';
import { BRACKETED_NOTE, ITEM_CELL, PLACEHOLDER, SECTION_CELL, type TextLine } from './classify-lines.ts';
import { CHANGE_END } from './change-end.ts';
import { guessIndicator, NAME_LIMIT } from './guess-meaning.ts';
import { unitAlone } from './unit-alone.ts';

/** A number in a table row, as `tableCell` reads it. */
export interface TableCell {
  /** The row's label: its text cells before the number, but a unit cell and the unit in the label's brackets. */
  row: string;
  /** The cell's column heading ('' where the table has none). */
  column: string;
  /** The unit the row or the column gives, as written ('' where none). */
  unit: string;
  /** Where `unit` is written in the text (-1 where none). */
  unitStart: number;
  /** Whether the row (a unit cell, the label's brackets), the column heading or the table's unit line (单位：亿元) gives the unit. */
  unitFrom: 'row' | 'column' | 'table';
  /** What 1 in that unit reads as (null where none). */
  inUnit: Quantity | null;
  /** Whether the cell is in a column of row numbers (序号, 编号): a code, not a figure. */
  serial: boolean;
  /** Whether the cell is in a column of changes that gives no unit (年均增长〔累计〕 over rows of 亿元): a rate whose unit is not written, kept as text. */
  bareChange: boolean;
  /** The cell's indicator: the row's name, with the column's where the table has one (地区生产总值(绝对数)); the column's alone in a row with no name. */
  indicator: string;
  /** The words of the cell before its number (增长 in a cell 增长6%): what they say of it ('' where none). */
  lead: string;
  /** Whether the number is inside the row's label, a class of ages (a bound of 60岁及以上) or a cell of a column of names (年产5万吨…项目): it names the row, it is no figure of it. */
  inLabel: boolean;
}

/** A number in a table row: the row's label, its column heading, and the unit its row or column gives, with where it is written and what it reads as. */
export function tableCell(line: TextLine, start: number): TableCell {
  const cells = line.cells ?? [];
  // A cell with no figure (—, -, /: a value not given) holds a column's place: it is no part of the row's name; an enumerator
  // that opens the row ((一)予以公开, 1.属于国家秘密) is no figure, and no part of the name either.
  // A figure inside a label (the bounds of 0—15岁（含不满16周岁）) is of the row it names: its own cell is part of the name.
  // So is one in a column of names (项目名称: 年产5万吨锂电池正极材料项目), where the header has a heading over each cell.
  const header = line.header ?? [];
  const inNames = (cell: { start: number; text: string }) => header.length === cells.length && NAME_COLUMN.test(header[cells.indexOf(cell)]?.text ?? '');
  const holding = cellAt(cells, start);
  const inLabel = holding !== undefined && (AGE_CLASS.test(holding.text) || inNames(holding));
  const before = cells.filter((cell) => (cell.start < start || (inLabel && cell.start === start)) && (isLabel(cell.text) || inNames(cell)));
  // A cell that is a unit alone (亿元, %, 万人) says what the row's numbers are in: it is not part of the name.
  let unitCell: (typeof before)[number] | undefined;
  let inUnit: Quantity | null = null;
  for (const cell of before) {
    inUnit = cell.text.length <= UNIT_CELL_LENGTH + 2 ? unitAlone(unbracketed(cell.text)) : null;
    if (inUnit) {
      unitCell = cell;
      break;
    }
  }
  let unit = unitCell ? unbracketed(unitCell.text) : '';
  let unitStart = unitCell ? unitCell.start + unitCell.text.indexOf(unit) : -1;
  const labels = before.filter((cell) => cell !== unitCell);
  let row = `${line.labelHead ?? ''}${labels.map((cell) => cell.text).join(' ').replace(ENUMERATOR, '').replace(NOTE_IN_LABEL, '')}`;
  // A row numbered under a section of the table (1.属于国家秘密 under (三)不予公开) is named after the section too.
  if (line.section !== undefined && ITEM_CELL.test(labels[0]?.text ?? '') && row !== '') row = `${line.section}：${row}`;
  // A section's cell and its first item's ((六)其他处理 1.申请人…): the item under the section, as the items after it are named.
  const sectionCell = labels.length === 2 ? SECTION_CELL.exec(labels[0]?.text ?? '') : null;
  if (sectionCell && ITEM_CELL.test(labels[1]?.text ?? '')) row = `${sectionCell[1]}：${(labels[1]?.text ?? '').replace(ENUMERATOR, '')}`;
  // A total of the sections of a part ((七)总计 under 三、本年度办理结果) is the part's total.
  if (line.upper !== undefined && TOTAL_LABEL.test(row)) row = `${line.upper}${row}`;
  // A label that ends with its unit in brackets (常住人口（万人）) gives the row's unit too, and is named without it.
  const labelled = inUnit ? undefined : COLUMN_UNIT.exec(row);
  const labelText = labelled?.[1] ?? labelled?.[2];
  const labelUnit = labelText === undefined ? null : unitAlone(labelText);
  const lastLabel = labels.at(-1);
  if (labelled && labelUnit && lastLabel) {
    inUnit = labelUnit;
    unit = labelText as string;
    // The brackets (or the %) end the last label cell: the unit stands just before the closing bracket.
    unitStart = lastLabel.start + lastLabel.text.length - (labelled[2] === undefined ? 1 : 0) - unit.length;
    row = row.slice(0, labelled.index);
  }
  const numeric = cells.filter((cell) => !isLabel(cell.text));
  const index = numeric.findIndex((cell) => cell.start <= start && start < cell.start + cell.text.length);
  // A row with as many cells as its header has its columns one for one (a 序号 column, a text column 属性 after the figures);
  // else columns are matched from the right: a header often has one cell over the row labels, or none.
  const own = header.length === cells.length ? cells.findIndex((cell) => cell.start <= start && start < cell.start + cell.text.length) : -1;
  const heading = own >= 0 ? header[own] : index >= 0 && header.length > 0 ? header[header.length - (numeric.length - index)] : undefined;
  const column = heading?.text ?? '';
  // A column heading's unit (绝对数（亿元）) is the cell's where its row gives none; a percentage's (比上年增长（%）, 比上年增长%) is, whatever the row's.
  let unitFrom: TableCell['unitFrom'] = 'row';
  const headedMatch = COLUMN_UNIT.exec(column);
  const headed = headedMatch?.[1] ?? headedMatch?.[2] ?? headedMatch?.[3];
  const columnUnit = headed === undefined ? null : unitAlone(headed);
  if (heading && columnUnit && headed !== undefined && (!inUnit || RELATIVE_UNITS.has(columnUnit.unit))) {
    inUnit = columnUnit;
    unit = headed;
    unitStart = heading.start + column.lastIndexOf(headed);
    unitFrom = 'column';
  } else if (heading && !columnUnit && CHANGE_COLUMN.test(column) && inUnit && !RELATIVE_UNITS.has(inUnit.unit) && !(TOTAL_CELL.test(cellAt(cells, start)?.text ?? '') && FLOW_ROW.test(row))) {
    // A column of changes without a unit of its own (年均增长〔累计〕) is not in the row's unit (亿元): its cells are read without one.
    // A total in brackets there of a row of what is done over the years ([2.3] in 城镇新增就业（万人）) is: it is the amount done, not a
    // change. One of a level (〔0.9〕 in 人均预期寿命（岁）) is its change, no amount of the row's unit.
    inUnit = null;
    unit = '';
    unitStart = -1;
  }
  // Where neither gives one, the table's unit line does (单位：亿元、%): its % for a column or row of rates, else its first other unit.
  const tableUnit = inUnit ? undefined : unitOfTable(line.units, `${column} ${row}`);
  if (tableUnit) {
    inUnit = unitAlone(tableUnit.text);
    unit = tableUnit.text;
    unitStart = tableUnit.start;
    unitFrom = 'table';
  }
  const bareChange = !inUnit && CHANGE_COLUMN.test(column);
  // A row named by its change (固定资产投资增速) keeps the word: in a table it names the row, it is no verb.
  // A table of one level's accounts (表1 2025年市级一般公共预算收支决算表) names its rows with that level (市级一般公共预算收入).
  // A long label of words alone (1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请) is a name as it is: not cut to a name's length.
  const whole = row.length > NAME_LIMIT && !PROSE_MARK.test(row);
  // A class of ages (60岁及以上), and a name from a column of names (年产5万吨锂电池正极材料项目), name the row as written.
  const ages = AGE_CLASS.exec(row.trim())?.[1] ?? (labels.some(inNames) ? row.replace(/\s+/g, '') : undefined);
  const guessed = `${line.scope !== undefined && !SCOPED_ROW.test(row) ? line.scope : ''}${ages ?? (whole ? row : guessIndicator(row) || row)}`;
  const change = CHANGE_END.exec(row)?.[1] ?? '';
  const name = guessed.endsWith(change) ? guessed : `${guessed}${change}`;
  // The column says which figure of the row it is (绝对数, 比上年增长): one row's cells are different figures.
  const lead = holding ? holding.text.slice(0, start - holding.start) : '';
  // A column of changes right after a column of an amount that a heading names (R&D经费（亿元） 比上年增长（%）) is the change of that
  // amount: the column says which (西江市(R&D经费比上年增长)). After a heading that names no measure (绝对数, 2025年), it names none.
  const at = heading ? header.indexOf(heading) : -1;
  // So is a column of shares (实缴单位（家） 占比（%） 实缴职工（人） 占比（%）): the share of that amount (实缴单位占比).
  const columnBefore = at > (own >= 0 ? 1 : 0) && (CHANGE_COLUMN.test(column) || SHARE_COLUMN.test(column)) ? header[at - 1]?.text ?? '' : '';
  const amountBefore = columnBefore !== '' && !CHANGE_COLUMN.test(columnBefore) ? COLUMN_UNIT.exec(columnBefore) : null;
  const amountUnit = amountBefore ? unitAlone(amountBefore[1] ?? amountBefore[2] ?? amountBefore[3] ?? '') : null;
  // A heading that counts a classifier (件数) is the amount's name whole.
  const amountName = amountUnit && !RELATIVE_UNITS.has(amountUnit.unit) ? (amountBefore?.[3] !== undefined ? columnBefore : columnBefore.slice(0, amountBefore?.index)).replace(/\s+/g, '') : '';
  const measured = GENERIC_COLUMN.test(amountName) ? '' : amountName;
  const named = column.replace(/[（(].*$|[%‰]$/, '');
  return { row, column, unit, unitStart, unitFrom, inUnit, serial: SERIAL_COLUMN.test(column), bareChange, indicator: column && !inLabel ? (name === '' ? `${measured}${named}` : `${name}(${measured}${named})`) : name, lead, inLabel };
}

/**
 * Whether a cell is a label, not a value: words with no digit but in an enumerator (1.), or with digits only in brackets after words
 * (金融机构人民币各项存款余额（2月末）, 居民消费价格指数（上年同期=100）); not a placeholder (—) for a value not given.
 */
function isLabel(text: string): boolean {
  const words = text.replace(ENUMERATOR, '');
  if (!/\d/.test(words)) return !PLACEHOLDER.test(text);
  if (AGE_CLASS.test(words)) return true;
  const outside = words.replace(BRACKETED_NOTE, '');
  return !/\d/.test(outside) && HAN_WORDS.test(outside);
}

/** The heading of a column of names (项目名称), whose cells name their rows whatever figures they hold. */
const NAME_COLUMN = /^(?:项目名称|工程名称|项目|名称|单位名称|企业名称)$/;
/** A class of ages that names a row (0—15岁（含不满16周岁）, 其中：65岁及以上): a label, though its bounds are figures. */
const AGE_CLASS = /^(?:其中[：:])?(\d{1,3}\s*(?:[-—–~～至]\s*\d{1,3}\s*)?(?:岁|周岁)(?:及以上|及以下|以上|以下)?)(?:[（(][^（()）]{1,12}[)）])?$/;

/** Words of a label outside its brackets: two Han characters at least. */
const HAN_WORDS = /[\u4e00-\u9fa5]{2}/;

/** The cell that holds a position. */
const cellAt = (cells: readonly { start: number; text: string }[], start: number) => cells.find((cell) => cell.start <= start && start < cell.start + cell.text.length);

/** A cell of a total over years, in the brackets a plan's table writes one in ([2.3], 〔15〕). */
const TOTAL_CELL = /^[[［〔【]/;
/** A row of what is done over years (城镇新增就业, 新建公路, 累计造林), whose total is an amount of its unit. */
const FLOW_ROW = /新增|新建|新开工|新改建|累计|转移|培训|造林|改造|建成|完成/;

/** An enumerator that opens a row's label: (一), 一、, 1., 1、. */
const NUMBERED_MARK = '\\d{1,2}[.．、](?!\\d)';
const ENUMERATOR = new RegExp(`^(?:[（(][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|${NUMBERED_MARK})`);
/** A label that is a total alone (总计, 合计, 小计). */
const TOTAL_LABEL = /^(?:总计|合计|小计)$/;
/** Punctuation of prose in a label: one with it is cut as a clause is. */
const PROSE_MARK = /[，。；,;]/;
/** A note in brackets in a row's label, with prose punctuation in it ((区分处理的，只计这一情形，不计其他情形)). */
const NOTE_IN_LABEL = /[（(][^（）()]*[，。；][^（）()]*[)）]/g;

/** A column or row of rates, shares or changes: the % of a table's unit line is theirs. */
const RATE_WORDS = /率|比重|占比|增长(?![额量])|增速|增幅|同比(?![增减]*[额量])|%/;

/** The unit of a table's unit line for a cell: the % for a rate's column or row, else the first unit that is no % (and reads as a unit). */
function unitOfTable(units: { start: number; text: string }[] | undefined, heading: string): { start: number; text: string } | undefined {
  if (!units) return undefined;
  const percent = units.find((unit) => unit.text === '%' || unit.text === '％');
  if (percent && RATE_WORDS.test(heading)) return percent;
  return units.find((unit) => unit !== percent && unitAlone(unit.text) !== null);
}

/** A column heading of row numbers. */
const SERIAL_COLUMN = /^(?:序号|编号|序|No\.?)$/i;
/** A column heading that names a change (增长, 增速, 比上年, 年均增长〔累计〕). */
const CHANGE_COLUMN = /增长|增速|增幅|增减|比上年|同比|比去年/;
/** A heading of a column of shares alone (占比（%）, 比重, 构成%). */
const SHARE_COLUMN = /^(?:占比|比重|占比重|所占比重|构成)(?:[（(](?:%|％)[)）]|%)?$/;
/** A row's label that names its level or area already (市级…, 全市…, 本级…), or a place (西江市), or a total (合计). */
const SCOPED_ROW = /^(?:全|本级|省|市|县|区|合计|总计)|(?:省|市|县|区|州|旗)$/;
/** A column heading that names no measure, only which figure of the row (绝对数, 数值, 2025年, 完成): its change names none either. */
const GENERIC_COLUMN = /^(?:绝对数|绝对额|绝对量|绝对值|数值|数量|金额|总量|总额|合计|本年|本期|当年|实际|完成|累计|全年)?$|\d/;

/** Units of a figure relative to another (a growth rate, a share, a change in points): a column heading in one of them names every cell's. */
const RELATIVE_UNITS: ReadonlySet<string> = new Set(['percent', 'permille', 'pp', 'bp', 'permille_point', 'per_100k']);

/**
 * A unit in brackets that ends a column heading or a row's label (绝对数（亿元）, 常住人口（万人）, 本年收费金额（单位：万元）), a % or ‰ that
 * ends a heading (比上年增长%), or a classifier whose count is the heading (件数, 人数, 个数).
 */
const COLUMN_UNIT = /[（(](?:(?:计量|金额)?单位[：:]\s*)?([^（）()：:]{1,6})[)）]$|(?<=[^\d.])([%‰])$|^([件个人户家项所座次])数$/;


/** How long a table cell that is a unit alone may be (亿元, 万千瓦时, 元/平方米). */
const UNIT_CELL_LENGTH = 6;

/** A cell's text without the brackets a unit is often written in: （亿元）. */
const unbracketed = (text: string): string => text.replace(/^[（(](.*)[)）]$/, '$1');

/**
 * Words of a column heading that make its figures targets (计划, 目标, 预期; 预算 as the whole heading, 2024年预算数, not a name such as
 * 一般公共预算收入) or results (完成, 实际, 执行; 占年度计划: the share of the plan done); 预计 makes them estimates.
 */
const TARGET_HEADING = /计划|目标|预期|^(?:(?:19|20)\d{2}年)?(?:年初|调整后?)?预算(?:数|安排)?(?:[（(][^（）()]*[)）])?$/;
const RESULT_HEADING = /完成|实际|执行|决算|^占(?:年度|全年)?(?:投资)?计划/;
const ESTIMATE_HEADING = /预计/;
/** A column heading that is a year alone (2023年, 2024, 2024年（亿元）). */
const YEAR_ALONE = /^(?:19|20)\d{2}(?:年[末底]?)?(?:[（(][^（）()]*[)）])?$/;
/** A year a column heading names (2024年完成, 2025年目标). */
const HEADING_YEAR = /((?:19|20)\d{2})年?/;

/**
 * What a column heading says of its figures' standing: a plan-execution table's 计划 column holds
 * the year's targets and its 完成 column the results (2024年完成, 2025年目标 name the year too).
 * The year is the heading's own, else the review year for a result and the part's year for a
 * target (the review year's plan in the review part, the plan year in the plan part). A heading
 * that is a year alone (2023年) gives that year's results, or its targets where it comes after the
 * year reviewed in a document that plans. Null where the heading says neither.
 *
 * @param column - The column heading (see `tableCell`).
 * @param inPlan - Whether the table stands in the document's plan part.
 * @param years - The document's review and plan years (see `documentLayout`).
 */
export function columnStanding(column: string, inPlan: boolean, years: { reviewYear: number | null; planYear: number | null }): { status: 'actual' | 'estimate' | 'target'; year: number | null } | null {
  const named = HEADING_YEAR.exec(column);
  const year = named ? Number(named[1]) : null;
  if (ESTIMATE_HEADING.test(column)) return { status: 'estimate', year: year ?? years.reviewYear };
  if (RESULT_HEADING.test(column)) return { status: 'actual', year: year ?? years.reviewYear };
  if (TARGET_HEADING.test(column)) return { status: 'target', year: year ?? (inPlan ? years.planYear : years.reviewYear) };
  // A heading that is a year alone (2023年, 2024): that year's results, or its targets where it is after the year reviewed.
  if (year !== null && YEAR_ALONE.test(column)) return { status: years.reviewYear !== null && years.planYear !== null && year > years.reviewYear ? 'target' : 'actual', year };
  return null;
}
