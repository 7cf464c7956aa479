import { isPageNumber } from './is-page-number.ts';

/** What a line of a document is, for the extractor: prose, or a part of the page that holds no claims, or a table row. */
export type LineKind = 'text' | 'page_number' | 'caption' | 'running_header' | 'table_header' | 'table_row';

/** One line of a document, with its span (without the line break) and what it is. */
export interface TextLine {
  start: number;
  end: number;
  kind: LineKind;
  /** For a table row: its cells, each with its offset in the text. */
  cells?: { start: number; text: string }[];
  /** For a table row: the cells of the table's header line above it, when there is one. */
  header?: { start: number; text: string }[];
  /**
   * For a table row: the section of the table it stands under, as a line of its own names it ((三)不予公开 → 不予公开), or the first cell
   * of the row that opens it does ((六)其他处理 1.申请人… over 2.申请人…, 3.其他), when there is one.
   */
  section?: string;
  /** For a table row: the part of the table above its sections, as a line of its own names it (三、本年度办理结果), when there is one. */
  upper?: string;
  /** For a table row: the units a line above the table lists for it (单位：亿元、% → 亿元, %), each with its offset in the text. */
  units?: { start: number; text: string }[];
  /** For a table row: the first part of its label, on a line of its own above it (固定资产 over （净值） 61.72…). */
  labelHead?: string;
  /** For a table row: the level of government its table's caption names (表1 2025年市级一般公共预算收支决算表 → 市级), when it names one. */
  scope?: string;
}

/** The level of government a table's caption names, whose accounts its rows are (市级, 县本级), not the whole area's. */
const CAPTION_SCOPE = /(?:省|市|县|区)(?:本级|级)/;

/** A line that is a table's unit line alone (单位：亿立方米), not a footer that names who made it (编制单位：某县财政局). */
const UNIT_LINE_ALONE = /^[（(]?(?:金额|计量)?单位[：:]/;
/** A line (or a caption's end) that gives a table's units: 单位：亿元、%, （金额单位：万元）. */
const UNIT_LINE = /(?:金额|计量)?单位[：:]\s*([^\n)）。，；]+?)\s*[)）]?\s*$/;
/** What separates the units such a line lists. */
const UNIT_SEPARATOR = /[、，,/；;\s]+/;

/** The units a table's unit line lists, each with its offset, or undefined where the line gives none. */
function unitsOf(text: string, line: TextLine): { start: number; text: string }[] | undefined {
  const found = UNIT_LINE.exec(text.slice(line.start, line.end));
  if (!found) return undefined;
  const listed = found[1] as string;
  const from = line.start + (found.index ?? 0) + found[0].indexOf(listed);
  const units: { start: number; text: string }[] = [];
  let at = 0;
  for (const unit of listed.split(UNIT_SEPARATOR)) {
    const offset = listed.indexOf(unit, at);
    if (unit !== '') units.push({ start: from + offset, text: unit });
    at = offset + unit.length;
  }
  return units.length > 0 ? units : undefined;
}

/**
 * The columns of a header of three lines whose upper two span the lowest, as a disclosure report's table of reviews and suits writes
 * it: 行政复议 | 行政诉讼 over 结果维持 … 总计 | 未经复议直接起诉 | 复议后起诉 over the leaves of those two groups (结果维持 … 总计, twice).
 * The middle line's first cells are leaves of their own, under the top's first cell (written once, spanning the lowest line, or
 * again at the lowest line's start); its other cells are groups of as many of the lowest's leaves each, under the top's second.
 * Each column is named from the top down (行政复议结果维持, 行政诉讼复议后起诉结果维持), at the cell that names its leaf. Undefined
 * where the lines are not so, or where the columns are not as many as the row's `figures`.
 */
