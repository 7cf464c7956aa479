import { CLAIM_KINDS, type Kind } from '../report/types.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';
import { RANK_MOVES, RANK_VERBS } from './rank-words.ts';
import { WHOLE_AREAS } from './whole-areas.ts';

/** The bodies of an area that rank among themselves (全市法院, 全省检察院). */
const AREA_BODIES = '法院|检察院|公安机关|系统';

/** The words of a rank or of a move in rank that end a name before its number (由第, 上升至第, 位列第, 前移). */
const RANK_WORDS = new RegExp(`(?:(?:(?:由|从)(?:上年|去年|上一年)?的?)?(?:(?:${RANK_MOVES})(?:至|到)?)?(?:${RANK_VERBS}|排)?(?:(?:${WHOLE_AREAS})(?:${AREA_BODIES})?)?(?:第|前)?|${RANK_MOVES})$`);
/** What a ranking's name may open with before what is ranked (在…中, 在全省135个…考核中). */
const RANK_OPENING = new RegExp(`^在?(?:(?:${WHOLE_AREAS})\\d+个?)?`);
/** The words of a place among others a name may end with once its rank words are cut (…考核中). */
const AMONG = /中$/;
/** A name that says it is of a rank already (全省排名, 位次). */
const NAMES_RANK = /(?:排名|排位|位次|名次)$/;
/** A word of rank alone (排名前移4位): no name of what is ranked. */
const RANK_ALONE = /^(?:排名|排位|位次|名次)$/;
/** What a move in rank is compared with (比上年前移): no name of what is ranked. */
const COMPARED = /^(?:比|较)/;
/** How long a rank has been held, before its words (连续两年位居全市第一): the figure's time, no part of what is ranked. */
const STREAK = /连续[\d一二三四五六七八九十两]+年$/;
/** An area alone (全省, once 在全省16个设区市中排名第 is cut): no name of what is ranked. */
const AREA = new RegExp(`^(?:${WHOLE_AREAS})$`);
/** The area among which a rank is held, as its words write it (居全市第3位). */
const AMONG_AREA = new RegExp(`(${WHOLE_AREAS})(?:${AREA_BODIES})?(?:中|之中)?(?:${RANK_VERBS}|排)?(?:第|前)?$`);
/** The places a rank is held among, written between its area and its rank (全市11个县（市、区）第): the area alone names them. A pool of
 * other things (135个省级以上开发区综合考核中) names what is ranked, and is kept. */
const POOL = new RegExp(`(${WHOLE_AREAS})\\d+个?(?:县（市、区）|县\\(市、区\\)|县（市）|县（区）|县市区|区县|县区|县市|设区市|地级市|省辖市|地市|市州|市（州）|城市|区|县|市|州|乡镇（街道）|乡镇|镇街|街镇|省份|省（区、市）|省区市)(?:之中|中)?(?=(?:${RANK_VERBS}|排)?(?:第|前)$)`);
/** A measure ranked that names no subject (增速居全市第3位): the subject is the figure's before it (地区生产总值增速). */
const BARE_MEASURE = /^(?:增速|增幅|增长速度|总量|规模|占比|比重)$/;
/** The words of a change a figure's name ends with, cut to leave its subject (地区生产总值增长 → 地区生产总值). */
const CHANGE_END = /(?:增长|增速|增幅|下降|提高|提升|上升|降低|减少|增加)$/;
/** A move in rank (前移4位): named after the rank it moves, with the move. */
const MOVE = new RegExp(`(?:${RANK_MOVES})$`);

/**
 * The name of a rank or of a move in rank (see `readMatch`), without the words of rank before its number: 地区生产总值在全省排名由第 →
 * 地区生产总值在全省排名; 在省级以上开发区综合考核中位列第 → 省级以上开发区综合考核排名. A move in rank (比上年前移4位) is named after the
 * rank before it in its sentence, with the move (…排名前移); so is a rank named by its words alone (上升至第5位). A rank of its words alone
 * after another figure (总数达到523家，居全市第3位) is that figure's, among the area its words name (高新技术企业总数全市排名); so is a
 * measure ranked that names no subject (增速居全市11个县（市、区）第3位 after 地区生产总值增长 → 地区生产总值增速全市排名), the places
 * it is held among cut.
 *
 * @param written - The name guessed from the words before the number.
 * @param before - The name of the rank before it in its sentence, or `null`.
 * @param figure - The name of the figure before it in its sentence, or `null`.
 * @returns The name of the rank.
 */
export function rankName(written: string, before: string | null, figure: string | null = null): string {
  const name = written.replace(POOL, '$1');
  const move = MOVE.exec(name)?.[0];
  const cut = name.replace(RANK_WORDS, '').replace(RANK_OPENING, '').replace(AMONG, '').replace(STREAK, '');
  // 比上年 or 排名 alone names nothing ranked.
  const ranked = COMPARED.test(cut) || RANK_ALONE.test(cut) || AREA.test(cut) ? '' : cut;
  const area = AMONG_AREA.exec(name)?.[1] ?? '';
  const subject = BARE_MEASURE.test(ranked) && figure !== null ? figure.replace(CHANGE_END, '') : '';
  const named = subject !== '' ? `${subject}${ranked}${area}排名` : ranked !== '' ? (NAMES_RANK.test(ranked) ? ranked : `${ranked}排名`)
    : before ?? (figure !== null && figure !== '' ? `${figure.replace(CHANGE_END, '')}${area}排名` : area !== '' ? `${area}排名` : name.replace(/[第前]$/, ''));
  return move !== undefined && !named.endsWith(move) ? `${named}${move}` : named;
}

/**
 * Names the ranks and the moves in rank of the rows given (see `readMatch`), in text order, by `rankName`: each after the rank before it
 * in its sentence, if one, and the figure before it there. Run once the figures are named (a rank after 总数达到523家 takes 高新技术企业总数).
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param rows - The rows that are ranks or moves in rank, in text order.
 */
export function nameRanks(columns: DraftColumns, rows: readonly number[]): void {
  const { indicator, sentenceFrom, kind } = columns;
  const ranks = new Set(rows);
  let last = -1;
  for (const row of rows) {
    const sameSentence = (other: number) => other >= 0 && sentenceFrom[other] === sentenceFrom[row];
    // The places a rank is held among (全市11个县（市、区）) stand between it and the figure it ranks.
    let previous = row - 1;
    while (sameSentence(previous) && kind[previous] === 'threshold') previous -= 1;
    const figure = sameSentence(previous) && CLAIM_KINDS.includes(kind[previous] as Kind) && !ranks.has(previous) ? indicator[previous] as string : null;
    indicator[row] = rankName(indicator[row] as string, sameSentence(last) ? indicator[last] as string : null, figure);
    noteLink(columns, row, 'a rank, named after what is ranked');
    last = row;
  }
}
