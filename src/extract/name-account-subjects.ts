import { noteLink, type DraftColumns } from './draft-columns.ts';

/** The lines of a firm's or a unit's accounts (资产总额, 负债总额, 所有者权益, 营业总收入, 平均资产负债率), as pattern alternatives. */
const ACCOUNT_WORDS = '资产总额|资产总计|负债总额|负债合计|所有者权益|净资产|国有资本权益|营业总收入|营业收入|利润总额|净利润|平均资产负债率|资产负债率';
/** A line named alone. */
const ACCOUNT_LINE = new RegExp(`^(?:${ACCOUNT_WORDS})$`);
/** The same lines ending a name, after the holders it names. */
const ACCOUNT_END = new RegExp(`(?:${ACCOUNT_WORDS})$`);
/** The firms or units a paragraph counts first (区属国有企业…86户, 区属金融企业2户, 全区行政事业单位共计312户): what its accounts are of. */
const HOLDERS = /(?:企业|单位|公司|机构)$/;
/** A count's words after the holders' own name: their levels or kinds (区属国有企业|各级企业). */
const HOLDERS_TAIL = /(?:各级|各类|所属)(?:企业|单位)$/;
/** Words that set a part apart (，其中：…), between the figure before and a line. */
const OF_WHICH = /其中/;
/** Units of the things such a count counts. */
const HOLDER_UNITS: ReadonlySet<string> = new Set(['household', 'entity', 'item']);

/**
 * Names the lines of accounts named alone (资产总额1286.47亿元) after the firms or units their paragraph counts first, as reports on
 * state assets write them: （一）企业国有资产。…区属国有企业共有各级企业86户…。资产总额1286.47亿元…；负债总额… → 区属国有企业资产总额,
 * 区属国有企业负债总额; so that the same lines of the next paragraph (区属金融企业2户…资产总额18.62亿元) are told apart. Only the
 * lines after that count in its paragraph, up to a line break, or after a line named with holders of its own (企业法人单位资产总计), whose
 * holders hold from there; a line named with more words is left as it is. The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameAccountSubjects(columns: DraftColumns, text: string): void {
  const { kind, unit, indicator, start, end } = columns;
  let holders = '';
  let holdersRow = -1;
  for (let row = 0; row < kind.length; row += 1) {
    // A new paragraph has holders of its own, if any.
    if (row > 0 && text.slice(end[row - 1] as number, start[row] as number).includes('\n')) holders = '';
    const name = indicator[row] as string;
    if (holders === '' && kind[row] === 'count' && HOLDER_UNITS.has(unit[row] as string)) {
      const named = name.replace(HOLDERS_TAIL, '');
      if (named.length >= 2 && HOLDERS.test(named)) {
        holders = named;
        holdersRow = row;
      }
      continue;
    }
    // A line named with holders of its own (企业法人单位资产总计) names the holders of the lines after it.
    const own = ACCOUNT_END.exec(name);
    // Not a part's (其中：行政单位资产总额…): the paragraph's holders hold on after it.
    if (own !== null && own.index > 0 && HOLDERS.test(name.slice(0, own.index)) && !OF_WHICH.test(text.slice(row > 0 ? end[row - 1] as number : 0, start[row] as number))) {
      holders = name.slice(0, own.index);
      holdersRow = row;
      continue;
    }
    if (holders !== '' && ACCOUNT_LINE.test(name)) {
      indicator[row] = `${holders}${name}`;
      noteLink(columns, row, `named after the firms or units its paragraph counts first (${columns.surface[holdersRow]})`);
    }
  }
}