function spannedHeader(text: string, top: TextLine, middle: TextLine, lowest: TextLine, figures: number): { start: number; text: string }[] | undefined {
  if ([top, middle, lowest].some((line) => { const words = text.slice(line.start, line.end); return PROSE.test(words) || /\d/.test(words); })) return undefined;
  const [first, groups, leaves] = [cellsOf(text, top.start, top.end), cellsOf(text, middle.start, middle.end), cellsOf(text, lowest.start, lowest.end)];
  if (first.length !== 2) return undefined;
  // The middle line's own leaves are those the lowest line names too; they come first.
  const named = new Set(leaves.map((leaf) => leaf.text));
  let own = 0;
  while (own < groups.length && named.has(groups[own]?.text as string)) own += 1;
  const grouped = groups.length - own;
  // The lowest line may write the middle's own leaves again at its start: the row's figures tell, as they are as many as the columns.
  const repeats = leaves.slice(0, own).every((leaf, at) => leaf.text === groups[at]?.text);
  const again = repeats && leaves.length === figures ? own : 0;
  const each = grouped > 0 ? (leaves.length - again) / grouped : 0;
  if (own < 1 || grouped < 1 || !Number.isInteger(each) || each < 2 || own + leaves.length - again !== figures) return undefined;
  const columns = groups.slice(0, own).map((leaf) => ({ start: leaf.start, text: `${first[0]?.text}${leaf.text}` }));
  leaves.slice(again).forEach((leaf, at) => columns.push({ start: leaf.start, text: `${first[1]?.text}${groups[own + Math.floor(at / each)]?.text}${leaf.text}` }));
  return columns;
}

/** The enumerator of a section of a table: (三), 三、. */
const SECTION_MARK = '(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)';
const SECTION_ENUMERATOR = new RegExp(`^${SECTION_MARK}`);
/** A short line of words alone between a table's rows: the first part of the next row's label. */
const BROKEN_LABEL = /^\s*[^\d\s，。；：:、]{1,12}\s*$/;
/** A line that opens a section of a table: an enumerator and a few words, no figure ((三)不予公开, 三、本年度办理结果). */
const TABLE_SECTION = new RegExp(`^\\s*${SECTION_MARK}\\s*([^\\d\\s，。；]{2,20})\\s*$`);
/** The enumerator of a part above a table's sections: 三、 (its sections are (一), (二)…). */
const UPPER_MARK = /^\s*[一二三四五六七八九十]+、/;
/** A cell that opens a section of a table in a row of its own ((六)其他处理 before 1.申请人…): its enumerator and words. */
export const SECTION_CELL = new RegExp(`^${SECTION_MARK}\\s*([^\\d\\s，。；]{2,20})$`);
/** A cell that opens with an item's number (1.申请人…): an item of the section its row opens. */
export const ITEM_CELL = /^\d{1,2}[.．、](?!\d)/;

