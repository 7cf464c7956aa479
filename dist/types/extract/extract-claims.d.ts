import { type ColumnTable } from 'arquero';
/** Options of `extractClaims`. */
export interface ExtractOptions {
    /**
     * The year the report plans for (its targets' year; results are of the year before). Default:
     * read from the headings (二、2024年工作安排, 一、2023年工作回顾), else the year most often written.
     */
    year?: number;
    /** Where the planning part starts, as an offset. Default: the heading with 工作安排/主要目标/预期目标…. */
    planStart?: number;
}
/** The columns of `extractClaims`' table, in order: the claims format's, then the extractor's own. */
export declare const EXTRACT_COLUMNS: readonly ['id', 'start', 'end', 'surface', 'value', 'scale', 'unit', 'kind', 'year', 'status', 'qualifier', 'cumulative', 'direction', 'indicator', 'topic', 'low', 'high', 'amount', 'sentence', 'guessed'];
/**
 * Finds every numeric expression in the text of a Chinese government work report (or statistical
 * bulletin) and returns a draft claims table: each row's span and surface exactly as in the text,
 * its number, scale, unit, qualifier, rounding interval and amount from the quantity parser, and
 * best guesses, named in the `guessed` column, at its kind, year, status (actual, estimate,
 * target, reference), direction, indicator and topic, with its sentence. It reads Arabic digits
 * with decimals and separators (full-width too), 万/亿 scales, units, %, 个百分点, ratios,
 * qualifiers before and after the number (约, 近, 超过, 突破, 以上, 以内, 左右, 余, 多), and
 * traditional characters; in "A、B、C分别增长x、y、z" each number gets its own indicator, and in
 * "均增长x" the number gets all of them. It never throws: a string it cannot read gives no rows.
 *
 * @param text - The report text (any string).
 * @param options - See `ExtractOptions`.
 * @returns The draft claims, one row per numeric expression, in text order.
 * @example
 * extractClaims('全年接待游客4494万人次、旅游综合收入217亿元,均增长10%以上。').select('surface', 'unit', 'kind', 'indicator').objects()
 * // => [{ surface: '4494万人次', unit: 'person_time', kind: 'count', indicator: '接待游客' }, { surface: '217亿元', unit: 'yuan', kind: 'level', indicator: '旅游综合收入' }, { surface: '10%以上', unit: 'percent', kind: 'growth', indicator: '接待游客增长;旅游综合收入增长' }]
 */
export declare function extractClaims(text: string, options?: ExtractOptions): ColumnTable;