const CAPTION = /^\s*(?:附表|附图|图|表)\s*\d{1,3}(?:[-.]\d{1,3})?(?:\s|[:：、])/;
/** Punctuation that only prose has (a comma followed by a digit is a thousands separator, not prose). */
const PROSE = /[。，；！？;!?]|,(?!\d{3})/;
/** The end of a sentence: a line with one is prose, whatever cells it has. */
const SENTENCE_END = /[。！？!?]/;
/** A note in brackets inside a line ((区分处理的，只计这一情形，不计其他情形)): its punctuation makes no prose of a table row. */
export const BRACKETED_NOTE = /[（(][^（）()\n]*[)）]/g;
/** Whether a line has prose punctuation outside its brackets. */
const isProse = (line: string): boolean => PROSE.test(line) && (!BRACKET.test(line) || PROSE.test(line.replace(BRACKETED_NOTE, '')));
/** An opening bracket: most lines have none, and are not cut. */
const BRACKET = /[（(]/;
/** A cell that is a number, or a number in square brackets (a total over years, as a plan's table marks one: [13.5]). */
const NUMERIC_CELL = /^[-+]?\d[\d,]*(?:\.\d+)?%?$|^[[［]\d[\d,]*(?:\.\d+)?%?[\]］]$/;
/** A cell that stands for a value not given: a dash, a slash, an ellipsis (—, -, ／, …). */
export const PLACEHOLDER = /^[-—–―－/／…·]+$/;
/** How many of a row's cells are values, given or not (a placeholder holds a column's place). */
const valueCells = (cells: readonly { text: string }[]): number => cells.filter((cell) => NUMERIC_CELL.test(cell.text) || PLACEHOLDER.test(cell.text)).length;
/** How many cells the upper line of a two-line header has: a column, a group of columns the lower line names, and a column (the national template of information-disclosure reports). */
const SPANNED_UPPER = 3;
/** How long a line may be to count as a running header, in characters. */
const HEADER_LENGTH = 40;

/** The cells of a line: split at pipes (|, ｜, and the rules of box drawing │ ┃ ║), tabs and spaces, each with its offset. */
function cellsOf(text: string, start: number, end: number): { start: number; text: string }[] {
  const cells: { start: number; text: string }[] = [];
  const pattern = /[^\s|｜│┃║¦]+/g;
  const line = text.slice(start, end);
  for (const match of line.matchAll(pattern)) cells.push({ start: start + (match.index ?? 0), text: match[0] });
  return cells;
}

/** A table's rule line, as Markdown writes one under its header: pipes, dashes and colons only (| --- | :---: |). */
const RULE = /^[|｜:：\-—–\s]+$/;

/** A short line as a running header repeats it: a title's 关于 is left off a page's header (关于瑞川市2025年市级决算的报告 → 瑞川市…). */
const headerKey = (line: string): string => line.trim().replace(/^关于/, '');

/**
 * Splits a document into lines and says what each is: a page number (`- 2 -`, `第2页`, a bare
 * number), a figure or table caption (图1 2020-2024年…, 表1 …), a running header (a short line
 * without prose punctuation that the document repeats), a table header or row (a line without
 * prose punctuation whose cells, split at spaces, tabs or pipes, include numbers: text flattened
 * from a PDF or web table), or prose. A table's rows carry its header (two lines of it where a line of three
 * headings stands over the parts of one: 自然人 法人或其他组织 总计), the section a line between rows opens ((三)不予公开), the
 * first part of a label a line break split, and the units a line above the table lists (单位：亿元、%). One pass over
 * the text, and one more over its short lines.
 *
 * @param text - The (normalised) document text.
 * @returns Its lines, in order.
 */
export function classifyLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const shortLines = new Map<string, number>();
  /** The lines that may be running headers or table headers: short lines without prose punctuation, and the lines above table rows. */
  const candidates: number[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    let kind: LineKind = 'text';
    // A row with a clause mark inside a cell (全长12.6公里，按一级公路标准建设) goes on a table where it has as many cells as the row
    // above, and no sentence's end.
    const above = lines.at(-1);
    if (above?.kind === 'table_row' && isProse(line) && !SENTENCE_END.test(line)) {
      const cells = cellsOf(text, start, end);
      if (cells.length >= 3 && cells.length === above.cells?.length && cells.filter((cell) => NUMERIC_CELL.test(cell.text)).length >= 2) {
        lines.push({ start, end, kind: 'table_row', cells });
        start = end + 1;
        continue;
      }
    }
    if (line.trim() !== '' && !isProse(line)) {
      if (isPageNumber(line)) kind = 'page_number';
      else if (CAPTION.test(line)) kind = 'caption';
      else {
        const cells = cellsOf(text, start, end);
        const numeric = cells.filter((cell) => NUMERIC_CELL.test(cell.text)).length;
        if (cells.length >= 2 && numeric >= 1) {
          if (lines.length > 0) candidates.push(lines.length - 1);
          lines.push({ start, end, kind: 'table_row', cells });
          start = end + 1;
          continue;
        }
        if (line.trim().length <= HEADER_LENGTH) {
          const key = headerKey(line);
          shortLines.set(key, (shortLines.get(key) ?? 0) + 1);
          candidates.push(lines.length);
        }
      }
    }
    lines.push({ start, end, kind });
    start = end + 1;
  }
  // A short line the document repeats is a running header or footer; a line of cells just above table rows is their header.
  for (const index of candidates) {
    const line = lines[index] as TextLine;
    if (line.kind !== 'text') continue;
    const trimmed = text.slice(line.start, line.end).trim();
    // A table's unit line (单位：亿立方米) may stand over several tables: it is no running header.
    if ((shortLines.get(headerKey(trimmed)) ?? 0) >= 2 && !UNIT_LINE_ALONE.test(trimmed)) line.kind = 'running_header';
    const next = lines[index + 1];
    if (next?.kind === 'table_row' && !PROSE.test(trimmed) && cellsOf(text, line.start, line.end).length >= 2) {
      line.kind = 'table_header';
      // A Markdown table's rule (| --- | --- |) stands between its header and its rows: the line above it is the header.
      const above = lines[index - 1];
      if (RULE.test(trimmed) && above?.kind === 'text' && !PROSE.test(text.slice(above.start, above.end)) && cellsOf(text, above.start, above.end).length >= 2) above.kind = 'table_header';
      // A header of two lines (自然人 法人或其他组织 总计 over 商业企业 科研机构…): the line above, of words only, is its upper line.
      else if (above?.kind === 'text' && !PROSE.test(text.slice(above.start, above.end)) && !/\d/.test(text.slice(above.start, above.end)) && cellsOf(text, above.start, above.end).length === SPANNED_UPPER) above.kind = 'table_header';
      // A header of three lines whose upper two span the lowest (行政复议 行政诉讼 / 结果维持…总计 未经复议直接起诉 复议后起诉 / 结果维持…).
      const top = lines[index - 2];
      const figures = valueCells(next.cells ?? []);
      if (above?.kind === 'text' && top?.kind === 'text' && spannedHeader(text, top, above, line, figures) !== undefined) {
        above.kind = 'table_header';
        top.kind = 'table_header';
      }
    }
  }
  let header: { start: number; text: string }[] | undefined;
  let section: string | undefined;
  let part: string | undefined;
  // The units a line before the table lists (单位：亿元、%), for its rows; a line of prose or the rows' end drops them.
  let units: { start: number; text: string }[] | undefined;
  let unitsFor: { start: number; text: string }[] | undefined;
  // The level of government the last caption names, for the rows of the table under it.
  let scope: string | undefined;
  let scopeFor: string | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as TextLine;
    if (line.kind === 'caption') scope = CAPTION_SCOPE.exec(text.slice(line.start, line.end))?.[0];
    if (line.kind === 'text' || line.kind === 'caption') {
      const listed = text.slice(line.start, line.end).includes('单位') ? unitsOf(text, line) : undefined;
      if (listed) {
        units = listed;
        continue;
      }
    }
    if (line.kind === 'table_header' && !RULE.test(text.slice(line.start, line.end).trim())) {
      header = cellsOf(text, line.start, line.end);
      section = undefined;
      part = undefined;
      unitsFor = units;
      units = undefined;
      scopeFor = scope;
      scope = undefined;
      // Under an upper line of three (自然人 法人或其他组织 总计), the lower line's cells are the middle one's parts where the rows have as many
      // figures as the first, the parts and the last: the columns are 自然人, 商业企业…其他, 总计.
      const upper = lines[index - 1];
      const row = lines[index + 1];
      if (upper?.kind === 'table_header' && row?.kind === 'table_row') {
        const above = cellsOf(text, upper.start, upper.end);
        const figures = valueCells(row.cells ?? []);
        if (above.length === SPANNED_UPPER && figures === header.length + SPANNED_UPPER - 1) header = [above[0] as { start: number; text: string }, ...header, above[2] as { start: number; text: string }];
        const top = lines[index - 2];
        if (top?.kind === 'table_header') header = spannedHeader(text, top, upper, line, figures) ?? header;
      }
    } else if (line.kind === 'table_row') {
      // A row that opens with a section's enumerator ((二)部分公开 27 4…) is of that level: the section above ends there.
      const first = line.cells?.[0]?.text ?? '';
      if (SECTION_ENUMERATOR.test(first)) section = undefined;
      // A row that opens a part above the sections (四、结转下年度继续办理 3 1…) ends the part above too.
      if (UPPER_MARK.test(first)) part = undefined;
      line.header = header;
      line.section = section;
      line.upper = part;
      // A row whose first cell opens a section and whose second is its first item ((六)其他处理 1.申请人…) names the rows of its items after it.
      const opening = SECTION_CELL.exec(first);
      if (opening && ITEM_CELL.test(line.cells?.[1]?.text ?? '')) section = opening[1];
      line.units = unitsFor;
      line.scope = scopeFor;
    } else if (line.kind === 'text' && text.slice(line.start, line.end).trim() !== '') {
      // A line that opens a section of the table ((三)不予公开) between its rows keeps the header and names the rows under it.
      const opened = header !== undefined && lines[index + 1]?.kind !== 'text' ? TABLE_SECTION.exec(text.slice(line.start, line.end)) : null;
      if (opened) {
        section = opened[1];
        // A part above the sections (三、本年度办理结果) holds over its sections ((一)予以公开…(七)总计) for their totals.
        if (UPPER_MARK.test(text.slice(line.start, line.end))) part = opened[1];
      }
      // A row's label broken over two lines (固定资产\n（净值） 61.72…) keeps the header too.
      else if (header !== undefined && lines[index + 1]?.kind === 'table_row' && BROKEN_LABEL.test(text.slice(line.start, line.end))) {
        (lines[index + 1] as TextLine).labelHead = text.slice(line.start, line.end).trim();
        continue;
      }
      else {
        header = undefined;
        section = undefined;
        part = undefined;
        unitsFor = undefined;
        scopeFor = undefined;
        if (isProse(text.slice(line.start, line.end))) {
          units = undefined;
          scope = undefined;
        }
      }
    }
  }
  return lines;
}
